// Listing through the gitea provider: every page at the largest size, and per-repository
// settings read only for the repositories and fields a scope names.
import { afterEach, describe, expect, it } from 'vitest';
import type { ListScope } from '../../../src/resources/provider-contract.js';
import { startGitea, type GiteaFixture } from './gitea-fixture.js';

const names = Array.from({ length: 120 }, (_, i) => `repo-${String(i + 1).padStart(4, '0')}`);

function scopeOf(entries: Record<string, string[]>): ListScope {
  return { details: new Map(Object.entries(entries).map(([key, fields]) => [key, new Set(fields)])) };
}

describe('gitea list', () => {
  let gitea: GiteaFixture | undefined;
  afterEach(async () => {
    await gitea?.close();
    gitea = undefined;
  });

  it('reads every repository over three pages of 50, and everything of each without a scope', async () => {
    gitea = await startGitea();
    gitea.host.seedRepositories(names, { protectedBranch: 'main', webhooks: 2 });
    const raws = await gitea.handler.list();
    expect(raws).toHaveLength(120);
    const first = gitea.handler.normalize(raws[0] ?? { id: '', data: undefined });
    expect(first.spec).toMatchObject({
      name: 'repo-0001',
      branch_protection: { main: { required_reviews: 1, required_status_checks: ['ci/build'] } },
      webhooks: [{ url: 'https://hooks.example.test/repo-0001/1', events: ['push'] }, { url: 'https://hooks.example.test/repo-0001/2', events: ['push'] }],
      collaborators: {},
      teams: { Owners: 'admin' },
    });
    expect(gitea.host.emulator.counts()).toEqual({
      'GET /api/v1/orgs/:org': 1,
      'GET /api/v1/orgs/:org/repos': 3,
      'GET /api/v1/repos/:owner/:repo/branch_protections': 120,
      'GET /api/v1/repos/:owner/:repo/collaborators': 120,
      'GET /api/v1/repos/:owner/:repo/hooks': 120,
      'GET /api/v1/repos/:owner/:repo/teams': 120,
    });
    expect(new Set(raws.map((raw) => raw.id)).size).toBe(120);
  });

  it('reads per-repository settings only for repositories in scope, and only the fields managed there', async () => {
    gitea = await startGitea();
    gitea.host.seedRepositories(names, { protectedBranch: 'main', webhooks: 2 });
    gitea.host.repository('repo-0003')?.collaborators.set(gitea.host.store.userByName('dave')?.id ?? 0, 'write');
    const raws = await gitea.handler.list(scopeOf({ 'repo-0001': ['description', 'branch_protection'], 'repo-0002': ['webhooks', 'topics'], 'repo-0003': ['collaborators'], 'not-there': ['teams'] }));
    expect(raws).toHaveLength(120);
    const spec = (name: string): Record<string, unknown> => gitea?.handler.normalize(raws.find((raw) => gitea?.handler.normalize(raw).spec['name'] === name) ?? { id: '', data: undefined }).spec ?? {};
    expect(Object.keys(spec('repo-0001'))).toContain('branch_protection');
    expect(Object.keys(spec('repo-0001'))).not.toContain('webhooks');
    expect(Object.keys(spec('repo-0002'))).toContain('webhooks');
    expect(spec('repo-0003')['collaborators']).toEqual({ dave: 'write' });
    for (const field of ['branch_protection', 'webhooks', 'collaborators', 'teams']) expect(Object.keys(spec('repo-0100'))).not.toContain(field);
    expect(gitea.host.emulator.counts()).toEqual({
      'GET /api/v1/orgs/:org': 1,
      'GET /api/v1/orgs/:org/repos': 3,
      'GET /api/v1/repos/:owner/:repo/branch_protections': 1,
      'GET /api/v1/repos/:owner/:repo/collaborators': 1,
      'GET /api/v1/repos/:owner/:repo/collaborators/:collaborator/permission': 1,
      'GET /api/v1/repos/:owner/:repo/hooks': 1,
    });
  });

  it('keeps at most max_concurrency requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const original = globalThis.fetch;
    // Counts around the real fetch, which mosaic's fetch takes when the provider starts.
    globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        return await original(...args);
      } finally {
        inFlight -= 1;
      }
    };
    try {
      gitea = await startGitea({ settings: { max_concurrency: 3 } });
    } finally {
      globalThis.fetch = original;
    }
    gitea.host.seedRepositories(names.slice(0, 30), { webhooks: 1 });
    gitea.host.emulator.latencyMs = 5;
    await gitea.handler.list();
    expect(most).toBe(3);
  });

  it('lists the token user\'s own repositories when the owner is that user, with no teams and no team requests', async () => {
    gitea = await startGitea({ owner: 'mosaic-bot' });
    await gitea.handler.create({ name: 'mine', teams: {} });
    // A repository of an organization the user belongs to is not the user's.
    const organization = gitea.host.store.addOrganization('elsewhere', gitea.host.doer);
    gitea.host.store.addRepository(organization.id, 'theirs');
    gitea.host.emulator.resetCounts();
    const raws = await gitea.handler.list();
    expect(raws.map((raw) => gitea?.handler.normalize(raw).spec['name'])).toEqual(['mine']);
    expect(raws.map((raw) => gitea?.handler.normalize(raw).spec['teams'])).toEqual([{}]);
    expect(gitea.host.emulator.counts()['GET /api/v1/repos/:owner/:repo/teams']).toBeUndefined();
    expect(gitea.host.emulator.counts()['GET /api/v1/user/repos']).toBe(1);
  });

  it('uses the token user when no owner is set', async () => {
    gitea = await startGitea({ owner: 'mosaic-bot', settings: { owner: undefined } });
    const created = gitea.handler.normalize(await gitea.handler.create({ name: 'solo' }));
    expect(created.spec['name']).toBe('solo');
    expect(gitea.host.store.repositoriesOf(gitea.host.doer.id).map((r) => r.name)).toEqual(['solo']);
  });

  it('rejects teams on a user\'s repository', async () => {
    gitea = await startGitea({ owner: 'mosaic-bot' });
    await expect(gitea.handler.create({ name: 'lonely', teams: { developers: 'write' } })).rejects.toMatchObject({ code: 'gitea.invalid', message: expect.stringContaining('only an organization') as unknown });
  });

  it('lists another user\'s repositories but refuses to create for them', async () => {
    gitea = await startGitea({ settings: { owner: 'erin' } });
    gitea.host.store.addRepository(gitea.host.store.userByName('erin')?.id ?? 0, 'erins');
    const raws = await gitea.handler.list(scopeOf({}));
    expect(raws.map((raw) => gitea?.handler.normalize(raw).spec['name'])).toEqual(['erins']);
    await expect(gitea.handler.create({ name: 'for-erin' })).rejects.toMatchObject({ code: 'gitea.forbidden', setting: 'owner' });
  });

  it('reports an owner that is neither an organization nor a user as gitea.not-found', async () => {
    gitea = await startGitea({ settings: { owner: 'ghost' } });
    await expect(gitea.handler.list()).rejects.toMatchObject({ code: 'gitea.not-found', message: expect.stringContaining('ghost') as unknown });
  });
});
