// The gitea provider's repository kind through gitea-js against the Gitea emulator: create with
// every field, round trip through normalize, update of each field, ownership, delete.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldChange, Spec } from '../../../src/resources/provider-contract.js';
import { expectedLive, fullSpec, startGitea, type GiteaFixture } from './gitea-fixture.js';

/** The changes the core would pass: each field of `spec` that differs from `before`. */
function changesBetween(before: Spec, spec: Spec): FieldChange[] {
  return Object.keys(spec)
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(spec[field]))
    .map((field) => ({ field, before: before[field], after: spec[field] }));
}

describe('gitea repository handler', () => {
  let gitea: GiteaFixture;
  beforeEach(async () => {
    gitea = await startGitea();
  });
  afterEach(async () => {
    await gitea.close();
  });

  it('creates a repository with every field and reads it back equal', async () => {
    const spec = fullSpec('payments');
    const created = gitea.handler.normalize(await gitea.handler.create(spec));
    expect(created.spec).toEqual(expectedLive(spec));
    const read = await gitea.handler.read(created.id);
    expect(read).toBeDefined();
    expect(gitea.handler.normalize(read ?? { id: '', data: undefined }).spec).toEqual(expectedLive(spec));
    // What Gitea stored, in its own terms.
    const stored = gitea.host.repository('payments');
    expect(stored?.private).toBe(true);
    expect(stored?.hooks.find((h) => h.url.endsWith('/deploy'))?.secret).toBe('deploy-secret');
    expect([...(stored?.hooks.find((h) => h.url.endsWith('/chat'))?.events ?? [])].sort()).toEqual(
      ['issue_assign', 'issue_comment', 'issue_label', 'issue_milestone', 'issues', 'pull_request', 'pull_request_assign', 'pull_request_comment', 'pull_request_label', 'pull_request_milestone', 'pull_request_review', 'pull_request_review_request', 'pull_request_sync'],
    );
    expect(stored?.protections[0]?.fields).toMatchObject({ required_approvals: 2, enable_push: false, block_admin_merge_override: true, enable_status_check: true });
  });

  it('never returns webhook secrets or the token', async () => {
    const raw = await gitea.handler.create(fullSpec('secretive'));
    const text = JSON.stringify(gitea.handler.normalize(raw)) + JSON.stringify(raw);
    expect(text).not.toContain('deploy-secret');
    expect(text).not.toContain('gitea-test-token');
  });

  it('updates each field on its own, and the result reads back equal', async () => {
    let current = fullSpec('evolving');
    const created = gitea.handler.normalize(await gitea.handler.create(current));
    const edits: Record<string, unknown> = {
      name: 'evolved',
      description: 'Payments API, v2',
      visibility: 'public',
      default_branch: 'main',
      topics: ['payments', 'ledger'],
      homepage: 'https://ledger.example.test',
      archived: true,
      features: { issues: false, wiki: true, projects: false },
      merge: { merge_commit: true, squash: false, rebase: false, delete_branch_on_merge: false },
      branch_protection: {
        trunk: { required_reviews: 0, dismiss_stale_reviews: false, require_code_owner_reviews: false, required_status_checks: [], strict_status_checks: false, enforce_admins: false, linear_history: false, allow_force_pushes: true, allow_deletions: false },
        release: { required_reviews: 1, dismiss_stale_reviews: false, require_code_owner_reviews: false, required_status_checks: ['ci/build'], strict_status_checks: false, enforce_admins: false, linear_history: false, allow_force_pushes: false, allow_deletions: false },
      },
      webhooks: [{ url: 'https://hooks.example.test/deploy', events: ['push', 'create', 'delete', 'status'], active: false, content_type: 'form', secret: 'rotated' }],
      collaborators: { bob: 'read', dave: 'admin', erin: 'read' },
      teams: { Owners: 'admin', developers: 'write', readers: 'read', maintainers: 'admin' },
    };
    for (const [field, value] of Object.entries(edits)) {
      // Archived last: Gitea refuses most changes to an archived repository.
      const next: Spec = { ...current, [field]: value };
      const updated = gitea.handler.normalize(await gitea.handler.update(created.id, next, changesBetween(current, next)));
      expect(updated.id, field).toBe(created.id);
      expect(updated.spec, field).toEqual(expectedLive(next));
      current = next;
    }
    const read = await gitea.handler.read(created.id);
    expect(gitea.handler.normalize(read ?? { id: '', data: undefined }).spec).toEqual(expectedLive(current));
    expect(gitea.host.repository('evolved')?.hooks[0]?.secret).toBe('rotated');
  });

  it('unarchives before it changes anything else of an archived repository', async () => {
    const spec = { ...fullSpec('sleeper'), archived: true };
    const created = gitea.handler.normalize(await gitea.handler.create(spec));
    expect(created.spec['archived']).toBe(true);
    const next = { ...spec, archived: false, branch_protection: { trunk: { required_reviews: 1 } } };
    const updated = gitea.handler.normalize(await gitea.handler.update(created.id, next, changesBetween(spec, next)));
    expect(updated.spec['archived']).toBe(false);
    expect((updated.spec['branch_protection'] as Record<string, { required_reviews: number }>)['trunk']?.required_reviews).toBe(1);
  });

  it('changes an archived repository that stays archived by lifting the lock for the change', async () => {
    const spec = { name: 'frozen', archived: true };
    const created = gitea.handler.normalize(await gitea.handler.create(spec));
    const next = { ...spec, branch_protection: { main: { required_reviews: 1 } } };
    const updated = gitea.handler.normalize(await gitea.handler.update(created.id, next, changesBetween(spec, next))).spec;
    expect(updated['archived']).toBe(true);
    expect(gitea.host.repository('frozen')?.protections[0]?.fields['required_approvals']).toBe(1);
  });

  it('archives again when a change to an archived repository fails half-way', async () => {
    const spec = { name: 'relocked', archived: true };
    const created = gitea.handler.normalize(await gitea.handler.create(spec));
    gitea.host.emulator.inject({ kind: 'status', status: 500, times: 1, match: { method: 'POST', route: '/api/v1/repos/:owner/:repo/branch_protections' } });
    const next = { ...spec, branch_protection: { main: { required_reviews: 1 } } };
    await expect(gitea.handler.update(created.id, next, changesBetween(spec, next))).rejects.toMatchObject({ code: 'gitea.server-error' });
    expect(gitea.host.repository('relocked')?.archived).toBe(true);
  });

  it('reports Gitea locking an archived repository as gitea.conflict', async () => {
    gitea.host.seedRepositories(['locked']);
    const repo = gitea.host.repository('locked');
    if (!repo) throw new Error('not seeded');
    // Archived between plan and apply: the handler saw it unarchived.
    const spec: Spec = { name: 'locked', branch_protection: { main: { required_reviews: 1 } } };
    gitea.host.emulator.inject({ kind: 'status', status: 423, times: 1, match: { method: 'POST', route: '/api/v1/repos/:owner/:repo/branch_protections' } });
    await expect(gitea.handler.update(String(repo.id), spec, changesBetween({}, spec))).rejects.toMatchObject({ code: 'gitea.conflict' });
  });

  it('removes unlisted topics and webhooks when exclusive, and keeps them when additive', async () => {
    gitea.host.seedRepositories(['shared'], { webhooks: 2 });
    const repo = gitea.host.repository('shared');
    if (!repo) throw new Error('not seeded');
    repo.topics = ['legacy'];
    const id = String(repo.id);
    const additive: Spec = {
      name: 'shared',
      topics: ['api'],
      webhooks: [{ url: 'https://hooks.example.test/new', events: ['push'], active: true, content_type: 'json' }],
      ownership: { topics: 'additive', webhooks: 'additive' },
    };
    const kept = gitea.handler.normalize(await gitea.handler.update(id, additive, changesBetween({}, additive))).spec;
    expect(kept['topics']).toEqual(['api', 'legacy']);
    expect((kept['webhooks'] as { url: string }[]).map((h) => h.url)).toEqual(['https://hooks.example.test/new', 'https://hooks.example.test/shared/1', 'https://hooks.example.test/shared/2']);

    const exclusive: Spec = { ...additive, ownership: {} };
    const owned = gitea.handler.normalize(await gitea.handler.update(id, exclusive, changesBetween({}, exclusive))).spec;
    expect(owned['topics']).toEqual(['api']);
    expect(owned['webhooks']).toEqual([{ url: 'https://hooks.example.test/new', events: ['push'], active: true, content_type: 'json' }]);
  });

  it('adds collaborators and teams when additive (the default), and removes others when exclusive', async () => {
    gitea.host.seedRepositories(['people']);
    const repo = gitea.host.repository('people');
    if (!repo) throw new Error('not seeded');
    repo.collaborators.set(gitea.host.store.userByName('erin')?.id ?? 0, 'write');
    const readers = gitea.host.store.organizationByName('mosaic')?.teams.find((t) => t.name === 'readers');
    repo.teams.add(readers?.id ?? 0);
    const id = String(repo.id);
    const additive: Spec = { name: 'people', collaborators: { dave: 'read' }, teams: { developers: 'write' } };
    const kept = gitea.handler.normalize(await gitea.handler.update(id, additive, changesBetween({}, additive))).spec;
    expect(kept['collaborators']).toEqual({ dave: 'read', erin: 'write' });
    expect(kept['teams']).toEqual({ Owners: 'admin', developers: 'write', readers: 'read' });

    const exclusive: Spec = { name: 'people', collaborators: { dave: 'read' }, teams: { Owners: 'admin', developers: 'write' }, ownership: { collaborators: 'exclusive', teams: 'exclusive' } };
    const owned = gitea.handler.normalize(await gitea.handler.update(id, exclusive, changesBetween({}, exclusive))).spec;
    expect(owned['collaborators']).toEqual({ dave: 'read' });
    expect(owned['teams']).toEqual({ Owners: 'admin', developers: 'write' });
  });

  it('explains what Gitea cannot do with teams: a per-repository permission, or removing a team that sees every repository', async () => {
    gitea.host.seedRepositories(['teamwork']);
    const id = String(gitea.host.repository('teamwork')?.id);
    const wrongPermission: Spec = { name: 'teamwork', teams: { developers: 'admin' } };
    await expect(gitea.handler.update(id, wrongPermission, changesBetween({}, wrongPermission))).rejects.toMatchObject({ code: 'gitea.invalid', message: expect.stringContaining('team developers has write permission on all its repositories') as unknown });
    const dropOwners: Spec = { name: 'teamwork', teams: { developers: 'write' }, ownership: { teams: 'exclusive' } };
    await expect(gitea.handler.update(id, dropOwners, changesBetween({}, dropOwners))).rejects.toMatchObject({ code: 'gitea.invalid', message: expect.stringContaining('Owners') as unknown });
  });

  it('reads a team made with per-unit permissions by its code unit', async () => {
    gitea.host.seedRepositories(['units']);
    const id = String(gitea.host.repository('units')?.id);
    const spec: Spec = { name: 'units', teams: { qa: 'write' } };
    const live = gitea.handler.normalize(await gitea.handler.update(id, spec, changesBetween({}, spec))).spec;
    expect(live['teams']).toEqual({ Owners: 'admin', qa: 'write' });
  });

  it('refuses a default branch that does not exist in a repository with content', async () => {
    gitea.host.seedRepositories(['content']);
    const id = String(gitea.host.repository('content')?.id);
    const spec: Spec = { name: 'content', default_branch: 'nope' };
    await expect(gitea.handler.update(id, spec, changesBetween({}, spec))).rejects.toMatchObject({ code: 'gitea.invalid', message: expect.stringContaining('has no branch "nope"') as unknown });
  });

  it('finds repositories by lower-cased name and deletes them (twice is fine)', async () => {
    const created = gitea.handler.normalize(await gitea.handler.create({ name: 'Mixed-Case' }));
    expect(gitea.handler.naturalKey(created.spec)).toBe('mixed-case');
    await gitea.handler.delete(created.id);
    expect(gitea.host.repositoryNames()).toEqual([]);
    await gitea.handler.delete(created.id);
    expect(await gitea.handler.read(created.id)).toBeUndefined();
  });

  it('answers 409 as gitea.conflict when the name is taken', async () => {
    gitea.host.seedRepositories(['taken']);
    await expect(gitea.handler.create({ name: 'taken' })).rejects.toMatchObject({ code: 'gitea.conflict' });
  });
});
