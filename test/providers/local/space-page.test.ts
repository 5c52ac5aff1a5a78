import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFixture, type LocalFixture } from './local-fixture.js';

describe('local space', () => {
  let fixture: LocalFixture;
  beforeEach(async () => {
    fixture = await createLocalFixture();
  });
  afterEach(async () => {
    await fixture.removeFolder();
  });

  it('creates a folder with _space.yaml, lists, reads, updates, renames and deletes it', async () => {
    const handler = fixture.handler('space');
    expect(await handler.list()).toEqual([]);
    const spec = { key: 'ENG', title: 'Engineering', description: 'How we build' };
    const created = await handler.create(spec);
    expect(created.id).toBe('ENG');
    expect(parse(await readFile(join(fixture.root, 'spaces', 'ENG', '_space.yaml'), 'utf8'))).toEqual({
      title: 'Engineering',
      description: 'How we build',
    });
    expect((await handler.list()).map((raw) => handler.normalize(raw))).toEqual([{ id: 'ENG', spec }]);
    expect(handler.naturalKey(spec)).toBe(handler.naturalKey(handler.normalize(created).spec));

    const retitled = await handler.update('ENG', { title: 'Eng' }, []);
    expect(handler.normalize(retitled).spec).toEqual({ ...spec, title: 'Eng' });
    const described = await handler.update('ENG', { description: 'New' }, []);
    expect(handler.normalize(described).spec.description).toBe('New');
    const cleared = await handler.update('ENG', {}, [{ field: 'description', before: 'New' }]);
    expect(handler.normalize(cleared).spec).toEqual({ key: 'ENG', title: 'Eng' });

    const renamed = await handler.update('ENG', { key: 'DEV' }, []);
    expect(renamed.id).toBe('DEV');
    expect(await handler.read('ENG')).toBeUndefined();
    const read = await handler.read('DEV');
    expect(read && handler.normalize(read).spec).toEqual({ key: 'DEV', title: 'Eng' });

    await handler.delete('DEV');
    expect(await handler.list()).toEqual([]);
    await handler.delete('DEV');
  });

  it('defaults the title to the key and refuses a duplicate key', async () => {
    const handler = fixture.handler('space');
    const created = await handler.create({ key: 'OPS' });
    expect(handler.normalize(created).spec).toEqual({ key: 'OPS', title: 'OPS' });
    await expect(handler.create({ key: 'OPS' })).rejects.toMatchObject({ code: 'local.already-exists' });
    await expect(handler.update('NOPE', { title: 'x' }, [])).rejects.toMatchObject({ code: 'local.not-found' });
  });
});

describe('local page', () => {
  let fixture: LocalFixture;
  beforeEach(async () => {
    fixture = await createLocalFixture();
    await fixture.handler('space').create({ key: 'DOC' });
  });
  afterEach(async () => {
    await fixture.removeFolder();
  });

  const fileOf = (slug: string): string => join(fixture.root, 'spaces', 'DOC', `${slug}.md`);

  it('writes markdown with front matter and round-trips content with or without a trailing newline', async () => {
    const handler = fixture.handler('page');
    const withNewline = { space: 'DOC', slug: 'intro', title: 'Intro: start here', content: '# Hello\n\n---\nnot front matter\n' };
    const withoutNewline = { space: 'DOC', slug: 'child', parent: 'DOC/intro', title: 'Child', content: 'no newline at end' };
    await handler.create(withNewline);
    await handler.create(withoutNewline);
    expect(await readFile(fileOf('intro'), 'utf8')).toBe(`---\ntitle: "Intro: start here"\n---\n${withNewline.content}`);
    expect(await readFile(fileOf('child'), 'utf8')).toBe('---\ntitle: Child\nparent: intro\n---\nno newline at end');
    const listed = (await handler.list()).map((raw) => handler.normalize(raw));
    expect(listed).toEqual([
      { id: 'DOC/child', spec: withoutNewline },
      { id: 'DOC/intro', spec: withNewline },
    ]);
    expect(handler.naturalKey(withoutNewline)).toBe(handler.naturalKey(listed[0]?.spec ?? {}));
    expect(handler.immutable).toEqual(['space']);
  });

  it('gives empty content by default and reads a file written by hand without front matter', async () => {
    const handler = fixture.handler('page');
    const created = await handler.create({ space: 'DOC', slug: 'empty', title: 'Empty' });
    expect(handler.normalize(created).spec).toEqual({ space: 'DOC', slug: 'empty', title: 'Empty', content: '' });
    await writeFile(fileOf('manual'), 'just text');
    const read = await handler.read('DOC/manual');
    expect(read && handler.normalize(read).spec).toEqual({ space: 'DOC', slug: 'manual', title: 'manual', content: 'just text' });
  });

  it('keeps children attached when their parent page is renamed', async () => {
    const handler = fixture.handler('page');
    await handler.create({ space: 'DOC', slug: 'intro', title: 'Intro' });
    await handler.create({ space: 'DOC', slug: 'child', parent: 'DOC/intro', title: 'Child' });
    await handler.create({ space: 'DOC', slug: 'other', title: 'Other' });
    await handler.update('DOC/intro', { slug: 'welcome' }, [{ field: 'slug', before: 'intro', after: 'welcome' }]);
    const parents = Object.fromEntries((await handler.list()).map((raw) => handler.normalize(raw)).map((o) => [o.id, o.spec['parent']]));
    expect(parents).toEqual({ 'DOC/child': 'DOC/welcome', 'DOC/other': undefined, 'DOC/welcome': undefined });
  });

  it('updates each field, renames the file on a slug change, and deletes', async () => {
    const handler = fixture.handler('page');
    await handler.create({ space: 'DOC', slug: 'root', title: 'Root' });
    await handler.create({ space: 'DOC', slug: 'p', title: 'P', content: 'a' });
    let updated = await handler.update('DOC/p', { title: 'Page' }, []);
    expect(handler.normalize(updated).spec.title).toBe('Page');
    updated = await handler.update('DOC/p', { content: 'b\n' }, []);
    expect(handler.normalize(updated).spec.content).toBe('b\n');
    updated = await handler.update('DOC/p', { parent: 'DOC/root' }, []);
    expect(handler.normalize(updated).spec.parent).toBe('DOC/root');
    updated = await handler.update('DOC/p', {}, [{ field: 'parent', before: 'DOC/root' }]);
    expect(handler.normalize(updated).spec).not.toHaveProperty('parent');
    updated = await handler.update('DOC/p', { slug: 'q' }, []);
    expect(updated.id).toBe('DOC/q');
    expect(handler.normalize(updated).spec).toEqual({ space: 'DOC', slug: 'q', title: 'Page', content: 'b\n' });
    await expect(access(fileOf('p'))).rejects.toThrow();
    expect(await handler.read('DOC/p')).toBeUndefined();

    await handler.delete('DOC/q');
    expect((await handler.list()).map((raw) => raw.id)).toEqual(['DOC/root']);
    await handler.delete('DOC/q');
  });

  it('reports a missing space, a duplicate slug and a parent in another space', async () => {
    const handler = fixture.handler('page');
    await expect(handler.create({ space: 'NOPE', slug: 'a', title: 'A' })).rejects.toMatchObject({ code: 'local.space-not-found' });
    await handler.create({ space: 'DOC', slug: 'a', title: 'A' });
    await expect(handler.create({ space: 'DOC', slug: 'a', title: 'A' })).rejects.toMatchObject({ code: 'local.already-exists' });
    await expect(handler.create({ space: 'DOC', slug: 'b', title: 'B', parent: 'OTHER/a' })).rejects.toMatchObject({
      code: 'local.invalid-parent',
    });
    await expect(handler.create({ space: 'DOC', slug: 'b', title: 'B', parent: 'DOC/zz' })).rejects.toMatchObject({
      code: 'local.page-not-found',
    });
    await expect(handler.update('DOC/zz', { title: 'x' }, [])).rejects.toMatchObject({ code: 'local.not-found' });
  });
});
