// The repository fields that the provider writes as plain files (config's [mosaic] section,
// description), checked with real git, and the git processes each operation costs.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFixture, runGitSync, type LocalFixture } from './local-fixture.js';

describe('local repository files', () => {
  let fixture: LocalFixture;
  beforeEach(async () => {
    fixture = await createLocalFixture();
  });
  afterEach(async () => {
    await fixture.removeFolder();
  });

  const folderOf = (name: string): string => join(fixture.root, 'repositories', `${name}.git`);
  const configGet = (name: string, key: string): string | undefined => {
    const result = spawnSync('git', [`--git-dir=${folderOf(name)}`, 'config', '--get', key], { encoding: 'utf8' });
    if (result.status === 1) return undefined;
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout.slice(0, -1);
  };
  const fsck = (name: string): string => runGitSync(folderOf(name), ['fsck', '--strict', '--no-dangling']);

  const awkward = {
    description: 'Déscription with "quotes" ; # and \\ backslash',
    visibility: ' padded visibility ',
    topics: ['a b', 'semi;colon', 'hash#tag', 'quote"d', 'back\\slash', 'tab\tbed'],
    homepage: 'https://example.com/a b?x=1;y=2#frag "q" \\ end\\',
  };

  it('creates a repository with one git process; git reads back every field', async () => {
    const handler = fixture.handler('repository');
    const spec = { name: 'odd', default_branch: 'trunk', archived: true, ...awkward };
    const created = await handler.create(spec);
    expect(fixture.gitCalls).toHaveLength(1);
    expect(fixture.gitCalls[0]).toContain('init');
    expect(configGet('odd', 'mosaic.visibility')).toBe(awkward.visibility);
    expect(configGet('odd', 'mosaic.topics')).toBe(awkward.topics.join(','));
    expect(configGet('odd', 'mosaic.homepage')).toBe(awkward.homepage);
    expect(configGet('odd', 'mosaic.archived')).toBe('true');
    expect(configGet('odd', 'core.bare')).toBe('true');
    expect(runGitSync(folderOf('odd'), ['symbolic-ref', 'HEAD']).trim()).toBe('refs/heads/trunk');
    expect(await readFile(join(folderOf('odd'), 'description'), 'utf8')).toBe(`${awkward.description}\n`);
    expect(fsck('odd')).toBe('');
    const { name: _name, ...fields } = spec;
    expect(handler.normalize(created).spec).toMatchObject({ ...fields, topics: ['a b', 'semi;colon', 'hash#tag', 'quote"d', 'back\\slash', 'tab\tbed'] });
  });

  it('updates and clears fields without starting git, in the file git made', async () => {
    const handler = fixture.handler('repository');
    await handler.create({ name: 'r', homepage: 'https://old', topics: ['x'] });
    // A variable set by git itself, in the same section: kept as it is.
    runGitSync(folderOf('r'), ['config', 'mosaic.owner', 'team; "a"']);
    fixture.gitCalls.length = 0;
    await handler.update('r', awkward, []);
    await handler.update('r', { topics: ['only'] }, [{ field: 'homepage', before: awkward.homepage }]);
    expect(fixture.gitCalls).toEqual([]);
    expect(configGet('r', 'mosaic.visibility')).toBe(awkward.visibility);
    expect(configGet('r', 'mosaic.topics')).toBe('only');
    expect(runGitSync(folderOf('r'), ['config', '--get-all', 'mosaic.topics'])).toBe('only\n');
    expect(configGet('r', 'mosaic.homepage')).toBeUndefined();
    expect(configGet('r', 'mosaic.owner')).toBe('team; "a"');
    expect(fsck('r')).toBe('');
    const live = await handler.read('r');
    expect(live && handler.normalize(live).spec).toMatchObject({ description: awkward.description, visibility: awkward.visibility, topics: ['only'] });
    expect(live && handler.normalize(live).spec).not.toHaveProperty('homepage');
  });

  it('reads a [mosaic] section that git config wrote', async () => {
    const handler = fixture.handler('repository');
    await handler.create({ name: 'g' });
    for (const [key, value] of [['visibility', 'internal'], ['topics', 'a b,c;d'], ['homepage', ' https://x/#y ']]) {
      runGitSync(folderOf('g'), ['config', `mosaic.${key ?? ''}`, value ?? '']);
    }
    const live = await handler.read('g');
    expect(live && handler.normalize(live).spec).toMatchObject({ visibility: 'internal', topics: ['a b', 'c;d'], homepage: ' https://x/#y ' });
  });

  it('refuses to edit the config while git holds its lock, and a NUL it cannot store', async () => {
    const handler = fixture.handler('repository');
    await handler.create({ name: 'l' });
    await writeFile(join(folderOf('l'), 'config.lock'), '');
    await expect(handler.update('l', { visibility: 'public' }, [])).rejects.toMatchObject({ code: 'local.locked' });
    expect(await readFile(join(folderOf('l'), 'config.lock'), 'utf8')).toBe('');
    expect(configGet('l', 'mosaic.visibility')).toBeUndefined();
    await expect(handler.create({ name: 'nul', homepage: 'a\0b' })).rejects.toMatchObject({ code: 'local.invalid-spec' });
    expect(await handler.read('nul')).toBeUndefined();
  });
});
