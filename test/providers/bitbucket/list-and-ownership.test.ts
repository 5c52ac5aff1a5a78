// Bulk listing (pagination at pagelen=100, per-repository reads only for the repositories and
// fields in the scope, bounded concurrency) and exclusive vs additive ownership of list settings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldChange, Spec } from '../../../src/resources/provider-contract.js';
import { repositoryHandler, specOf, startBitbucket, type BitbucketFixture } from './bitbucket-fixture.js';

let fx: BitbucketFixture;
beforeEach(async () => {
  fx = await startBitbucket();
});
afterEach(async () => {
  await fx.close();
});

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `repo-${String(i).padStart(4, '0')}`);
const subResourceRoutes = [
  'GET /2.0/repositories/:workspace/:repo_slug/branch-restrictions',
  'GET /2.0/repositories/:workspace/:repo_slug/hooks',
  'GET /2.0/repositories/:workspace/:repo_slug/permissions-config/users',
  'GET /2.0/repositories/:workspace/:repo_slug/permissions-config/groups',
];

describe('bitbucket list', () => {
  it('pages through 230 repositories at pagelen=100 and reads nothing else without details', async () => {
    fx.hosted.seedRepositories(names(230), { protectedBranch: 'main', webhooks: 2 });
    fx.emulator.resetCounts();
    const listed = await fx.handler.list({ details: new Map() });
    expect(listed).toHaveLength(230);
    expect(new Set(listed.map((raw) => fx.handler.normalize(raw).spec['name']))).toEqual(new Set(names(230)));
    expect(fx.emulator.counts()).toEqual({ 'GET /2.0/repositories/:workspace': 3 });
  });

  it('reads sub-resources only for the repositories in the scope, and only the fields named', async () => {
    fx.hosted.seedRepositories(names(120), { protectedBranch: 'main', webhooks: 2 });
    fx.emulator.resetCounts();
    const details = new Map([
      ['repo-0003', new Set(['description', 'webhooks'])],
      ['repo-0100', new Set(['branch_protection', 'collaborators', 'teams'])],
    ]);
    const listed = await fx.handler.list({ details });
    expect(fx.emulator.counts()).toEqual({
      'GET /2.0/repositories/:workspace': 2,
      'GET /2.0/repositories/:workspace/:repo_slug/branch-restrictions': 1,
      'GET /2.0/repositories/:workspace/:repo_slug/hooks': 1,
      'GET /2.0/repositories/:workspace/:repo_slug/permissions-config/users': 1,
      'GET /2.0/repositories/:workspace/:repo_slug/permissions-config/groups': 1,
    });
    const byName = new Map(listed.map((raw) => [fx.handler.normalize(raw).spec['name'], fx.handler.normalize(raw).spec]));
    expect(byName.get('repo-0003')?.['webhooks']).toHaveLength(2);
    expect(byName.get('repo-0003')?.['branch_protection']).toBeUndefined();
    expect(byName.get('repo-0100')?.['branch_protection']).toEqual({
      main: { required_reviews: 1, dismiss_stale_reviews: false, require_code_owner_reviews: false, required_status_checks: ['build-1'], strict_status_checks: false, linear_history: false, allow_force_pushes: true, allow_deletions: true },
    });
    expect(byName.get('repo-0050')).not.toHaveProperty('webhooks');
  });

  it('reads every sub-resource of every repository without a scope, and counts it all in the meter', async () => {
    fx.hosted.seedRepositories(names(5), { webhooks: 1 });
    fx.emulator.resetCounts();
    await fx.handler.list();
    const counts = fx.emulator.counts();
    for (const route of subResourceRoutes) expect(counts[route]).toBe(5);
    expect(fx.traffic.counts()['bb']?.requests).toBe(fx.emulator.totalRequests());
  });

  it('answers a second list from 304s (conditional requests), which still count as requests', async () => {
    fx.hosted.seedRepositories(names(3));
    await fx.handler.list({ details: new Map() });
    const before = fx.traffic.counts()['bb'];
    await fx.handler.list({ details: new Map() });
    const after = fx.traffic.counts()['bb'];
    expect((after?.not_modified ?? 0) - (before?.not_modified ?? 0)).toBe(1);
    expect((after?.rate_limited ?? 0) - (before?.rate_limited ?? 0)).toBe(1);
  });

  const peakInFlight = async (maxConcurrency: number): Promise<number> => {
    const provider = await fx.withSettings({ max_concurrency: maxConcurrency });
    fx.hosted.seedRepositories(names(8), { webhooks: 1 });
    await repositoryHandler(provider).list({ details: new Map() });
    fx.emulator.resetCounts();
    fx.emulator.latencyMs = 10;
    let answered = 0;
    let peak = 0;
    const stop = fx.emulator.onResponse(() => {
      answered += 1;
    });
    // Requests the server has received but not answered yet, sampled while the list runs.
    const sampler = setInterval(() => {
      peak = Math.max(peak, fx.emulator.totalRequests() - answered);
    }, 1);
    await repositoryHandler(provider).list({ details: new Map(names(8).map((n) => [n, new Set(['webhooks', 'teams'])])) });
    clearInterval(sampler);
    stop();
    fx.emulator.latencyMs = 0;
    return peak;
  };

  it('keeps at most max_concurrency sub-resource requests in flight', async () => {
    expect(await peakInFlight(2)).toBeLessThanOrEqual(2);
  });

  it('runs sub-resource requests in parallel up to the default of 16', async () => {
    expect(await peakInFlight(16)).toBeGreaterThan(2);
  });
});

describe('bitbucket ownership', () => {
  const created = async (spec: Spec): Promise<string> => (await fx.handler.create(spec)).id;
  const update = async (id: string, spec: Spec, fields: string[]): Promise<Spec> => {
    const changes: FieldChange[] = fields.map((field) => ({ field, after: spec[field] }));
    return specOf(fx.handler, await fx.handler.update(id, spec, changes));
  };

  it('removes webhooks the spec does not list by default (exclusive) and keeps them when additive', async () => {
    const id = await created({ name: 'hooks', webhooks: [{ url: 'https://a.example/h', events: ['push'] }, { url: 'https://b.example/h', events: ['push'] }] });
    const additive = { name: 'hooks', ownership: { webhooks: 'additive' }, webhooks: [{ url: 'https://a.example/h', events: ['push'] }] };
    expect((await update(id, additive, ['webhooks']))['webhooks']).toHaveLength(2);
    const exclusive = { name: 'hooks', webhooks: [{ url: 'https://a.example/h', events: ['push'] }] };
    expect((await update(id, exclusive, ['webhooks']))['webhooks']).toEqual([{ url: 'https://a.example/h', events: ['push'], active: true, content_type: 'json' }]);
  });

  it('keeps collaborators and teams the spec does not list by default (additive) and removes them when exclusive', async () => {
    const id = await created({ name: 'people', collaborators: { alice: 'write', bob: 'read' }, teams: { developers: 'write', qa: 'read' } });
    const additive = { name: 'people', collaborators: { alice: 'admin' }, teams: { developers: 'read' } };
    expect(await update(id, additive, ['collaborators', 'teams'])).toMatchObject({ collaborators: { alice: 'admin', bob: 'read' }, teams: { developers: 'read', qa: 'read' } });
    const exclusive = { ...additive, ownership: { collaborators: 'exclusive', teams: 'exclusive' } };
    expect(await update(id, exclusive, ['collaborators', 'teams'])).toMatchObject({ collaborators: { alice: 'admin' }, teams: { developers: 'read' } });
  });

  it('leaves branches the spec does not list, and restriction kinds mosaic does not manage', async () => {
    const id = await created({ name: 'guarded', branch_protection: { main: { required_reviews: 1 }, release: { allow_deletions: false } } });
    const repo = fx.hosted.store.findRepository('guarded');
    if (!repo) throw new Error('no repo');
    fx.hosted.store.addRestriction(repo, { kind: 'push', branchMatchKind: 'glob', pattern: 'main', branchType: undefined, value: null, users: [], groups: [] });
    const spec = { name: 'guarded', branch_protection: { main: { required_reviews: 0, allow_force_pushes: false } } };
    const live = await update(id, spec, ['branch_protection']);
    expect(repo.restrictions.map((r) => `${r.pattern}:${r.kind}`).sort()).toEqual(['main:force', 'main:push', 'release:delete']);
    expect(live['branch_protection']).toMatchObject({ main: { required_reviews: 0, allow_force_pushes: false }, release: { allow_deletions: false } });
  });

  it('names a collaborator who is not a workspace member', async () => {
    const id = await created({ name: 'people' });
    const spec = { name: 'people', collaborators: { mallory: 'read' } };
    await expect(fx.handler.update(id, spec, [{ field: 'collaborators', after: spec.collaborators }])).rejects.toMatchObject({ code: 'bitbucket.invalid', message: expect.stringContaining('mallory') as unknown });
  });
});
