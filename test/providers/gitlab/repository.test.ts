// The gitlab provider through @gitbeaker/rest against the emulator: a repository created with
// every field reads back as its spec, each field updates in place, and list-valued settings
// honour exclusive and additive ownership.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError, type FieldChange, type RawObject, type Spec } from '../../../src/resources/provider-contract.js';
import { startGitlabFixture, type GitlabFixture } from './gitlab-fixture.js';

const protection = (allowForcePushes: boolean, codeOwners = false): Record<string, unknown> => ({
  allow_force_pushes: allowForcePushes,
  allow_deletions: false,
  require_code_owner_reviews: codeOwners,
  required_reviews: 0,
  dismiss_stale_reviews: false,
  required_status_checks: [],
  strict_status_checks: false,
});

const fullSpec = {
  name: 'payments',
  description: 'Takes the money',
  visibility: 'internal',
  default_branch: 'main',
  topics: ['billing', 'api'],
  archived: false,
  features: { issues: true, wiki: false },
  merge: { merge_commit: false, squash: true, rebase: true, delete_branch_on_merge: false },
  branch_protection: { main: protection(false, true), release: protection(true) },
  webhooks: [
    { url: 'https://ci.example.com/hook', events: ['pull_request', 'push'], active: true, content_type: 'json', secret: 'hook-secret-1' },
    { url: 'https://chat.example.com/hook', events: ['issues', 'release'], active: true, content_type: 'json' },
  ],
  collaborators: { alice: 'write', bob: 'admin' },
  teams: { platform: 'maintain', docs: 'read' },
};

/** The spec as normalize reports it: sorted lists, no secrets. */
function asLive(spec: Record<string, unknown>): Record<string, unknown> {
  const webhooks = (spec['webhooks'] as Record<string, unknown>[] | undefined)?.map(({ secret: _, ...hook }) => hook).sort((a, b) => String(a['url']).localeCompare(String(b['url'])));
  return { ...spec, ...(Array.isArray(spec['topics']) ? { topics: [...(spec['topics'] as string[])].sort() } : {}), ...(webhooks ? { webhooks } : {}) };
}

describe('gitlab repository', () => {
  let fixture: GitlabFixture;
  const normalize = (raw: RawObject): Spec => fixture.repositories.normalize(raw).spec;
  const update = (raw: RawObject, spec: Spec, changes?: FieldChange[]): Promise<RawObject> =>
    fixture.repositories.update(raw.id, spec, changes ?? Object.keys(spec).filter((f) => f !== 'ownership').map((field) => ({ field, after: spec[field] })));

  beforeEach(async () => {
    fixture = await startGitlabFixture();
  });

  afterEach(async () => {
    await fixture.close();
  });

  it('creates a project with every field and reads it back as the spec', async () => {
    const created = await fixture.repositories.create(fullSpec);
    expect(normalize(created)).toEqual(asLive(fullSpec));
    const read = await fixture.repositories.read(created.id);
    expect(read && normalize(read)).toEqual(asLive(fullSpec));
    expect(JSON.stringify(read)).not.toContain('hook-secret-1');
    // The secret went to GitLab as the hook's token.
    expect(fixture.hosted.project('payments')?.hooks.find((hook) => hook.url === 'https://ci.example.com/hook')?.token).toBe('hook-secret-1');
    // GitLab protected the default branch on creation; mosaic edited that rule rather than adding a second.
    expect(fixture.hosted.emulator.counts()['POST /api/v4/projects/:id/protected_branches']).toBe(1);
    expect(fixture.hosted.emulator.counts()['PATCH /api/v4/projects/:id/protected_branches/:name']).toBe(1);
  });

  it('creates a bare project without a README, and GitLab reports its default branch as main', async () => {
    const created = await fixture.repositories.create({ name: 'bare' });
    expect(normalize(created)).toMatchObject({ name: 'bare', description: '', default_branch: 'main', visibility: 'private', topics: [], archived: false, teams: {} });
    expect(fixture.hosted.project('bare')?.branches).toEqual([]);
  });

  const updates: [string, unknown][] = [
    ['description', 'Moves the money'],
    ['visibility', 'public'],
    ['topics', ['billing', 'payments']],
    ['features', { issues: false, wiki: true }],
    ['merge', { merge_commit: true, squash: false, rebase: false, delete_branch_on_merge: true }],
    ['default_branch', 'trunk'],
    ['archived', true],
    ['branch_protection', { main: protection(true, false), release: protection(true), hotfix: protection(false) }],
    ['webhooks', [{ url: 'https://ci.example.com/hook', events: ['push', 'workflow_run'], active: true, content_type: 'json', secret: 'rotated' }]],
    ['collaborators', { alice: 'maintain', bob: 'admin', carol: 'read' }],
    ['teams', { platform: 'write', docs: 'read', security: 'admin' }],
  ];

  for (const [field, value] of updates) {
    it(`updates ${field} in place`, async () => {
      const created = await fixture.repositories.create(fullSpec);
      const after = { ...fullSpec, [field]: value };
      const updated = await update(created, after, [{ field, after: value }]);
      expect(updated.id).toBe(created.id);
      expect(normalize(updated)).toEqual(asLive(after));
      const read = await fixture.repositories.read(created.id);
      expect(read && normalize(read)).toEqual(asLive(after));
    });
  }

  it('renames a project (name and path) keeping its id', async () => {
    const created = await fixture.repositories.create({ name: 'old-name', description: 'x' });
    const renamed = await update(created, { name: 'new-name' });
    expect(renamed.id).toBe(created.id);
    expect(normalize(renamed)['name']).toBe('new-name');
    expect(fixture.hosted.repositoryNames()).toEqual(['new-name']);
    expect(fixture.repositories.naturalKey({ name: 'New-Name' })).toBe('new-name');
  });

  it('switches the default branch to an existing branch without creating it', async () => {
    const created = await fixture.repositories.create({ name: 'api', default_branch: 'main' });
    const project = fixture.hosted.project('api');
    project?.branches.push('develop');
    const updated = await update(created, { default_branch: 'develop' });
    expect(normalize(updated)['default_branch']).toBe('develop');
    expect(fixture.hosted.emulator.counts()['POST /api/v4/projects/:id/repository/branches']).toBe(1);
    expect(project?.branches).toEqual(['main', 'develop']);
  });

  it('clears the description when the plan asks to', async () => {
    const created = await fixture.repositories.create({ name: 'api', description: 'something' });
    const updated = await fixture.repositories.update(created.id, {}, [{ field: 'description', before: 'something' }]);
    expect(normalize(updated)['description']).toBe('');
  });

  it('touches only the fields the plan names', async () => {
    const created = await fixture.repositories.create({ name: 'api', description: 'kept', topics: ['a'] });
    fixture.hosted.setDescription('api', 'changed live');
    const updated = await fixture.repositories.update(created.id, { description: 'kept', topics: ['b'] }, [{ field: 'topics', before: ['a'], after: ['b'] }]);
    expect(normalize(updated)).toMatchObject({ description: 'changed live', topics: ['b'] });
  });

  it('maps every expressible combination of merge buttons both ways', async () => {
    const created = await fixture.repositories.create({ name: 'api' });
    for (const mergeCommit of [true, false]) {
      for (const squash of [true, false]) {
        for (const rebase of [true, false]) {
          if (!mergeCommit && !squash && !rebase) continue;
          const merge = { merge_commit: mergeCommit, squash, rebase, delete_branch_on_merge: squash };
          const updated = await update(created, { merge });
          expect(normalize(updated)['merge'], JSON.stringify(merge)).toEqual(merge);
        }
      }
    }
  });

  describe('ownership', () => {
    it('replaces topics when exclusive, adds to them when additive', async () => {
      const created = await fixture.repositories.create({ name: 'api', topics: ['a', 'b'] });
      expect(normalize(await update(created, { topics: ['c'] }))['topics']).toEqual(['c']);
      expect(normalize(await update(created, { topics: ['d'], ownership: { topics: 'additive' } }))['topics']).toEqual(['c', 'd']);
    });

    it('removes unlisted webhooks when exclusive (the default) and keeps them when additive', async () => {
      const created = await fixture.repositories.create({ name: 'api', webhooks: [{ url: 'https://a.example.com/h', events: ['push'] }, { url: 'https://b.example.com/h', events: ['push'] }] });
      const additive = await update(created, { webhooks: [{ url: 'https://c.example.com/h', events: ['issues'] }], ownership: { webhooks: 'additive' } });
      expect((normalize(additive)['webhooks'] as { url: string }[]).map((hook) => hook.url)).toEqual(['https://a.example.com/h', 'https://b.example.com/h', 'https://c.example.com/h']);
      const exclusive = await update(created, { webhooks: [{ url: 'https://c.example.com/h', events: ['issues'] }] });
      expect(normalize(exclusive)['webhooks']).toEqual([{ url: 'https://c.example.com/h', events: ['issues'], active: true, content_type: 'json' }]);
    });

    it('keeps unlisted collaborators when additive (the default) and removes them when exclusive', async () => {
      const created = await fixture.repositories.create({ name: 'api', collaborators: { alice: 'write', bob: 'read' } });
      expect(normalize(await update(created, { collaborators: { carol: 'maintain' } }))['collaborators']).toEqual({ alice: 'write', bob: 'read', carol: 'maintain' });
      expect(normalize(await update(created, { collaborators: { carol: 'maintain' }, ownership: { collaborators: 'exclusive' } }))['collaborators']).toEqual({ carol: 'maintain' });
    });

    it('keeps unlisted teams when additive, removes them (even outside the group) when exclusive', async () => {
      const created = await fixture.repositories.create({ name: 'api', teams: { platform: 'read' } });
      const project = fixture.hosted.project('api');
      const outside = [...fixture.hosted.store.groups.values()].find((group) => group.full_path === 'other-org');
      if (!project || !outside) throw new Error('seed missing');
      project.shares.push({ id: fixture.hosted.store.nextId(), group: outside, group_access: 10 });
      const additive = await update(created, { teams: { docs: 'write' } });
      expect(normalize(additive)['teams']).toEqual({ '/other-org': 'guest', docs: 'write', platform: 'read' });
      const exclusive = await update(created, { teams: { docs: 'write' }, ownership: { teams: 'exclusive' } });
      expect(normalize(exclusive)['teams']).toEqual({ docs: 'write' });
    });

    it('reports roles below reporter by GitLab’s names, so a plan shows them', async () => {
      const created = await fixture.repositories.create({ name: 'api', collaborators: { alice: 'read' } });
      const member = fixture.hosted.project('api')?.members[0];
      if (member) member.access_level = 10;
      const read = await fixture.repositories.read(created.id);
      expect(read && normalize(read)['collaborators']).toEqual({ alice: 'guest' });
    });
  });

  describe('failures', () => {
    it('reports an existing name as gitlab.conflict', async () => {
      fixture.hosted.seedRepositories(['taken']);
      const error = await fixture.repositories.create({ name: 'taken' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ code: 'gitlab.conflict' });
      expect((error as Error).message).toContain('gitlab-test');
    });

    it('reports an unknown collaborator as gitlab.not-found', async () => {
      const error = await fixture.repositories.create({ name: 'api', collaborators: { nobody: 'read' } }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'gitlab.not-found' });
    });

    it('reports an unknown team as gitlab.not-found', async () => {
      const error = await fixture.repositories.create({ name: 'api', teams: { 'no-such-team': 'read' } }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'gitlab.not-found' });
    });

    it('treats a missing, malformed or scheduled-for-deletion project as gone', async () => {
      expect(await fixture.repositories.read('999999')).toBeUndefined();
      expect(await fixture.repositories.read('acme/api')).toBeUndefined();
      const created = await fixture.repositories.create({ name: 'doomed' });
      fixture.hosted.markForDeletion('doomed');
      expect(await fixture.repositories.read(created.id)).toBeUndefined();
      expect(await fixture.repositories.list()).toEqual([]);
    });

    it('deletes a project, and deleting it again is not an error', async () => {
      const created = await fixture.repositories.create({ name: 'api' });
      await fixture.repositories.delete(created.id);
      expect(fixture.hosted.repositoryNames()).toEqual([]);
      await fixture.repositories.delete(created.id);
    });

    it('refuses to send a webhook secret it only knows by its hash', async () => {
      const hash = `sha256:${'ab'.repeat(32)}`;
      const error = await fixture.repositories.create({ name: 'api', webhooks: [{ url: 'https://ci.example.com/hook', secret: hash }] }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'gitlab.invalid-spec' });
      expect(fixture.hosted.project('api')?.hooks).toEqual([]);
    });

    it('refuses to update a project that is gone', async () => {
      const error = await fixture.repositories.update('999999', { description: 'x' }, [{ field: 'description' }]).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'gitlab.not-found' });
    });
  });
});
