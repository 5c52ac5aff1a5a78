// Refresh cost: the repository list in pages of 100, per-repository settings read only for
// the repositories (and fields) in the scope, and a warm refresh answered by free 304s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListScope } from '../../../src/resources/provider-contract.js';
import { startGithubFixture, type GithubFixture } from './github-fixture.js';

const seeded = Array.from({ length: 130 }, (_, i) => `svc-${String(i).padStart(3, '0')}`);

function scopeOf(entries: Record<string, readonly string[]>): ListScope {
  return { details: new Map(Object.entries(entries).map(([key, fields]) => [key, new Set(fields)])) };
}

describe('github repository list', () => {
  let f: GithubFixture;
  beforeAll(async () => {
    f = await startGithubFixture();
    f.hosted.seedRepositories(seeded, { protectedBranch: 'main', webhooks: 2 });
    await f.repositories.create({ name: 'Mixed-Case', collaborators: { octocat: 'write' }, teams: { developers: 'read' } });
  });
  afterAll(() => f.close());

  const countsOf = async (scope?: ListScope): Promise<Record<string, number>> => {
    f.hosted.emulator.resetCounts();
    const raws = await f.repositories.list(scope);
    expect(raws).toHaveLength(seeded.length + 1);
    return f.hosted.emulator.counts();
  };

  it('reads every setting of every repository without a scope', async () => {
    const { repositories } = await f.connect();
    f.hosted.emulator.resetCounts();
    const live = (await repositories.list()).map((raw) => repositories.normalize(raw));
    const first = live.find((o) => o.id === 'svc-000')?.spec;
    expect(first).toMatchObject({
      merge: { merge_commit: true, squash: true, rebase: true, delete_branch_on_merge: false },
      branch_protection: { main: { required_reviews: 1, required_status_checks: ['ci/build'], strict_status_checks: true } },
      collaborators: {},
      teams: {},
    });
    expect(first?.['webhooks']).toHaveLength(2);
    expect(live.find((o) => o.id === 'Mixed-Case')?.spec).toMatchObject({ collaborators: { octocat: 'write' }, teams: { developers: 'read' } });
    const counts = f.hosted.emulator.counts();
    expect(counts['GET /orgs/:org/repos']).toBe(2);
    expect(counts['GET /repos/:owner/:repo/hooks']).toBe(131);
  });

  it('reads nothing but the list pages for repositories outside the scope', async () => {
    expect(await countsOf(scopeOf({}))).toEqual({ 'GET /orgs/:org/repos': 2 });
    const raws = await f.repositories.list(scopeOf({}));
    const spec = f.repositories.normalize(raws[0] ?? { id: '', data: {} }).spec;
    expect(Object.keys(spec).sort()).toEqual(['archived', 'default_branch', 'description', 'features', 'homepage', 'name', 'topics', 'visibility']);
  });

  it('reads only the settings the scope names, for only the repositories it names', async () => {
    expect(await countsOf(scopeOf({ 'svc-001': ['description', 'webhooks'], 'svc-002': ['topics'] }))).toEqual({
      'GET /orgs/:org/repos': 2,
      'GET /repos/:owner/:repo/hooks': 1,
    });
    expect(await countsOf(scopeOf({ 'svc-001': ['branch_protection.main', 'webhooks'], 'svc-002': ['branch_protection.main', 'branch_protection.release'] }))).toEqual({
      'GET /orgs/:org/repos': 2,
      'GET /repos/:owner/:repo/branches/:branch/protection': 3,
      'GET /repos/:owner/:repo/hooks': 1,
    });
    // Without branch names, the protected branches are listed first.
    expect(await countsOf(scopeOf({ 'svc-001': ['branch_protection'] }))).toEqual({
      'GET /orgs/:org/repos': 2,
      'GET /repos/:owner/:repo/branches': 1,
      'GET /repos/:owner/:repo/branches/:branch/protection': 1,
    });
    // The default branch's rules are asked for alongside that list, and dropped when it is not protected.
    expect(await countsOf(scopeOf({ 'mixed-case': ['branch_protection'] }))).toEqual({
      'GET /orgs/:org/repos': 2,
      'GET /repos/:owner/:repo/branches': 1,
      'GET /repos/:owner/:repo/branches/:branch/protection': 1,
    });
    const unprotected = (await f.repositories.list(scopeOf({ 'mixed-case': ['branch_protection'] }))).find((raw) => raw.id === 'Mixed-Case');
    expect(unprotected && f.repositories.normalize(unprotected).spec['branch_protection']).toEqual({});
    // Merge settings are missing from list answers: one GET of the repository.
    expect(await countsOf(scopeOf({ 'mixed-case': ['merge', 'collaborators', 'teams'] }))).toEqual({
      'GET /orgs/:org/repos': 2,
      'GET /repos/:owner/:repo': 1,
      'GET /repos/:owner/:repo/collaborators': 1,
      'GET /repos/:owner/:repo/invitations': 1,
      'GET /repos/:owner/:repo/teams': 1,
    });
  });

  it('keys the scope by the lower-cased name, as GitHub names are case-insensitive', async () => {
    const raws = await f.repositories.list(scopeOf({ 'mixed-case': ['collaborators'] }));
    const mixed = raws.find((raw) => raw.id === 'Mixed-Case');
    expect(mixed && f.repositories.normalize(mixed).spec['collaborators']).toEqual({ octocat: 'write' });
    expect(f.repositories.naturalKey({ name: 'Mixed-Case' })).toBe('mixed-case');
  });

  it('refreshes warm with 304s that do not count against the rate limit', async () => {
    const { repositories, context } = await f.connect();
    const scope = scopeOf(Object.fromEntries(seeded.map((name) => [name, ['branch_protection.main', 'webhooks']])));
    await repositories.list(scope);
    const cold = context.traffic.counts()['gh'];
    expect(cold).toMatchObject({ requests: 2 + 2 * seeded.length, rate_limited: 2 + 2 * seeded.length, not_modified: 0 });
    const warm = await repositories.list(scope);
    const after = context.traffic.counts()['gh'];
    expect(after?.requests).toBe(2 * (2 + 2 * seeded.length));
    expect(after?.not_modified).toBe(2 + 2 * seeded.length);
    expect(after?.rate_limited).toBe(cold?.rate_limited);
    // The cached answers read back the same.
    expect(warm.map((raw) => repositories.normalize(raw))).toEqual((await repositories.list(scope)).map((raw) => repositories.normalize(raw)));
    expect(after?.rate_limit?.limit).toBe(5000);
  });
});
