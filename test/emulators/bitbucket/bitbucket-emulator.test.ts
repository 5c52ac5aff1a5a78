// The Bitbucket emulator against Bitbucket's official API description: every answer recorded
// while the provider (and a few direct requests) drive every route is checked with ajv; plus
// pagination in the body, conditional GETs, 401 without the token, and request counts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider } from '../../../providers/bitbucket/index.js';
import type { FieldChange, KindHandler, Spec } from '../../../src/resources/provider-contract.js';
import { testContext } from '../../providers/test-context.js';
import { loadApiDescription, officialSpec } from '../framework/api-description.js';
import type { ResponseRecord } from '../framework/emulator.js';
import { createBitbucketHostedEmulator, type BitbucketHostedEmulator } from './index.js';

const description = loadApiDescription(officialSpec('bitbucket/swagger.merged.json'));
const token = 'emulator-test-token';

/** METHOD /2.0/a/:b -> the description's path template /a/{b}. */
const templateOf = (route: string): string => route.replace(/^\/2\.0/, '').replace(/:(\w+)/g, '{$1}');
/** Error bodies of answers the description does not list are checked against its error shape. */
const errorProxy = ['GET', '/repositories/{workspace}/{repo_slug}', 404] as const;

function problemsOf(record: ResponseRecord): string[] {
  if (record.body === undefined || record.status === 304) return [];
  const template = templateOf(record.route);
  if (description.documents(record.method, template, record.status)) return description.check(record.method, template, record.status, record.body);
  if (record.status >= 400) return description.check(...errorProxy, record.body).map((p) => `${record.method} ${template} ${String(record.status)} (as error): ${p}`);
  return [`the description documents no answer ${String(record.status)} to ${record.method} ${template}`];
}

let hosted: BitbucketHostedEmulator;
let handler: KindHandler;
let dir: string;
const records: ResponseRecord[] = [];
const api = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${hosted.emulator.url}/2.0${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) } });

beforeAll(async () => {
  hosted = createBitbucketHostedEmulator({ token, owner: 'acme' });
  await hosted.emulator.start();
  hosted.emulator.onResponse((record) => records.push(record));
  dir = await mkdtemp(join(tmpdir(), 'mosaic-bitbucket-emulator-'));
  const provider = await createProvider(await testContext('bb', { ...hosted.providerSettings(), token }, dir));
  const found = provider.handlers.repository;
  if (!found) throw new Error('no repository handler');
  handler = found;
});

afterAll(async () => {
  await hosted.emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe('bitbucket emulator answers as the official description says', () => {
  it('drives every route the provider uses, and every recorded body conforms', async () => {
    const spec: Spec = {
      name: 'Shapes',
      description: 'checked',
      visibility: 'private',
      default_branch: 'develop',
      homepage: 'https://shapes.example',
      features: { issues: true, wiki: true },
      branch_protection: { main: { required_reviews: 2, dismiss_stale_reviews: true, required_status_checks: ['build-1'], allow_force_pushes: false, allow_deletions: false } },
      webhooks: [{ url: 'https://a.example/hook', events: ['push', 'pull_request'], secret: 's' }, { url: 'https://b.example/hook', events: ['issues'] }],
      collaborators: { alice: 'write', bob: 'read' },
      teams: { developers: 'admin', qa: 'read' },
    };
    const created = await handler.create(spec);
    const next: Spec = {
      ...spec,
      name: 'Shapes-Renamed',
      branch_protection: { main: { required_reviews: 1, dismiss_stale_reviews: false, required_status_checks: [], allow_force_pushes: true, allow_deletions: false } },
      webhooks: [{ url: 'https://a.example/hook', events: ['push'], active: false }],
      collaborators: { alice: 'admin' },
      teams: { developers: 'write' },
      ownership: { collaborators: 'exclusive', teams: 'exclusive' },
    };
    const changes: FieldChange[] = ['name', 'branch_protection', 'webhooks', 'collaborators', 'teams'].map((field) => ({ field, after: next[field] }));
    await handler.update(created.id, next, changes);
    await handler.list();
    expect(await handler.read(created.id)).toBeDefined();
    await handler.list({ details: new Map([['shapes-renamed', new Set(['webhooks'])]]) });
    expect(await handler.read('{00000000-0000-0000-0000-000000000000}')).toBeUndefined();
    await expect(handler.create({ name: 'shapes-renamed' })).rejects.toMatchObject({ code: 'bitbucket.conflict' });

    // The single-object routes the provider does not need, and PUT creating a repository.
    const repo = hosted.store.findRepository('shapes-renamed');
    if (!repo) throw new Error('no repository');
    const path = `/repositories/acme/${repo.slug}`;
    await api(`${path}/branch-restrictions/${String(repo.restrictions[0]?.id)}`);
    await api(`${path}/hooks/${encodeURIComponent(repo.hooks[0]?.uuid ?? '')}`);
    await api(`${path}/permissions-config/users/${encodeURIComponent(hosted.store.members[0]?.accountId ?? '')}`);
    await api(`${path}/permissions-config/groups/developers`);
    await api('/repositories/acme/made-by-put', { method: 'PUT', body: JSON.stringify({ scm: 'git', is_private: true }) });
    await api(`${path}/hooks`, { method: 'POST', body: JSON.stringify({ url: 'https://c.example', events: ['repo:nonsense'] }) });
    await api(`${path}/branch-restrictions`, { method: 'POST', body: JSON.stringify({ kind: 'delete', branch_match_kind: 'glob', pattern: 'main' }) });
    await api(`${path}/permissions-config/users/nobody`, { method: 'PUT', body: JSON.stringify({ permission: 'write' }) });
    await handler.delete(created.id);

    const routes = new Set(records.map((r) => `${r.method} ${r.route} ${String(r.status)}`));
    for (const expected of [
      'GET /2.0/repositories/:workspace 200',
      'POST /2.0/repositories/:workspace/:repo_slug 200',
      'POST /2.0/repositories/:workspace/:repo_slug 400',
      'PUT /2.0/repositories/:workspace/:repo_slug 200',
      'PUT /2.0/repositories/:workspace/:repo_slug 201',
      'GET /2.0/repositories/:workspace/:repo_slug 200',
      'GET /2.0/repositories/:workspace/:repo_slug 404',
      'DELETE /2.0/repositories/:workspace/:repo_slug 204',
      'GET /2.0/repositories/:workspace/:repo_slug/branch-restrictions 200',
      'POST /2.0/repositories/:workspace/:repo_slug/branch-restrictions 201',
      'POST /2.0/repositories/:workspace/:repo_slug/branch-restrictions 409',
      'PUT /2.0/repositories/:workspace/:repo_slug/branch-restrictions/:id 200',
      'DELETE /2.0/repositories/:workspace/:repo_slug/branch-restrictions/:id 204',
      'GET /2.0/repositories/:workspace/:repo_slug/branch-restrictions/:id 200',
      'GET /2.0/repositories/:workspace/:repo_slug/hooks 200',
      'POST /2.0/repositories/:workspace/:repo_slug/hooks 201',
      'POST /2.0/repositories/:workspace/:repo_slug/hooks 400',
      'PUT /2.0/repositories/:workspace/:repo_slug/hooks/:uid 200',
      'DELETE /2.0/repositories/:workspace/:repo_slug/hooks/:uid 204',
      'GET /2.0/repositories/:workspace/:repo_slug/hooks/:uid 200',
      'GET /2.0/repositories/:workspace/:repo_slug/permissions-config/users 200',
      'PUT /2.0/repositories/:workspace/:repo_slug/permissions-config/users/:selected_user_id 200',
      'PUT /2.0/repositories/:workspace/:repo_slug/permissions-config/users/:selected_user_id 404',
      'DELETE /2.0/repositories/:workspace/:repo_slug/permissions-config/users/:selected_user_id 204',
      'GET /2.0/repositories/:workspace/:repo_slug/permissions-config/users/:selected_user_id 200',
      'GET /2.0/repositories/:workspace/:repo_slug/permissions-config/groups 200',
      'PUT /2.0/repositories/:workspace/:repo_slug/permissions-config/groups/:group_slug 200',
      'DELETE /2.0/repositories/:workspace/:repo_slug/permissions-config/groups/:group_slug 204',
      'GET /2.0/repositories/:workspace/:repo_slug/permissions-config/groups/:group_slug 200',
      'GET /2.0/workspaces/:workspace/members 200',
    ]) {
      expect(routes.has(expected), expected).toBe(true);
    }
    const problems = records.flatMap(problemsOf);
    expect(problems).toEqual([]);
    expect(records.length).toBeGreaterThan(40);
  });

  it('bites on a wrong body', () => {
    const repository = records.find((r) => r.method === 'GET' && r.route === '/2.0/repositories/:workspace/:repo_slug' && r.status === 200);
    if (!repository) throw new Error('no repository answer recorded');
    const wrong = { ...(repository.body as object), is_private: 'yes', links: { self: { href: 'x' }, branches: { href: 'y' } } };
    expect(problemsOf({ ...repository, body: wrong }).join('\n')).toMatch(/is_private[\s\S]*must be boolean|must NOT have additional properties/);
    const page = records.find((r) => r.route === '/2.0/repositories/:workspace' && r.status === 200);
    if (!page) throw new Error('no page recorded');
    expect(problemsOf({ ...page, body: { ...(page.body as object), items: [] } })).not.toEqual([]);
    expect(problemsOf({ ...page, status: 404, body: { error: { message: 'no type' } } })).not.toEqual([]);
  });
});

describe('bitbucket emulator behaviour', () => {
  it('pages in the body across more than two pages, with next and previous links', async () => {
    hosted.seedRepositories(Array.from({ length: 250 }, (_, i) => `paged-${String(i).padStart(3, '0')}`));
    const total = hosted.repositoryNames().length;
    const seen: string[] = [];
    let url: string | undefined = `${hosted.emulator.url}/2.0/repositories/acme?pagelen=100`;
    let pages = 0;
    while (url !== undefined) {
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { size: number; page: number; pagelen: number; next?: string; previous?: string; values: { name: string }[] };
      pages += 1;
      expect(body).toMatchObject({ size: total, page: pages, pagelen: 100 });
      expect(body.previous === undefined).toBe(pages === 1);
      expect(description.check('GET', '/repositories/{workspace}', 200, body)).toEqual([]);
      seen.push(...body.values.map((v) => v.name));
      url = body.next;
    }
    expect(pages).toBe(Math.ceil(total / 100));
    expect(pages).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(total);
    const clamped = (await (await api('/repositories/acme?pagelen=500')).json()) as { pagelen: number; values: unknown[] };
    expect(clamped).toMatchObject({ pagelen: 100 });
    expect(clamped.values).toHaveLength(100);
    expect(((await (await api('/repositories/acme')).json()) as { values: unknown[] }).values).toHaveLength(10);
    const beyond = await api('/repositories/acme?page=99');
    expect(beyond.status).toBe(404);
    expect(description.check(...errorProxy, await beyond.json())).toEqual([]);
  });

  it('answers a conditional GET with 304 until the object changes', async () => {
    hosted.seedRepositories(['etagged']);
    const first = await api('/repositories/acme/etagged');
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await api('/repositories/acme/etagged', { headers: { 'if-none-match': etag ?? '' } })).status).toBe(304);
    hosted.setDescription('etagged', 'changed');
    const changed = await api('/repositories/acme/etagged', { headers: { 'if-none-match': etag ?? '' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('answers 401 with an error body without the token or with a wrong one, and accepts Basic', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong' }, { authorization: `Basic ${Buffer.from('bot:wrong').toString('base64')}` }]) {
      const response = await fetch(`${hosted.emulator.url}/2.0/repositories/acme`, { headers });
      expect(response.status).toBe(401);
      expect(description.check('GET', '/user', 401, await response.json())).toEqual([]);
    }
    const basic = await fetch(`${hosted.emulator.url}/2.0/repositories/acme?pagelen=1`, { headers: { authorization: `Basic ${Buffer.from(`bot:${token}`).toString('base64')}` } });
    expect(basic.status).toBe(200);
    expect(basic.headers.get('x-ratelimit-limit')).toBeNull();
  });

  it('sends Bitbucket’s rate-limit headers to access tokens on repository data', async () => {
    const response = await api('/repositories/acme?pagelen=1');
    expect(response.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(response.headers.get('x-ratelimit-resource')).toBe('api');
    expect(response.headers.get('x-ratelimit-nearlimit')).toBe('false');
  });

  it('counts requests by route', async () => {
    hosted.emulator.resetCounts();
    await api('/repositories/acme?pagelen=1');
    await api('/repositories/acme/etagged');
    await api('/repositories/acme/etagged/hooks');
    await api('/nowhere');
    expect(hosted.emulator.counts()).toEqual({
      'GET (unrouted)': 1,
      'GET /2.0/repositories/:workspace': 1,
      'GET /2.0/repositories/:workspace/:repo_slug': 1,
      'GET /2.0/repositories/:workspace/:repo_slug/hooks': 1,
    });
  });
});
