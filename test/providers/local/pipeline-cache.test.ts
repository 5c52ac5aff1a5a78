import { execFileSync } from 'node:child_process';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodePipelineCacheFile } from '../../../providers/local/pipeline-cache.js';
import { createLocalFixture, runGitSync, type LocalFixture } from './local-fixture.js';
import { testContext } from '../test-context.js';

describe('local pipeline cache', () => {
  let fixture: LocalFixture;
  beforeEach(async () => {
    fixture = await createLocalFixture();
  });
  afterEach(async () => {
    await fixture.removeFolder();
  });

  const folderOf = (name: string): string => join(fixture.root, 'repositories', `${name}.git`);
  const cachePath = (): string => join(fixture.root, '.cache', 'pipelines.json');
  const readCache = async (): Promise<unknown> => JSON.parse(await readFile(cachePath(), 'utf8'));
  const contents = async (): Promise<[string, unknown][]> => {
    const handler = fixture.handler('pipeline');
    return (await handler.list()).map((raw) => [raw.id, handler.normalize(raw).spec.content]);
  };

  /** Commits `content` at `path` on main with git plumbing, outside mosaic. */
  function commitBehindTheBack(name: string, path: string, content: string): string {
    const gitDir = folderOf(name);
    const git = (args: string[], input?: string, env?: Record<string, string>): string =>
      execFileSync('git', [`--git-dir=${gitDir}`, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
    const env = { GIT_INDEX_FILE: join(gitDir, 'test-index'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
    const parent = git(['rev-parse', 'main']);
    git(['read-tree', parent], undefined, env);
    const blob = git(['hash-object', '-w', '--stdin'], content);
    git(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], undefined, env);
    const tree = git(['write-tree'], undefined, env);
    const commit = git(['commit-tree', tree, '-p', parent, '-m', 'by hand'], undefined, env);
    git(['update-ref', 'refs/heads/main', commit, parent]);
    return commit;
  }

  async function createPipelines(count: number): Promise<void> {
    for (let index = 0; index < count; index += 1) {
      await fixture.handler('repository').create({ name: `r${index}` });
      await fixture.handler('pipeline').create({ repository: `r${index}`, engine: 'jenkins', content: `j${index}` });
    }
    await fixture.handler('repository').create({ name: 'empty' });
  }

  it('lists a second time with no git process when nothing changed', async () => {
    await createPipelines(3);
    fixture.gitCalls.length = 0;
    const first = await contents();
    expect(fixture.gitCalls).toHaveLength(6);
    fixture.gitCalls.length = 0;
    expect(await contents()).toEqual(first);
    expect(fixture.gitCalls).toEqual([]);

    // A new provider on the same root (the next `mosaic plan`) reads the file, not git.
    const { createLocalProvider } = await import('../../../providers/local/index.js');
    let spawned = 0;
    const provider = await createLocalProvider(
      await testContext('local', {}, fixture.configDir),
      { git: () => Promise.reject(new Error(`git started (${String((spawned += 1))})`)) },
    );
    const handler = provider.handlers.pipeline;
    expect((await handler?.list())?.map((raw) => raw.id)).toEqual(['r0:Jenkinsfile', 'r1:Jenkinsfile', 'r2:Jenkinsfile']);
    expect(spawned).toBe(0);

    const file = await readCache();
    const tip = runGitSync(folderOf('r1'), ['rev-parse', 'main']).trim();
    const blob = runGitSync(folderOf('r1'), ['rev-parse', 'main:Jenkinsfile']).trim();
    expect(file).toMatchObject({ version: 1, repositories: { [join('repositories', 'r1.git')]: { tip, files: [{ path: 'Jenkinsfile', oid: blob, content: 'j1' }] } } });
    expect(decodePipelineCacheFile(file).size).toBe(3);
  });

  it('re-reads a repository after an update through the handler, and only that one', async () => {
    await createPipelines(3);
    await contents();
    await fixture.handler('pipeline').update('r1:Jenkinsfile', { content: 'changed' }, []);
    fixture.gitCalls.length = 0;
    expect(await contents()).toEqual([
      ['r0:Jenkinsfile', 'j0'],
      ['r1:Jenkinsfile', 'changed'],
      ['r2:Jenkinsfile', 'j2'],
    ]);
    expect(fixture.gitCalls.map((args) => args[0])).toEqual([`--git-dir=${folderOf('r1')}`, `--git-dir=${folderOf('r1')}`]);
    await fixture.handler('pipeline').delete('r2:Jenkinsfile');
    expect(await contents()).toEqual([
      ['r0:Jenkinsfile', 'j0'],
      ['r1:Jenkinsfile', 'changed'],
    ]);
  });

  it('sees commits made behind its back, and a ref pointed back at an older commit', async () => {
    await createPipelines(1);
    const first = runGitSync(folderOf('r0'), ['rev-parse', 'main']).trim();
    expect(await contents()).toEqual([['r0:Jenkinsfile', 'j0']]);
    commitBehindTheBack('r0', 'Jenkinsfile', 'by hand');
    commitBehindTheBack('r0', '.gitlab-ci.yml', 'gitlab');
    expect(await contents()).toEqual([
      ['r0:.gitlab-ci.yml', 'gitlab'],
      ['r0:Jenkinsfile', 'by hand'],
    ]);
    runGitSync(folderOf('r0'), ['update-ref', 'refs/heads/main', first]);
    expect(await contents()).toEqual([['r0:Jenkinsfile', 'j0']]);
    // Packing refs moves the tip to packed-refs without changing it: still no git process.
    runGitSync(folderOf('r0'), ['pack-refs', '--all']);
    fixture.gitCalls.length = 0;
    expect(await contents()).toEqual([['r0:Jenkinsfile', 'j0']]);
    expect(fixture.gitCalls).toEqual([]);
  });

  it('ignores a corrupt cache file or one of another version, and rebuilds it', async () => {
    await createPipelines(2);
    const tip = runGitSync(folderOf('r0'), ['rev-parse', 'main']).trim();
    const forged = { path: 'Jenkinsfile', oid: 'x', content: 'forged' };
    const unusable = [
      '{not json',
      JSON.stringify({ version: 99, repositories: { [join('repositories', 'r0.git')]: { tip, files: [forged] } } }),
      JSON.stringify({ version: 1, repositories: { [join('repositories', 'r0.git')]: { tip, files: [{ path: 1 }] } } }),
      JSON.stringify({ version: 1, repositories: { [join('repositories', 'r0.git')]: { tip: tip.slice(0, 7), files: [forged] } } }),
    ];
    for (const text of unusable) {
      const { createLocalProvider } = await import('../../../providers/local/index.js');
      await mkdir(join(fixture.root, '.cache'), { recursive: true });
      await writeFile(cachePath(), text);
      const provider = await createLocalProvider(await testContext('local', {}, fixture.configDir));
      const handler = provider.handlers.pipeline;
      expect((await handler?.list())?.map((raw) => readRecordContent(raw.data))).toEqual(['j0', 'j1']);
      expect(decodePipelineCacheFile(await readCache()).size).toBe(2);
    }
  });

  it('does not return entries of a repository under its old name after a rename', async () => {
    await createPipelines(1);
    expect(await contents()).toEqual([['r0:Jenkinsfile', 'j0']]);
    await fixture.handler('repository').update('r0', { name: 'renamed' }, []);
    expect(await contents()).toEqual([['renamed:Jenkinsfile', 'j0']]);
    expect(Object.keys(((await readCache()) as { repositories: object }).repositories)).toEqual([join('repositories', 'renamed.git')]);
    await fixture.handler('repository').delete('renamed');
    expect(await contents()).toEqual([]);
    await expect(access(cachePath())).rejects.toThrow();
  });

  it('keeps the cache file whole under parallel lists, creates and updates', async () => {
    await createPipelines(4);
    const handler = fixture.handler('pipeline');
    await Promise.all([
      handler.list(),
      handler.create({ repository: 'r0', engine: 'gitlab-ci', content: 'g0' }),
      handler.list(),
      handler.update('r1:Jenkinsfile', { content: 'u1' }, []),
      handler.create({ repository: 'empty', engine: 'jenkins', content: 'e' }),
      handler.list(),
      handler.update('r2:Jenkinsfile', { content: 'u2' }, []),
      handler.list(),
    ]);
    const expected = [
      ['empty:Jenkinsfile', 'e'],
      ['r0:.gitlab-ci.yml', 'g0'],
      ['r0:Jenkinsfile', 'j0'],
      ['r1:Jenkinsfile', 'u1'],
      ['r2:Jenkinsfile', 'u2'],
      ['r3:Jenkinsfile', 'j3'],
    ];
    expect(await contents()).toEqual(expected);
    expect(decodePipelineCacheFile(await readCache()).size).toBe(5);
    fixture.gitCalls.length = 0;
    expect(await contents()).toEqual(expected);
    expect(fixture.gitCalls).toEqual([]);
  });

  it('writes no cache for repositories without commits', async () => {
    await fixture.handler('repository').create({ name: 'empty' });
    expect(await contents()).toEqual([]);
    await expect(access(join(fixture.root, '.cache'))).rejects.toThrow();
  });
});

function readRecordContent(data: unknown): unknown {
  return typeof data === 'object' && data !== null ? (data as { content?: unknown }).content : undefined;
}
