// Listing through the provider: pages of 100, per-project settings read only for the projects
// and fields a scope names, conditional requests on the next run, bounded concurrency.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ListScope } from '../../../src/resources/provider-contract.js';
import { startGitlabFixture, type GitlabFixture } from './gitlab-fixture.js';

const total = 205;
const names = Array.from({ length: total }, (_, i) => `svc-${String(i).padStart(3, '0')}`);
const detailRoutes = ['GET /api/v4/projects/:id/protected_branches', 'GET /api/v4/projects/:id/hooks', 'GET /api/v4/projects/:id/members'];

describe('gitlab list', () => {
  let fixture: GitlabFixture;

  beforeEach(async () => {
    fixture = await startGitlabFixture();
    fixture.hosted.seedRepositories(names, { protectedBranch: 'main', webhooks: 2 });
  });

  afterEach(async () => {
    await fixture.close();
  });

  const counts = (): Record<string, number> => fixture.hosted.emulator.counts();

  it('reads everything without a scope: three pages, and every project’s settings', async () => {
    const listed = await fixture.repositories.list();
    expect(listed.map((raw) => fixture.repositories.normalize(raw).spec['name'])).toEqual(names);
    expect(counts()['GET /api/v4/groups/:id/projects']).toBe(3);
    for (const route of detailRoutes) expect(counts()[route], route).toBe(total);
    const first = fixture.repositories.normalize(listed[0] ?? { id: '', data: undefined }).spec;
    expect(first['webhooks']).toHaveLength(2);
    expect(Object.keys(first['branch_protection'] as object)).toEqual(['main']);
    expect(first['collaborators']).toEqual({});
  });

  it('reads per-project settings only for the projects and fields the scope names', async () => {
    const scope: ListScope = {
      details: new Map([
        ['svc-007', new Set(['description', 'webhooks'])],
        ['svc-150', new Set(['branch_protection', 'collaborators', 'teams'])],
        ['not-there-yet', new Set(['webhooks'])],
      ]),
    };
    const listed = await fixture.repositories.list(scope);
    expect(listed).toHaveLength(total);
    expect(counts()).toEqual({
      'GET /api/v4/groups/:id/projects': 3,
      'GET /api/v4/projects/:id/hooks': 1,
      'GET /api/v4/projects/:id/protected_branches': 1,
      'GET /api/v4/projects/:id/members': 1,
    });
    const byName = new Map(listed.map((raw) => [String(fixture.repositories.normalize(raw).spec['name']), fixture.repositories.normalize(raw).spec]));
    expect(Object.keys(byName.get('svc-007') ?? {})).toContain('webhooks');
    expect(Object.keys(byName.get('svc-007') ?? {})).not.toContain('branch_protection');
    expect(Object.keys(byName.get('svc-150') ?? {})).toEqual(expect.arrayContaining(['branch_protection', 'collaborators', 'teams']));
    // Shallow projects still carry what the project list gives for free, teams included.
    expect(byName.get('svc-001')).toMatchObject({ name: 'svc-001', default_branch: 'main', teams: {} });
    expect(Object.keys(byName.get('svc-001') ?? {})).not.toContain('webhooks');
  });

  it('matches scope keys case-insensitively, as GitLab paths are', async () => {
    fixture.hosted.seedRepositories(['Mixed-Case']);
    await fixture.repositories.list({ details: new Map([[fixture.repositories.naturalKey({ name: 'MIXED-case' }), new Set(['webhooks'])]]) });
    expect(counts()['GET /api/v4/projects/:id/hooks']).toBe(1);
  });

  it('asks again with If-None-Match on the next run and gets 304s for what did not change', async () => {
    const scope: ListScope = { details: new Map([['svc-001', new Set(['webhooks'])]]) };
    await fixture.repositories.list(scope);
    const cold = fixture.traffic.counts()['gitlab-test'];
    fixture.hosted.setDescription('svc-204', 'changed');
    const listed = await fixture.repositories.list(scope);
    const warm = fixture.traffic.counts()['gitlab-test'];
    expect(cold?.not_modified).toBe(0);
    // Pages 1 and 2 and the hooks are unchanged; page 3 holds the changed project.
    expect((warm?.not_modified ?? 0) - (cold?.not_modified ?? 0)).toBe(3);
    expect((warm?.requests ?? 0) - (cold?.requests ?? 0)).toBe(4);
    const changed = listed.map((raw) => fixture.repositories.normalize(raw).spec).find((spec) => spec['name'] === 'svc-204');
    expect(changed?.['description']).toBe('changed');
    // GitLab counts a 304 against the rate limit.
    expect(warm?.rate_limited).toBe(warm?.requests);
    expect(warm?.rate_limit?.limit).toBe(2000);
  });

  it('keeps at most max_concurrency per-project reads in flight', async () => {
    const other = await fixture.startProvider({ max_concurrency: 2 });
    let inFlight = 0;
    let peak = 0;
    fixture.hosted.emulator.latencyMs = 5;
    const stop = fixture.hosted.emulator.onResponse(() => {
      inFlight -= 1;
    });
    // The framework keeps its http.Server private; counting requests as they arrive needs it.
    const server = (fixture.hosted.emulator as unknown as { server: import('node:http').Server }).server;
    server.prependListener('request', () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
    });
    await other.handlers.repository?.list({ details: new Map(names.slice(0, 12).map((name) => [name, new Set(['webhooks', 'collaborators'])])) });
    stop();
    expect(peak).toBe(2);
  });
});
