import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/resources/provider-contract.js';
import { createLocalFixture, runGitSync, type LocalFixture } from './local-fixture.js';

describe('local repository', () => {
  let fixture: LocalFixture;
  beforeEach(async () => {
    fixture = await createLocalFixture();
  });
  afterEach(async () => {
    await fixture.removeFolder();
  });

  const folderOf = (name: string): string => join(fixture.root, 'repositories', `${name}.git`);

  it('lists nothing and creates no folder on an empty machine', async () => {
    expect(await fixture.handler('repository').list()).toEqual([]);
    expect(await fixture.handler('repository').read('nope')).toBeUndefined();
    await expect(access(fixture.root)).rejects.toThrow();
  });

  it('creates a real bare repository with every field, then lists and reads it normalized', async () => {
    const handler = fixture.handler('repository');
    const spec = {
      name: 'api',
      description: 'The API',
      default_branch: 'trunk',
      visibility: 'public',
      topics: ['go', 'backend'],
      homepage: 'https://example.com/#api; docs',
      archived: true,
    };
    const created = await handler.create(spec);
    expect(created.id).toBe('api');
    expect(runGitSync(folderOf('api'), ['rev-parse', '--is-bare-repository']).trim()).toBe('true');
    expect(runGitSync(folderOf('api'), ['symbolic-ref', 'HEAD']).trim()).toBe('refs/heads/trunk');
    expect(await readFile(join(folderOf('api'), 'description'), 'utf8')).toBe('The API\n');
    expect(runGitSync(folderOf('api'), ['config', 'mosaic.homepage']).trim()).toBe(spec.homepage);

    const listed = await handler.list();
    expect(listed.map((raw) => handler.normalize(raw))).toEqual([{ id: 'api', spec }]);
    const read = await handler.read('api');
    expect(read && handler.normalize(read)).toEqual({ id: 'api', spec });
    expect(handler.normalize(created)).toEqual({ id: 'api', spec });
    expect(handler.naturalKey(spec)).toBe(handler.naturalKey(handler.normalize(created).spec));
  });

  it('gives defaults when created with only a name; git default description is no description', async () => {
    const handler = fixture.handler('repository');
    const created = await handler.create({ name: 'bare' });
    expect(handler.normalize(created).spec).toEqual({
      name: 'bare',
      default_branch: 'main',
      visibility: 'private',
      topics: [],
      archived: false,
    });
    // Made without git's templates, so there is no description file at all; a repository
    // made by plain git carries git's placeholder text, which also means "no description".
    await expect(readFile(join(folderOf('bare'), 'description'), 'utf8')).rejects.toThrow(/ENOENT/);
    await writeFile(join(folderOf('bare'), 'description'), "Unnamed repository; edit this file 'description' to name the repository.\n");
    const listed = (await handler.list()).map((raw) => handler.normalize(raw).spec);
    expect(listed).toEqual([expect.not.objectContaining({ description: expect.anything() as unknown })]);
    expect(runGitSync(folderOf('bare'), ['symbolic-ref', 'HEAD']).trim()).toBe('refs/heads/main');
    expect(await readdir(join(fixture.root, 'repositories'))).toEqual(['bare.git']);
  });

  it('updates each field and normalize shows it', async () => {
    const handler = fixture.handler('repository');
    await handler.create({ name: 'web' });
    const steps: Record<string, unknown>[] = [
      { description: 'Front end' },
      { default_branch: 'develop' },
      { visibility: 'internal' },
      { topics: ['ui', 'react'] },
      { homepage: 'https://web.example' },
      { archived: true },
      { topics: [] },
    ];
    for (const step of steps) {
      const updated = await handler.update('web', step, []);
      expect(handler.normalize(updated).spec).toMatchObject(step);
    }
    expect(runGitSync(folderOf('web'), ['symbolic-ref', 'HEAD']).trim()).toBe('refs/heads/develop');
    const live = await handler.read('web');
    expect(live && handler.normalize(live).spec).toEqual({
      name: 'web',
      description: 'Front end',
      default_branch: 'develop',
      visibility: 'internal',
      topics: [],
      homepage: 'https://web.example',
      archived: true,
    });
  });

  it('clears description and homepage when the plan says so', async () => {
    const handler = fixture.handler('repository');
    await handler.create({ name: 'docs', description: 'x', homepage: 'https://h' });
    const updated = await handler.update('docs', {}, [
      { field: 'description', before: 'x' },
      { field: 'homepage', before: 'https://h' },
    ]);
    expect(handler.normalize(updated).spec).not.toHaveProperty('description');
    expect(handler.normalize(updated).spec).not.toHaveProperty('homepage');
  });

  it('renames the folder when name changes, and the returned object has the new id', async () => {
    const handler = fixture.handler('repository');
    await handler.create({ name: 'old', topics: ['a'] });
    const renamed = await handler.update('old', { name: 'new' }, [{ field: 'name', before: 'old', after: 'new' }]);
    expect(renamed.id).toBe('new');
    expect(handler.normalize(renamed).spec).toMatchObject({ name: 'new', topics: ['a'] });
    expect(await handler.read('old')).toBeUndefined();
    expect(runGitSync(folderOf('new'), ['rev-parse', '--is-bare-repository']).trim()).toBe('true');
  });

  it('refuses to create over an existing repository, and to update a missing one', async () => {
    const handler = fixture.handler('repository');
    await handler.create({ name: 'dup' });
    await expect(handler.create({ name: 'dup' })).rejects.toMatchObject({ code: 'local.already-exists' });
    await expect(handler.update('ghost', { description: 'x' }, [])).rejects.toMatchObject({ code: 'local.not-found' });
    await expect(handler.create({ name: 'a/b' })).rejects.toBeInstanceOf(ProviderError);
    await handler.create({ name: 'other' });
    await expect(handler.update('dup', { name: 'other' }, [])).rejects.toMatchObject({ code: 'local.already-exists' });
  });

  it('deletes the folder, and deleting again is a success', async () => {
    const handler = fixture.handler('repository');
    await handler.create({ name: 'gone' });
    await handler.delete('gone');
    expect(await handler.read('gone')).toBeUndefined();
    expect(await handler.list()).toEqual([]);
    expect(await readdir(join(fixture.root, 'repositories'))).toEqual([]);
    await handler.delete('gone');
  });

  it('lists 200 repositories without starting a git process', async () => {
    const handler = fixture.handler('repository');
    const names = Array.from({ length: 200 }, (_, index) => `repo-${String(index).padStart(3, '0')}`);
    for (let start = 0; start < names.length; start += 20) {
      await Promise.all(names.slice(start, start + 20).map((name) => handler.create({ name, topics: ['t'] })));
    }
    fixture.gitCalls.length = 0;
    const listed = await handler.list();
    expect(listed.map((raw) => raw.id)).toEqual(names);
    expect(listed.every((raw) => handler.normalize(raw).spec.topics !== undefined)).toBe(true);
    expect(fixture.gitCalls).toEqual([]);
  });

  it('reports a missing git as local.git-missing', async () => {
    const { createGitRunner } = await import('../../../providers/local/git.js');
    const previous = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(createGitRunner()({ args: ['--version'] })).rejects.toMatchObject({ code: 'local.git-missing' });
    } finally {
      process.env.PATH = previous;
    }
  });
});
