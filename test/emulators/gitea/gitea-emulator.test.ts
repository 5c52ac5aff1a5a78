// The Gitea emulator against Gitea's official API description (Swagger 2, v1.24.2): every
// answer recorded while the provider (and direct requests) drive every route is checked with
// ajv; plus Gitea's pagination, no ETags, 401s, error bodies, Gitea's quirks, request counts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider } from '../../../providers/gitea/index.js';
import type { FieldChange, KindHandler, Spec } from '../../../src/resources/provider-contract.js';
import { testContext } from '../../providers/test-context.js';
import { loadApiDescription, officialSpec } from '../framework/api-description.js';
import type { ResponseRecord } from '../framework/emulator.js';
import { createGiteaHost, type GiteaHostedEmulator } from './index.js';

const description = loadApiDescription(officialSpec('gitea/swagger.v1.24.2.json'));
const token = 'emulator-test-token';

/** /api/v1/repos/:owner/:repo -> the description's path template /repos/{owner}/{repo}. */
const templateOf = (route: string): string => route.replace(/^\/api\/v1/, '').replace(/:(\w+)/g, '{$1}');
/** Gitea documents its error answers without a schema; the one that has one is APIError. */
const errorProxy = ['GET', '/repos/{owner}/{repo}/commits', 409] as const;

function problemsOf(record: ResponseRecord): string[] {
  if (record.body === undefined) return [];
  const template = templateOf(record.route);
  if (description.documents(record.method, template, record.status)) return description.check(record.method, template, record.status, record.body);
  if (record.status >= 400) return description.check(...errorProxy, record.body).map((p) => `${record.method} ${template} ${String(record.status)} (as error): ${p}`);
  return [`the description documents no answer ${String(record.status)} to ${record.method} ${template}`];
}

let hosted: GiteaHostedEmulator;
let handler: KindHandler;
let dir: string;
const records: ResponseRecord[] = [];
const api = (path: string, init: RequestInit = {}, auth = `token ${token}`): Promise<Response> =>
  fetch(`${hosted.emulator.url}/api/v1${path}`, { ...init, headers: { authorization: auth, 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) } });
const json = async (response: Response): Promise<Record<string, unknown>> => (await response.json()) as Record<string, unknown>;
const changesOf = (spec: Spec): FieldChange[] => Object.keys(spec).map((field) => ({ field, after: spec[field] }));

beforeAll(async () => {
  hosted = createGiteaHost({ token, owner: 'acme' });
  await hosted.emulator.start();
  hosted.emulator.onResponse((record) => records.push(record));
  dir = await mkdtemp(join(tmpdir(), 'mosaic-gitea-emulator-'));
  const provider = await createProvider(await testContext('gt', { ...hosted.providerSettings(), token }, dir));
  const found = provider.handlers.repository;
  if (!found) throw new Error('no repository handler');
  handler = found;
});

afterAll(async () => {
  await hosted.emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe('gitea emulator answers as the official description says', () => {
  it('drives every route the provider uses, and every recorded body conforms', async () => {
    const spec: Spec = {
      name: 'shapes',
      description: 'checked',
      visibility: 'private',
      default_branch: 'develop',
      topics: ['shapes'],
      homepage: 'https://shapes.example.test',
      features: { issues: true, wiki: false, projects: true },
      merge: { merge_commit: true, squash: true, rebase: false, delete_branch_on_merge: true },
      branch_protection: { develop: { required_reviews: 1, required_status_checks: ['ci'], enforce_admins: true } },
      webhooks: [{ url: 'https://hooks.example.test/shapes', events: ['push', 'issues'], secret: 'hush' }],
      collaborators: { dave: 'write' },
      teams: { developers: 'write' },
    };
    const created = handler.normalize(await handler.create(spec));
    const next: Spec = { ...spec, name: 'shapes-2', webhooks: [{ url: 'https://hooks.example.test/shapes', events: ['push', 'status'] }], branch_protection: { develop: { required_reviews: 2 } }, collaborators: { dave: 'admin' }, teams: { developers: 'write', readers: 'read' }, ownership: { collaborators: 'exclusive', teams: 'exclusive', webhooks: 'exclusive' }, archived: true };
    await expect(handler.update(created.id, next, changesOf(next))).rejects.toMatchObject({ code: 'gitea.invalid' });
    const fixed: Spec = { ...next, teams: { Owners: 'admin', developers: 'write', readers: 'read' }, webhooks: [{ url: 'https://hooks.example.test/shapes', events: ['push', 'status', 'release'] }] };
    await handler.update(created.id, fixed, changesOf(fixed));
    await handler.read(created.id);
    await handler.list();
    const mirror = handler.normalize(await handler.create({ name: 'mirrored', mirror: { url: 'https://git.example.test/m.git', interval: '1h0m0s' } }));
    await handler.update(mirror.id, { name: 'mirrored', mirror: { url: 'https://git.example.test/m.git', interval: '2h0m0s' } }, [{ field: 'mirror' }]);
    await handler.delete(mirror.id);
    await handler.create({ name: 'shapes-2' }).catch(() => undefined);

    const shapes = hosted.repository('shapes-2');
    const hookId = String(shapes?.hooks[0]?.id ?? 0);
    await api('/version');
    await api('/user');
    await api('/users/dave');
    await api('/users/ghost');
    await api('/orgs/acme/teams');
    await api('/users/acme/repos');
    await api('/user/repos');
    await api('/user/repos', { method: 'POST', body: JSON.stringify({ name: 'personal' }) });
    await api('/repos/acme/shapes-2/topics');
    await api(`/repos/acme/shapes-2/hooks/${hookId}`);
    await api('/repos/acme/shapes-2/hooks/999');
    await api('/repos/acme/shapes-2/branch_protections/develop');
    await api('/repos/acme/shapes-2/branch_protections/develop', { method: 'DELETE' });
    await api('/repos/acme/shapes-2/collaborators/dave');
    await api('/repos/acme/shapes-2/collaborators/ghost');
    await api('/repos/acme/shapes-2/teams/readers');
    await api('/repos/acme/shapes-2/teams/readers', { method: 'DELETE' });
    await api('/repos/acme/shapes-2/teams/ghosts', { method: 'PUT' });
    await api('/repos/acme/shapes-2/collaborators/dave', { method: 'DELETE' });
    await api(`/repos/acme/shapes-2/hooks/${hookId}`, { method: 'DELETE' });
    await api('/repos/acme/nothing');
    await api('/nowhere');

    const problems = records.flatMap(problemsOf);
    expect(problems).toEqual([]);
    const routes = new Set(records.map((r) => `${r.method} ${r.route}`));
    for (const route of [
      'GET /api/v1/orgs/:org', 'GET /api/v1/user', 'GET /api/v1/orgs/:org/repos', 'POST /api/v1/orgs/:org/repos', 'POST /api/v1/repos/migrate',
      'GET /api/v1/repositories/:id', 'PATCH /api/v1/repos/:owner/:repo', 'DELETE /api/v1/repos/:owner/:repo', 'PUT /api/v1/repos/:owner/:repo/topics',
      'GET /api/v1/repos/:owner/:repo/branch_protections', 'POST /api/v1/repos/:owner/:repo/branch_protections', 'PATCH /api/v1/repos/:owner/:repo/branch_protections/:name',
      'GET /api/v1/repos/:owner/:repo/hooks', 'POST /api/v1/repos/:owner/:repo/hooks', 'DELETE /api/v1/repos/:owner/:repo/hooks/:id',
      'GET /api/v1/repos/:owner/:repo/collaborators', 'PUT /api/v1/repos/:owner/:repo/collaborators/:collaborator', 'GET /api/v1/repos/:owner/:repo/collaborators/:collaborator/permission',
      'GET /api/v1/repos/:owner/:repo/teams', 'PUT /api/v1/repos/:owner/:repo/teams/:team', 'DELETE /api/v1/repos/:owner/:repo/teams/:team',
    ]) expect(routes, route).toContain(route);
    // Switching status on made the hook anew (an edit cannot); adding release edited it.
    expect(routes).toContain('PATCH /api/v1/repos/:owner/:repo/hooks/:id');
  });

  it('has a checker that bites on a wrong shape', () => {
    const good = { id: 1, name: 'x', owner: { id: 2, login: 'acme' }, topics: ['a'], private: false };
    expect(description.check('GET', '/repos/{owner}/{repo}', 200, good)).toEqual([]);
    const wrong = { ...good, id: '1', owner: { id: 2, login: 5 }, topics: 'a', private: 'no' };
    expect(description.check('GET', '/repos/{owner}/{repo}', 200, wrong).length).toBeGreaterThanOrEqual(4);
    expect(description.check('GET', '/repos/{owner}/{repo}/hooks', 200, [{ id: 1, config: { url: 5 }, events: 'push' }]).length).toBeGreaterThanOrEqual(2);
  });
});

describe('gitea emulator behaves as Gitea does', () => {
  it('pages with page/limit up to 50, X-Total-Count and a Link header', async () => {
    hosted.seedRepositories(Array.from({ length: 120 }, (_, i) => `paged-${String(i).padStart(3, '0')}`));
    const total = hosted.repositoryNames().length;
    const first = await api('/orgs/acme/repos?limit=50&page=1');
    expect((await first.json() as unknown[]).length).toBe(50);
    expect(first.headers.get('x-total-count')).toBe(String(total));
    const last = Math.ceil(total / 50);
    expect(first.headers.get('link')).toBe(`<${hosted.emulator.url}/api/v1/orgs/acme/repos?limit=50&page=2>; rel="next",<${hosted.emulator.url}/api/v1/orgs/acme/repos?limit=50&page=${String(last)}>; rel="last"`);
    const end = await api(`/orgs/acme/repos?limit=50&page=${String(last)}`);
    expect((await end.json() as unknown[]).length).toBe(total - 50 * (last - 1));
    expect(end.headers.get('link')).toContain('rel="first"');
    expect(end.headers.get('link')).not.toContain('rel="next"');
    expect((await (await api('/orgs/acme/repos?limit=500')).json() as unknown[]).length).toBe(50);
    expect((await (await api('/orgs/acme/repos')).json() as unknown[]).length).toBe(30);
    expect(await (await api(`/orgs/acme/repos?limit=50&page=${String(last + 1)}`)).json()).toEqual([]);
  });

  it('sends no ETag and answers If-None-Match with the full body', async () => {
    const response = await api('/orgs/acme/repos?limit=1');
    expect(response.headers.get('etag')).toBeNull();
    const again = await api('/orgs/acme/repos?limit=1', { headers: { 'if-none-match': 'W/"anything"' } });
    expect(again.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit')).toBeNull();
  });

  it('answers 401 without the token or with a wrong one, and takes both token schemes', async () => {
    const none = await fetch(`${hosted.emulator.url}/api/v1/user`);
    expect(none.status).toBe(401);
    expect(await json(none)).toEqual({ message: 'token is required', url: `${hosted.emulator.url}/api/swagger` });
    const wrong = await api('/user', {}, 'token nope');
    expect(wrong.status).toBe(401);
    expect((await json(wrong))['message']).toBe('user does not exist [uid: 0, name: ]');
    expect((await api('/user', {}, `Bearer ${token}`)).status).toBe(200);
    expect((await api('/user', {}, `token ${token}`)).status).toBe(200);
  });

  it('answers errors as Gitea does: 404 with errors, 409 on a taken name, 403 on a second rule, 422s', async () => {
    const missing = await api('/repos/acme/nothing');
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual({ errors: null, message: "The target couldn't be found.", url: `${hosted.emulator.url}/api/swagger` });
    hosted.seedRepositories(['quirks']);
    const taken = await api('/orgs/acme/repos', { method: 'POST', body: JSON.stringify({ name: 'QUIRKS' }) });
    expect(taken.status).toBe(409);
    expect((await json(taken))['message']).toBe('The repository with the same name already exists.');
    expect((await api('/repos/acme/quirks/branch_protections', { method: 'POST', body: JSON.stringify({ rule_name: 'main' }) })).status).toBe(201);
    expect((await api('/repos/acme/quirks/branch_protections', { method: 'POST', body: JSON.stringify({ rule_name: 'main' }) })).status).toBe(403);
    const topics = await api('/repos/acme/quirks/topics', { method: 'PUT', body: JSON.stringify({ topics: ['ok', 'Not OK!'] }) });
    expect(topics.status).toBe(422);
    expect(await json(topics)).toEqual({ invalidTopics: ['not ok!'], message: 'Topic names are invalid' });
    expect((await api('/repos/acme/quirks', { method: 'PATCH', body: JSON.stringify({ mirror_interval: '1h' }) })).status).toBe(422);
  });

  it('keeps Gitea\'s quirks: merge settings need has_pull_requests, hooks start inactive, an edit rewrites events and filter', async () => {
    hosted.seedRepositories(['quirky']);
    const ignored = await json(await api('/repos/acme/quirky', { method: 'PATCH', body: JSON.stringify({ allow_squash_merge: false }) }));
    expect(ignored['allow_squash_merge']).toBe(true);
    const taken = await json(await api('/repos/acme/quirky', { method: 'PATCH', body: JSON.stringify({ has_pull_requests: true, allow_squash_merge: false }) }));
    expect(taken['allow_squash_merge']).toBe(false);
    const hook = await json(await api('/repos/acme/quirky/hooks', { method: 'POST', body: JSON.stringify({ type: 'gitea', config: { url: 'https://h.example.test', content_type: 'json' }, events: ['issues', 'status'], branch_filter: 'main' }) }));
    expect(hook['active']).toBe(false);
    expect(new Set(hook['events'] as string[])).toEqual(new Set(['issues', 'issue_assign', 'issue_label', 'issue_milestone', 'issue_comment', 'status']));
    const edited = await json(await api(`/repos/acme/quirky/hooks/${String(hook['id'])}`, { method: 'PATCH', body: JSON.stringify({}) }));
    expect(edited['events']).toEqual(['push', 'status']);
    expect(edited['branch_filter']).toBe('');
    const mirror = await api('/repos/migrate', { method: 'POST', body: JSON.stringify({ clone_addr: 'https://user:pw@git.example.test/x.git', repo_name: 'quirk-mirror', repo_owner: 'acme', mirror: true }) });
    const mirrored = await json(mirror);
    expect(mirrored['original_url']).toBe('https://git.example.test/x.git');
    expect(mirrored['mirror_interval']).toBe('8h0m0s');
    expect((await api('/repos/acme/quirk-mirror', { method: 'PATCH', body: JSON.stringify({ archived: true }) })).status).toBe(422);
  });

  it('counts requests by route', () => {
    const counts = hosted.emulator.counts();
    expect(counts['GET /api/v1/orgs/:org/repos']).toBeGreaterThanOrEqual(7);
    expect(counts['POST /api/v1/repos/migrate']).toBe(2);
    expect(counts['GET (unrouted)']).toBe(1);
    expect(hosted.emulator.totalRequests()).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
  });
});
