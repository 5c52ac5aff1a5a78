import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFixture, runGitSync, runGitSyncBuffer, type LocalFixture } from './local-fixture.js';

describe('local pipeline', () => {
  let fixture: LocalFixture;
  beforeEach(async () => {
    fixture = await createLocalFixture();
  });
  afterEach(async () => {
    await fixture.removeFolder();
  });

  const folderOf = (name: string): string => join(fixture.root, 'repositories', `${name}.git`);
  const logOf = (name: string, branch: string): string[] =>
    runGitSync(folderOf(name), ['log', '--format=%an <%ae>|%s', branch]).trim().split('\n');

  it('commits a CI file on the default branch of an empty repository', async () => {
    await fixture.handler('repository').create({ name: 'api', default_branch: 'trunk' });
    const handler = fixture.handler('pipeline');
    const spec = { repository: 'api', engine: 'woodpecker', path: '.woodpecker/ci.yml', content: 'steps:\n  - name: test\n' };
    const created = await handler.create(spec);
    expect(created.id).toBe('api:.woodpecker/ci.yml');
    expect(logOf('api', 'trunk')).toEqual(['mosaic <mosaic@localhost>|mosaic: create .woodpecker/ci.yml']);
    expect(runGitSync(folderOf('api'), ['rev-list', '--parents', '-n', '1', 'trunk']).trim().split(' ')).toHaveLength(1);
    expect(runGitSyncBuffer(folderOf('api'), ['show', 'trunk:.woodpecker/ci.yml']).equals(Buffer.from(spec.content))).toBe(true);

    expect((await handler.list()).map((raw) => handler.normalize(raw))).toEqual([{ id: created.id, spec }]);
    const read = await handler.read(created.id);
    expect(read && handler.normalize(read)).toEqual({ id: created.id, spec });
    expect(handler.naturalKey(spec)).toBe(handler.naturalKey(handler.normalize(created).spec));
    expect(handler.immutable).toEqual(['repository', 'path']);
  });

  it('keeps content byte for byte, without a trailing newline and with unicode', async () => {
    await fixture.handler('repository').create({ name: 'r' });
    const content = 'pipeline {\n  agent any // ü ✓\r\n}';
    await fixture.handler('pipeline').create({ repository: 'r', engine: 'jenkins', content });
    expect(runGitSyncBuffer(folderOf('r'), ['show', 'main:Jenkinsfile']).equals(Buffer.from(content))).toBe(true);
    const read = await fixture.handler('pipeline').read('r:Jenkinsfile');
    expect(read && fixture.handler('pipeline').normalize(read).spec).toEqual({
      repository: 'r',
      engine: 'jenkins',
      path: 'Jenkinsfile',
      content,
    });
  });

  it('commits two pipelines created in parallel on one repository without losing either', async () => {
    await fixture.handler('repository').create({ name: 'mono' });
    const handler = fixture.handler('pipeline');
    await Promise.all([
      handler.create({ repository: 'mono', engine: 'github-actions', path: '.github/workflows/build.yml', content: 'build' }),
      handler.create({ repository: 'mono', engine: 'github-actions', path: '.github/workflows/test.yaml', content: 'test' }),
      handler.create({ repository: 'mono', engine: 'gitlab-ci', content: 'gitlab' }),
    ]);
    expect(logOf('mono', 'main')).toHaveLength(3);
    const files = runGitSync(folderOf('mono'), ['ls-tree', '-r', '--name-only', 'main']).trim().split('\n');
    expect(files.sort()).toEqual(['.github/workflows/build.yml', '.github/workflows/test.yaml', '.gitlab-ci.yml']);
    const listed = (await handler.list()).map((raw) => handler.normalize(raw).spec);
    expect(listed.map((spec) => [spec.path, spec.engine, spec.content])).toEqual([
      ['.github/workflows/build.yml', 'github-actions', 'build'],
      ['.github/workflows/test.yaml', 'github-actions', 'test'],
      ['.gitlab-ci.yml', 'gitlab-ci', 'gitlab'],
    ]);
  });

  it('updates and deletes with new commits; deleting again is a success', async () => {
    await fixture.handler('repository').create({ name: 'svc' });
    const handler = fixture.handler('pipeline');
    const { id } = await handler.create({ repository: 'svc', engine: 'woodpecker', path: '.woodpecker.yml', content: 'v1\n' });
    const updated = await handler.update(id, { repository: 'svc', engine: 'woodpecker', path: '.woodpecker.yml', content: 'v2\n' }, []);
    expect(handler.normalize(updated).spec.content).toBe('v2\n');
    expect(runGitSync(folderOf('svc'), ['show', 'main:.woodpecker.yml'])).toBe('v2\n');
    // An update with the same content makes no commit.
    await handler.update(id, { content: 'v2\n' }, []);
    expect(logOf('svc', 'main').map((line) => line.split('|')[1])).toEqual([
      'mosaic: update .woodpecker.yml',
      'mosaic: create .woodpecker.yml',
    ]);
    await handler.delete(id);
    expect(logOf('svc', 'main')[0]).toContain('mosaic: delete .woodpecker.yml');
    expect(runGitSync(folderOf('svc'), ['ls-tree', '-r', '--name-only', 'main']).trim()).toBe('');
    expect(await handler.read(id)).toBeUndefined();
    expect(await handler.list()).toEqual([]);
    await handler.delete(id);
    await handler.delete('nowhere:Jenkinsfile');
    expect(logOf('svc', 'main')).toHaveLength(3);
  });

  it('reports a missing repository, an existing file and a path the engine does not read', async () => {
    const handler = fixture.handler('pipeline');
    await expect(handler.create({ repository: 'ghost', engine: 'jenkins', content: '' })).rejects.toMatchObject({
      code: 'local.repository-not-found',
    });
    await fixture.handler('repository').create({ name: 'r' });
    await handler.create({ repository: 'r', engine: 'jenkins', content: 'a' });
    await expect(handler.create({ repository: 'r', engine: 'jenkins', content: 'b' })).rejects.toMatchObject({ code: 'local.already-exists' });
    await expect(handler.create({ repository: 'r', engine: 'woodpecker', path: 'ci/build.yml', content: '' })).rejects.toMatchObject({
      code: 'local.invalid-path',
    });
    await expect(handler.create({ repository: 'r', engine: 'github-actions', content: '' })).rejects.toMatchObject({
      code: 'local.invalid-spec',
    });
    await expect(handler.update('r:.gitlab-ci.yml', { content: 'x' }, [])).rejects.toMatchObject({ code: 'local.not-found' });
  });

  it('lists with two git processes per repository holding commits, none for empty ones', async () => {
    const repositories = fixture.handler('repository');
    const handler = fixture.handler('pipeline');
    for (let index = 0; index < 10; index += 1) await repositories.create({ name: `r${index}` });
    for (let index = 0; index < 4; index += 1) {
      await handler.create({ repository: `r${index}`, engine: 'github-actions', path: '.github/workflows/a.yml', content: `a${index}` });
      await handler.create({ repository: `r${index}`, engine: 'github-actions', path: '.github/workflows/b.yml', content: `b${index}` });
    }
    fixture.gitCalls.length = 0;
    const listed = await handler.list();
    expect(listed).toHaveLength(8);
    expect(fixture.gitCalls).toHaveLength(8);
    expect(fixture.gitCalls.filter((args) => args.includes('cat-file'))).toHaveLength(4);
  });

  it('follows a renamed repository and ignores non-CI files', async () => {
    const repositories = fixture.handler('repository');
    const handler = fixture.handler('pipeline');
    await repositories.create({ name: 'before' });
    await handler.create({ repository: 'before', engine: 'jenkins', content: 'j' });
    await repositories.update('before', { name: 'after' }, []);
    const listed = await handler.list();
    expect(listed.map((raw) => raw.id)).toEqual(['after:Jenkinsfile']);
  });

  it('keeps pipelines on the default branch when it changes to a new branch', async () => {
    const repositories = fixture.handler('repository');
    const handler = fixture.handler('pipeline');
    await repositories.create({ name: 'r' });
    await handler.create({ repository: 'r', engine: 'jenkins', content: 'j' });
    await repositories.update('r', { default_branch: 'release' }, []);
    expect(runGitSync(folderOf('r'), ['show', 'release:Jenkinsfile'])).toBe('j');
    await handler.update('r:Jenkinsfile', { content: 'k' }, []);
    expect(runGitSync(folderOf('r'), ['show', 'release:Jenkinsfile'])).toBe('k');
    expect(runGitSync(folderOf('r'), ['show', 'main:Jenkinsfile'])).toBe('j');
    expect((await handler.list()).map((raw) => handler.normalize(raw).spec.content)).toEqual(['k']);
  });

  it('starts one git process per commit: create, and update and delete after a list', async () => {
    const commands = (): string[] => fixture.gitCalls.map((args) => (args.includes('fast-import') ? 'fast-import' : args.join(' ')));
    await fixture.handler('repository').create({ name: 'one' });
    const handler = fixture.handler('pipeline');
    fixture.gitCalls.length = 0;
    const { id } = await handler.create({ repository: 'one', engine: 'jenkins', content: 'a' });
    expect(commands()).toEqual(['fast-import']);
    await handler.list();
    fixture.gitCalls.length = 0;
    await handler.update(id, { content: 'b' }, []);
    expect(commands()).toEqual(['fast-import']);
    await handler.list();
    fixture.gitCalls.length = 0;
    await handler.create({ repository: 'one', engine: 'gitlab-ci', content: 'g' });
    expect(commands()).toEqual(['fast-import']);
    await handler.list();
    fixture.gitCalls.length = 0;
    await handler.delete(id);
    expect(commands()).toEqual(['fast-import']);
    expect(logOf('one', 'main').map((line) => line.split('|')[1])).toEqual([
      'mosaic: delete Jenkinsfile',
      'mosaic: create .gitlab-ci.yml',
      'mosaic: update Jenkinsfile',
      'mosaic: create Jenkinsfile',
    ]);
    expect(runGitSync(folderOf('one'), ['fsck', '--strict', '--no-dangling'])).toBe('');
  });

  it('lists files committed by the earlier plumbing path and by fast-import alike', async () => {
    await fixture.handler('repository').create({ name: 'mixed' });
    const gitDir = folderOf('mixed');
    // The commit the provider made before fast-import: temporary index, commit-tree, update-ref.
    const env = {
      ...process.env,
      GIT_INDEX_FILE: join(gitDir, 'old-index'),
      GIT_AUTHOR_NAME: 'mosaic',
      GIT_AUTHOR_EMAIL: 'mosaic@localhost',
      GIT_COMMITTER_NAME: 'mosaic',
      GIT_COMMITTER_EMAIL: 'mosaic@localhost',
    };
    const plumbing = (args: string[], input?: string): string =>
      execFileSync('git', [`--git-dir=${gitDir}`, ...args], { env, input, encoding: 'utf8' }).trim();
    const blob = plumbing(['hash-object', '-w', '--no-filters', '--stdin'], 'old: ü\n');
    plumbing(['update-index', '--add', '--cacheinfo', `100644,${blob},.woodpecker/old.yml`]);
    const oldCommit = plumbing(['commit-tree', '--no-gpg-sign', plumbing(['write-tree']), '-m', 'mosaic: create .woodpecker/old.yml']);
    plumbing(['update-ref', 'refs/heads/main', oldCommit, '']);

    const handler = fixture.handler('pipeline');
    const contents = async (): Promise<unknown[]> => (await handler.list()).map((raw) => [raw.id, handler.normalize(raw).spec.content]);
    expect(await contents()).toEqual([['mixed:.woodpecker/old.yml', 'old: ü\n']]);
    await handler.create({ repository: 'mixed', engine: 'woodpecker', path: '.woodpecker/new.yml', content: 'new' });
    expect(await contents()).toEqual([
      ['mixed:.woodpecker/new.yml', 'new'],
      ['mixed:.woodpecker/old.yml', 'old: ü\n'],
    ]);
    await handler.update('mixed:.woodpecker/old.yml', { content: 'old, updated' }, []);
    expect(await contents()).toEqual([
      ['mixed:.woodpecker/new.yml', 'new'],
      ['mixed:.woodpecker/old.yml', 'old, updated'],
    ]);
    expect(runGitSync(gitDir, ['rev-list', '--reverse', 'main']).trim().split('\n')[0]).toBe(oldCommit);
    expect(logOf('mixed', 'main')).toHaveLength(3);
    expect(runGitSync(gitDir, ['fsck', '--strict', '--no-dangling'])).toBe('');
  });
});
