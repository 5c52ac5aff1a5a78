// The GitHub emulator checked against GitHub's official OpenAPI description: the provider
// drives every route it uses (plus the few the provider does not), each JSON answer is
// validated with ajv, and pagination, ETags / 304, rate-limit headers, 401s and request
// counts behave as api.github.com's do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseRecord } from '../framework/emulator.js';
import { loadApiDescription, type ApiDescription } from '../framework/api-description.js';
import { startGithubFixture, testToken, type GithubFixture } from '../../providers/github/github-fixture.js';

const descriptionFile = new URL('../../../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url).pathname;

/** /repos/:owner/:repo/git/ref/*ref -> /repos/{owner}/{repo}/git/ref/{ref} */
function templateOf(route: string): string {
  return route.replace(/[:*]([A-Za-z_]+)/g, '{$1}');
}

/** Problems of one recorded answer; errors the operation does not document are GitHub's generic shapes. */
function checkRecord(description: ApiDescription, record: ResponseRecord): string[] {
  if (record.body === undefined || record.status === 204 || record.status === 304) return [];
  const template = templateOf(record.route);
  if (description.documents(record.method, template, record.status)) return description.check(record.method, template, record.status, record.body);
  if (record.status === 422) return description.check('POST', '/orgs/{org}/repos', 422, record.body);
  if (record.status >= 400) return description.check('GET', '/user', 403, record.body);
  return [`${record.method} ${template} ${String(record.status)} is not in the description`];
}

const fullSpec = {
  name: 'shapes',
  description: 'every field',
  visibility: 'private',
  default_branch: 'main',
  topics: ['api', 'shapes'],
  homepage: 'https://shapes.example',
  archived: false,
  features: { issues: true, wiki: false, projects: true },
  merge: { merge_commit: false, squash: true, rebase: true, delete_branch_on_merge: true },
  branch_protection: {
    main: { required_reviews: 2, dismiss_stale_reviews: true, require_code_owner_reviews: true, required_status_checks: ['ci/build'], strict_status_checks: true, enforce_admins: true, linear_history: true, allow_force_pushes: false, allow_deletions: false },
  },
  webhooks: [{ url: 'https://ci.example.com/hook', events: ['push'], active: true, content_type: 'json', secret: 'hook-secret' }],
  collaborators: { octocat: 'write', 'outside-contributor': 'read' },
  teams: { developers: 'maintain' },
};

describe('GitHub emulator', () => {
  let description: ApiDescription;
  let fixture: GithubFixture;
  const records: ResponseRecord[] = [];

  beforeAll(async () => {
    description = loadApiDescription(descriptionFile);
    fixture = await startGithubFixture();
    fixture.hosted.emulator.onResponse((record) => records.push(record));
  });
  afterAll(() => fixture.close());

  const api = (path: string, init: Omit<RequestInit, 'headers'> & { headers?: Record<string, string> } = {}, token: string | null = testToken): Promise<Response> =>
    fetch(`${fixture.hosted.emulator.url}${path}`, { ...init, headers: { ...(token ? { authorization: `token ${token}` } : {}), 'content-type': 'application/json', ...init.headers } });

  it('answers every route the provider uses in shapes the official description accepts', async () => {
    const { repositories, provider } = fixture;
    fixture.hosted.seedRepositories(['seeded-one', 'seeded-two'], { protectedBranch: 'main', webhooks: 2 });
    const created = await repositories.create(fullSpec);
    await repositories.list();
    await repositories.read(created.id);
    expect(await repositories.read('no-such-repository')).toBeUndefined();
    await provider.health();
    // Changes that reach the remaining routes: a new branch, hooks and people removed under
    // exclusive ownership, an invitation's permission changed, archiving, renaming.
    const changed = {
      ...fullSpec,
      default_branch: 'trunk',
      webhooks: [
        { ...fullSpec.webhooks[0], events: ['push', 'pull_request'], active: false },
        { url: 'https://chat.example.com/hook', events: ['issues'], active: false, content_type: 'form' },
      ],
      collaborators: { hubot: 'triage', 'outside-contributor': 'maintain' },
      teams: { security: 'read' },
      ownership: { webhooks: 'exclusive', collaborators: 'exclusive', teams: 'exclusive' },
      branch_protection: { trunk: fullSpec.branch_protection.main },
    } as const;
    const fields = ['default_branch', 'webhooks', 'collaborators', 'teams', 'branch_protection'].map((field) => ({ field }));
    await repositories.update(created.id, changed, fields);
    await repositories.update(created.id, { ...changed, collaborators: { hubot: 'triage' }, webhooks: [changed.webhooks[1]] }, [{ field: 'collaborators' }, { field: 'webhooks' }]);
    const renamed = await repositories.update(created.id, { name: 'shapes-renamed', archived: true }, [{ field: 'name' }, { field: 'archived' }]);
    expect(renamed.id).toBe('shapes-renamed');
    await repositories.delete(renamed.id);
    // Routes the provider does not call, answered all the same.
    await api('/repos/mosaic-org/seeded-one/branches/main/protection', { method: 'DELETE' });
    await api('/repos/mosaic-org/seeded-one/branches/main/protection');
    await api('/repos/mosaic-org/seeded-one/topics');
    await api('/repos/mosaic-org/seeded-one/git/ref/heads/nope');
    await api('/rate_limit');
    await api('/user');
    await api('/orgs/mosaic-org/repos', { method: 'POST', body: JSON.stringify({ name: 'seeded-one' }) });
    await api('/repos/mosaic-org/seeded-one/hooks', { method: 'POST', body: JSON.stringify({ config: { url: 'https://hooks.example.com/seeded-one/1' } }) });
    await api('/user', {}, null);
    await api('/user', {}, 'wrong-token');

    const routes = new Set(records.map((r) => `${r.method} ${r.route}`));
    for (const route of [
      'GET /orgs/:org/repos', 'POST /orgs/:org/repos', 'GET /repos/:owner/:repo', 'PATCH /repos/:owner/:repo', 'DELETE /repos/:owner/:repo',
      'PUT /repos/:owner/:repo/topics', 'GET /repos/:owner/:repo/branches', 'GET /repos/:owner/:repo/git/ref/*ref', 'POST /repos/:owner/:repo/git/refs',
      'GET /repos/:owner/:repo/branches/:branch/protection', 'PUT /repos/:owner/:repo/branches/:branch/protection',
      'GET /repos/:owner/:repo/hooks', 'POST /repos/:owner/:repo/hooks', 'PATCH /repos/:owner/:repo/hooks/:hook_id', 'DELETE /repos/:owner/:repo/hooks/:hook_id',
      'GET /repos/:owner/:repo/collaborators', 'PUT /repos/:owner/:repo/collaborators/:username', 'DELETE /repos/:owner/:repo/collaborators/:username',
      'GET /repos/:owner/:repo/invitations', 'PATCH /repos/:owner/:repo/invitations/:invitation_id', 'DELETE /repos/:owner/:repo/invitations/:invitation_id',
      'GET /repos/:owner/:repo/teams', 'PUT /orgs/:org/teams/:team_slug/repos/:owner/:repo', 'DELETE /orgs/:org/teams/:team_slug/repos/:owner/:repo',
      'GET /orgs/:org',
    ]) {
      expect(routes.has(route), route).toBe(true);
    }
    const problems = records.flatMap((record) => checkRecord(description, record));
    expect(problems).toEqual([]);
    expect(records.filter((r) => r.body !== undefined && r.status !== 304).length).toBeGreaterThan(40);
    expect(records.filter((r) => r.status === 401)).toHaveLength(2);
    expect(records.some((r) => r.status === 422)).toBe(true);
  });

  it('answers a user account’s routes in the official shapes', async () => {
    const user = await startGithubFixture({ ownerType: 'user', owner: 'mona' }, {});
    const own: ResponseRecord[] = [];
    user.hosted.emulator.onResponse((record) => own.push(record));
    try {
      const created = await user.repositories.create({ name: 'dotfiles', visibility: 'public', description: 'mine' });
      await user.repositories.list();
      await user.provider.health();
      await user.repositories.delete(created.id);
      expect(new Set(own.map((r) => `${r.method} ${r.route}`))).toEqual(new Set(['POST /user/repos', 'GET /repos/:owner/:repo', 'GET /user/repos', 'GET /repos/:owner/:repo/branches', 'GET /repos/:owner/:repo/branches/:branch/protection', 'GET /repos/:owner/:repo/hooks', 'GET /repos/:owner/:repo/collaborators', 'GET /repos/:owner/:repo/invitations', 'GET /user', 'GET /rate_limit', 'DELETE /repos/:owner/:repo']));
      expect(own.flatMap((record) => checkRecord(description, record))).toEqual([]);
    } finally {
      await user.close();
    }
  });

  it('catches a body that does not match the description', () => {
    const hook = records.find((r) => r.method === 'POST' && r.route === '/repos/:owner/:repo/hooks' && r.status === 201);
    expect(hook).toBeDefined();
    const broken = { ...(hook?.body as Record<string, unknown>) };
    delete broken['config'];
    broken['active'] = 'yes';
    const problems = description.check('POST', '/repos/{owner}/{repo}/hooks', 201, broken);
    expect(problems.join('\n')).toContain("must have required property 'config'");
    expect(problems.join('\n')).toContain('/active must be boolean');
    const listed = records.find((r) => r.method === 'GET' && r.route === '/orgs/:org/repos' && r.status === 200);
    const repos = (listed?.body as Record<string, unknown>[]).map((repo) => ({ ...repo, owner: undefined }));
    expect(description.check('GET', '/orgs/{org}/repos', 200, JSON.parse(JSON.stringify(repos)))).not.toEqual([]);
  });

  it('paginates like GitHub: 30 by default, at most 100, with first/prev/next/last links', async () => {
    const hosted = fixture.hosted;
    hosted.seedRepositories(Array.from({ length: 250 }, (_, i) => `paged-${String(i).padStart(3, '0')}`));
    const total = hosted.repositoryNames().length;
    const pages: string[][] = [];
    let path: string | undefined = '/orgs/mosaic-org/repos?per_page=1000&sort=full_name';
    while (path !== undefined) {
      const answer = await api(path);
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { name: string }[];
      pages.push(body.map((r) => r.name));
      const link = answer.headers.get('link') ?? '';
      if (pages.length === 1) expect(link).toMatch(/rel="last"/);
      if (pages.length > 1) expect(link).toMatch(/rel="prev"/);
      const next = /<([^>]+)>; rel="next"/.exec(link)?.[1];
      path = next === undefined ? undefined : new URL(next).pathname + new URL(next).search;
    }
    expect(pages.length).toBe(Math.ceil(total / 100));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]).toHaveLength(100);
    const names = pages.flat();
    expect(new Set(names).size).toBe(total);
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    const byDefault = (await (await api('/orgs/mosaic-org/repos')).json()) as unknown[];
    expect(byDefault).toHaveLength(30);
  });

  it('answers a matching If-None-Match with a 304 that does not count against the rate limit', async () => {
    const path = '/repos/mosaic-org/seeded-two/hooks';
    const first = await api(path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/);
    const remaining = Number(first.headers.get('x-ratelimit-remaining'));
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(first.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(first.headers.get('x-ratelimit-used')) + remaining).toBe(5000);
    const counted = fixture.hosted.emulator.rateLimitedCount();
    const again = await api(path, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(Number(again.headers.get('x-ratelimit-remaining'))).toBe(remaining);
    expect(fixture.hosted.emulator.rateLimitedCount()).toBe(counted);
    // A change makes the old ETag stale.
    await api(path, { method: 'POST', body: JSON.stringify({ config: { url: 'https://new.example/hook' } }) });
    const changed = await api(path, { headers: { 'if-none-match': etag ?? '' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    // Writes carry no ETag.
    expect((await api('/repos/mosaic-org/seeded-two/topics', { method: 'PUT', body: JSON.stringify({ names: ['x'] }) })).headers.get('etag')).toBeNull();
  });

  it('refuses requests without the token, or with another, with GitHub’s 401 bodies', async () => {
    const missing = await api('/orgs/mosaic-org/repos', {}, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ message: 'Requires authentication', documentation_url: expect.stringContaining('docs.github.com') as unknown });
    const wrong = await api('/orgs/mosaic-org/repos', {}, 'ghp_wrong');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ message: 'Bad credentials', status: '401' });
    const bearer = await fetch(`${fixture.hosted.emulator.url}/orgs/mosaic-org`, { headers: { authorization: `Bearer ${testToken}` } });
    expect(bearer.status).toBe(200);
  });

  it('answers 404 and 422 with GitHub’s error bodies', async () => {
    const missing = await api('/repos/mosaic-org/nothing-here');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ message: 'Not Found', status: '404' });
    const unprotected = await api('/repos/mosaic-org/seeded-two/branches/main/protection');
    expect(unprotected.status).toBe(200);
    await api('/repos/mosaic-org/seeded-two/branches/main/protection', { method: 'DELETE' });
    expect(await (await api('/repos/mosaic-org/seeded-two/branches/main/protection')).json()).toMatchObject({ message: 'Branch not protected' });
    expect(await (await api('/repos/mosaic-org/seeded-two/branches/nope/protection')).json()).toMatchObject({ message: 'Branch not found' });
    const exists = await api('/orgs/mosaic-org/repos', { method: 'POST', body: JSON.stringify({ name: 'SEEDED-TWO' }) });
    expect(exists.status).toBe(422);
    const body = (await exists.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ message: 'Repository creation failed.', errors: [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' }] });
    expect(description.check('POST', '/orgs/{org}/repos', 422, body)).toEqual([]);
  });

  it('refuses with 403 once an enforced budget is spent', async () => {
    const small = await startGithubFixture({ rateLimit: 2, enforceRateLimit: true });
    try {
      const url = `${small.hosted.emulator.url}/orgs/mosaic-org`;
      const headers = { authorization: `token ${testToken}` };
      expect((await fetch(url, { headers })).status).toBe(200);
      expect((await fetch(url, { headers })).status).toBe(200);
      const refused = await fetch(url, { headers });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
      expect(description.check('GET', '/user', 403, await refused.json())).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('counts requests by route', async () => {
    const emulator = fixture.hosted.emulator;
    emulator.resetCounts();
    const scope = { details: new Map([['seeded-one', new Set(['webhooks', 'branch_protection.main'])]]) };
    await fixture.repositories.list(scope);
    const pages = Math.ceil(fixture.hosted.repositoryNames().length / 100);
    expect(emulator.counts()).toEqual({
      'GET /orgs/:org/repos': pages,
      'GET /repos/:owner/:repo/hooks': 1,
      'GET /repos/:owner/:repo/branches/:branch/protection': 1,
    });
    expect(emulator.totalRequests()).toBe(pages + 2);
  });

  it('seeds 10,000 repositories in one go', () => {
    const hosted = fixture.hosted;
    const before = hosted.repositoryNames().length;
    hosted.seedRepositories(Array.from({ length: 10_000 }, (_, i) => `bulk-${String(i).padStart(5, '0')}`), { protectedBranch: 'main', webhooks: 2 });
    expect(hosted.repositoryNames().length).toBe(before + 10_000);
    const repo = hosted.store.repo('bulk-09999');
    expect(repo?.hooks).toHaveLength(2);
    expect(repo?.protection.has('main')).toBe(true);
  });
});
