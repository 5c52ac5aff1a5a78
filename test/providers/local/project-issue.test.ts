import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFixture, type LocalFixture } from './local-fixture.js';

describe('local project and issue', () => {
  let fixture: LocalFixture;
  beforeEach(async () => {
    fixture = await createLocalFixture();
  });
  afterEach(async () => {
    await fixture.removeFolder();
  });

  it('creates a project with defaults, updates each field, lists, reads and deletes it', async () => {
    const handler = fixture.handler('project');
    expect(await handler.list()).toEqual([]);
    const created = await handler.create({ key: 'PLAT' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(handler.normalize(created).spec).toEqual({ key: 'PLAT', name: 'PLAT', status: 'active' });
    expect(handler.naturalKey({ key: 'PLAT' })).toBe(handler.naturalKey(handler.normalize(created).spec));

    const steps: Record<string, unknown>[] = [{ name: 'Platform' }, { description: 'Infra' }, { lead: 'ana' }, { status: 'paused' }, { key: 'INFRA' }];
    for (const step of steps) {
      const updated = await handler.update(created.id, step, []);
      expect(handler.normalize(updated).spec).toMatchObject(step);
    }
    const expected = { key: 'INFRA', name: 'Platform', description: 'Infra', lead: 'ana', status: 'paused' };
    expect((await handler.list()).map((raw) => handler.normalize(raw))).toEqual([{ id: created.id, spec: expected }]);
    const cleared = await handler.update(created.id, {}, [{ field: 'lead', before: 'ana' }]);
    expect(handler.normalize(cleared).spec).not.toHaveProperty('lead');

    await expect(handler.create({ key: 'INFRA' })).rejects.toMatchObject({ code: 'local.already-exists' });
    await handler.delete(created.id);
    expect(await handler.read(created.id)).toBeUndefined();
    await handler.delete(created.id);
    await expect(handler.update(created.id, { name: 'x' }, [])).rejects.toMatchObject({ code: 'local.not-found' });
  });

  it('creates issues with defaults and PROJECTKEY-N ids, updates each field and deletes', async () => {
    const project = await fixture.handler('project').create({ key: 'WEB' });
    const handler = fixture.handler('issue');
    const created = await handler.create({ project: project.id, title: 'Fix login' });
    expect(created.id).toBe('WEB-1');
    const spec = { project: project.id, title: 'Fix login', state: 'todo', priority: 'none', tags: [] };
    expect(handler.normalize(created).spec).toEqual(spec);
    expect(handler.naturalKey({ project: project.id, title: 'Fix login' })).toBe(handler.naturalKey(handler.normalize(created).spec));
    expect(handler.immutable).toEqual(['project']);

    const steps: Record<string, unknown>[] = [
      { title: 'Fix the login' },
      { description: 'It breaks' },
      { state: 'in_progress' },
      { priority: 'high' },
      { assignee: 'bo' },
      { tags: ['bug', 'auth'] },
    ];
    for (const step of steps) {
      const updated = await handler.update('WEB-1', step, []);
      expect(handler.normalize(updated).spec).toMatchObject(step);
    }
    const listed = (await handler.list()).map((raw) => handler.normalize(raw));
    expect(listed).toEqual([
      {
        id: 'WEB-1',
        spec: { project: project.id, title: 'Fix the login', description: 'It breaks', state: 'in_progress', priority: 'high', assignee: 'bo', tags: ['bug', 'auth'] },
      },
    ]);
    await handler.delete('WEB-1');
    expect(await handler.list()).toEqual([]);
    await handler.delete('WEB-1');
    expect((await handler.create({ project: project.id, title: 'Next' })).id).toBe('WEB-2');
  });

  it('gives 20 distinct ids to 20 issues created in parallel and stores all of them', async () => {
    const project = await fixture.handler('project').create({ key: 'OPS' });
    const handler = fixture.handler('issue');
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, index) => handler.create({ project: project.id, title: `Issue ${index}` })),
    );
    expect(new Set(created.map((raw) => raw.id)).size).toBe(20);
    expect(await handler.list()).toHaveLength(20);
    const stored = JSON.parse(await readFile(join(fixture.root, 'projects.json'), 'utf8')) as { next_issue_number: number };
    expect(stored.next_issue_number).toBe(21);
  });

  it('refuses an issue whose project does not exist, and removes issues with their project', async () => {
    const handler = fixture.handler('issue');
    await expect(handler.create({ project: 'missing', title: 'x' })).rejects.toMatchObject({ code: 'local.project-not-found' });
    const project = await fixture.handler('project').create({ key: 'TMP' });
    await handler.create({ project: project.id, title: 'x' });
    await fixture.handler('project').delete(project.id);
    expect(await handler.list()).toEqual([]);
  });
});
