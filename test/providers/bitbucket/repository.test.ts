// The bitbucket provider's repository kind through its client against the emulator: create with
// every field and read it back equal, update each field, rename, delete, natural keys.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldChange, Spec } from '../../../src/resources/provider-contract.js';
import { expectedLive, fullSpec, repositoryHandler, specOf, startBitbucket, type BitbucketFixture } from './bitbucket-fixture.js';

let fx: BitbucketFixture;
beforeEach(async () => {
  fx = await startBitbucket();
});
afterEach(async () => {
  await fx.close();
});

const changesOf = (spec: Spec, fields: readonly string[]): FieldChange[] => fields.map((field) => ({ field, after: spec[field] }));

describe('bitbucket repository', () => {
  it('creates a repository with every field and reads it back equal to the spec', async () => {
    const created = await fx.handler.create(fullSpec);
    expect(created.id).toMatch(/^\{[0-9a-f-]{36}\}$/);
    expect(specOf(fx.handler, created)).toEqual(expectedLive(fullSpec));
    expect(specOf(fx.handler, await fx.handler.read(created.id))).toEqual(expectedLive(fullSpec));

    const stored = fx.hosted.store.findRepository('payments-api');
    expect(stored?.name).toBe('Payments-API');
    expect(stored?.hooks.find((h) => h.url === 'https://ci.example.com/hook')?.secret).toBe('hook-secret-1');
    expect(stored?.hooks.find((h) => h.url === 'https://chat.example.com/hook')?.secret).toBeUndefined();
    // Each GitHub event became the Bitbucket events that cover it.
    expect(stored?.hooks.find((h) => h.url === 'https://ci.example.com/hook')?.events.sort()).toEqual(
      ['pullrequest:created', 'pullrequest:fulfilled', 'pullrequest:rejected', 'pullrequest:updated', 'repo:push'],
    );
    expect(stored?.restrictions.map((r) => `${r.kind}=${String(r.value)}`).sort()).toEqual([
      'delete=null',
      'force=null',
      'require_approvals_to_merge=2',
      'require_passing_builds_to_merge=2',
      'reset_pullrequest_approvals_on_change=null',
    ]);
  });

  it('never returns a webhook secret from normalize', async () => {
    const created = await fx.handler.create(fullSpec);
    expect(JSON.stringify(fx.handler.normalize(created))).not.toContain('hook-secret-1');
    expect(JSON.stringify(created.data)).not.toContain('hook-secret-1');
  });

  it('creates a minimal repository with only a name, reading only the repository', async () => {
    fx.emulator.resetCounts();
    const created = await fx.handler.create({ name: 'tiny' });
    expect(fx.emulator.counts()).toEqual({ 'POST /2.0/repositories/:workspace/:repo_slug': 1 });
    expect(specOf(fx.handler, created)).toMatchObject({ name: 'tiny', default_branch: 'main', description: '', homepage: '', visibility: 'public' });
  });

  const updates: [string, unknown][] = [
    ['description', 'Payments, refunds and payouts'],
    ['visibility', 'public'],
    ['default_branch', 'trunk'],
    ['homepage', 'https://pay.example.org'],
    ['features', { issues: false, wiki: true, projects: false }],
    ['branch_protection', { main: { ...(fullSpec['branch_protection'] as Record<string, object>)['main'], required_reviews: 1, allow_force_pushes: true, required_status_checks: [] } }],
    ['webhooks', [{ url: 'https://ci.example.com/hook', events: ['push', 'status'], active: false, content_type: 'json', secret: 'hook-secret-2' }]],
    ['collaborators', { alice: 'admin', carol: 'read' }],
    ['teams', { developers: 'read', maintainers: 'admin' }],
  ];
  for (const [field, value] of updates) {
    it(`updates ${field} and reads back the new value`, async () => {
      const created = await fx.handler.create(fullSpec);
      const spec = { ...fullSpec, [field]: value };
      const updated = await fx.handler.update(created.id, spec, changesOf(spec, [field]));
      expect(updated.id).toBe(created.id);
      const live = specOf(fx.handler, await fx.handler.read(created.id));
      // Collaborators and teams are additive by default: members the spec drops stay.
      const merged = field === 'collaborators' || field === 'teams' ? { ...(fullSpec[field] as object), ...(value as object) } : value;
      expect(live[field]).toEqual(expectedLive({ [field]: merged })[field]);
      expect(specOf(fx.handler, updated)[field]).toEqual(live[field]);
    });
  }

  it('re-sends a webhook secret on update and removes one the spec no longer has', async () => {
    const created = await fx.handler.create(fullSpec);
    const spec = { ...fullSpec, webhooks: [{ url: 'https://ci.example.com/hook', events: ['pull_request', 'push'], active: true, content_type: 'json' }] };
    await fx.handler.update(created.id, spec, changesOf(spec, ['webhooks']));
    expect(fx.hosted.store.findRepository('payments-api')?.hooks.map((h) => [h.url, h.secret])).toEqual([['https://ci.example.com/hook', undefined]]);
    const again = { ...spec, webhooks: [{ ...(spec.webhooks[0] as object), secret: 'rotated' }] };
    await fx.handler.update(created.id, again, changesOf(again, ['webhooks']));
    expect(fx.hosted.store.findRepository('payments-api')?.hooks[0]?.secret).toBe('rotated');
  });

  it('touches only the changed fields', async () => {
    const created = await fx.handler.create(fullSpec);
    fx.emulator.resetCounts();
    const spec = { ...fullSpec, description: 'only this' };
    await fx.handler.update(created.id, spec, changesOf(spec, ['description']));
    const writes = Object.entries(fx.emulator.counts()).filter(([route]) => !route.startsWith('GET'));
    expect(writes).toEqual([['PUT /2.0/repositories/:workspace/:repo_slug', 1]]);
  });

  it('renames a repository, keeping its id, and finds it by the new natural key', async () => {
    const created = await fx.handler.create({ name: 'old-name', description: 'x' });
    const spec = { name: 'New.Name', description: 'x' };
    const updated = await fx.handler.update(created.id, spec, changesOf(spec, ['name']));
    expect(updated.id).toBe(created.id);
    expect(specOf(fx.handler, updated)['name']).toBe('New.Name');
    expect(fx.hosted.repositoryNames()).toEqual(['New.Name']);
    expect(fx.hosted.store.findRepository('new.name')).toBeDefined();
    const listed = (await fx.handler.list({ details: new Map() })).map((raw) => fx.handler.normalize(raw));
    expect(listed.map((o) => fx.handler.naturalKey(o.spec))).toEqual([fx.handler.naturalKey(spec)]);
  });

  it('uses the lower-cased slug as natural key, and the slug as name for names typed in the web UI', () => {
    expect(fx.handler.naturalKey({ name: 'Payments-API' })).toBe('payments-api');
    const raw = { id: '{x}', data: { repository: { type: 'repository', uuid: '{x}', name: 'My Project', slug: 'my-project', full_name: 'acme/my-project', is_private: true } } };
    expect(fx.handler.normalize(raw).spec['name']).toBe('my-project');
  });

  it('puts new repositories into project_key', async () => {
    const provider = await fx.withSettings({ project_key: 'SEC' });
    await repositoryHandler(provider).create({ name: 'secure', visibility: 'private' });
    expect(fx.hosted.store.findRepository('secure')?.projectKey).toBe('SEC');
    await expect(repositoryHandler(provider).create({ name: 'open', visibility: 'public' })).rejects.toMatchObject({ code: 'bitbucket.invalid', message: expect.stringContaining('Private projects cannot contain public repositories') as unknown });
  });

  it('reports an existing slug as a conflict', async () => {
    await fx.handler.create({ name: 'taken' });
    await expect(fx.handler.create({ name: 'TAKEN' })).rejects.toMatchObject({ code: 'bitbucket.conflict' });
  });

  it('deletes a repository, and deleting it again is no error', async () => {
    const created = await fx.handler.create({ name: 'doomed' });
    await fx.handler.delete(created.id);
    expect(await fx.handler.read(created.id)).toBeUndefined();
    await fx.handler.delete(created.id);
    expect(fx.hosted.repositoryNames()).toEqual([]);
  });

  it('reports an update of a repository that is gone as not found', async () => {
    await expect(fx.handler.update('{00000000-0000-0000-0000-000000000000}', { name: 'x' }, [])).rejects.toMatchObject({ code: 'bitbucket.not-found' });
  });
});
