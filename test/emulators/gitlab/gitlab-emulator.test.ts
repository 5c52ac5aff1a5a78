// The GitLab emulator against the response types of @gitbeaker/core (generated to JSON
// Schema): every answer the provider receives in a full run is checked, a wrong body is
// caught, and each correction to gitbeaker's types is shown to be needed. Also GitLab's
// pagination, conditional requests, rate-limit headers, authentication and request counts.
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseRecord } from '../framework/emulator.js';
import { startGitlabFixture, token, type GitlabFixture } from '../../providers/gitlab/gitlab-fixture.js';
import { applyCorrections, corrections, generateGitbeakerSchemas, gitbeakerDescription, routeTypes, voidAnswers } from './gitbeaker-description.js';
import { createGitlabEmulator, type GitlabHostedEmulator } from './index.js';

/** The fields the gitlab provider reads from each answer; gitbeaker's types leave some undeclared. */
const fieldsRead: Readonly<Record<string, readonly string[]>> = {
  ProjectSchema: ['id', 'path', 'description', 'visibility', 'default_branch', 'topics', 'archived', 'issues_access_level', 'wiki_access_level', 'merge_method', 'squash_option', 'remove_source_branch_after_merge', 'shared_with_groups', 'marked_for_deletion_on'],
  ExpandedHookSchema: ['id', 'url', 'push_events', 'tag_push_events', 'merge_requests_events', 'issues_events', 'note_events', 'releases_events', 'deployment_events', 'pipeline_events', 'job_events', 'wiki_page_events', 'alert_status'],
  MemberSchema: ['id', 'username', 'access_level'],
  ProtectedBranchSchema: ['name', 'allow_force_push', 'code_owner_approval_required'],
  NamespaceSchema: ['id', 'kind', 'full_path'],
  BranchSchema: ['name'],
};
const shareFieldsRead = ['group_id', 'group_full_path', 'group_access_level'];

/** Runs the provider through every route it uses: create with everything, list, read, each kind of update, delete. */
async function exerciseProvider(fixture: GitlabFixture): Promise<void> {
  const repositories = fixture.repositories;
  fixture.hosted.seedRepositories(Array.from({ length: 105 }, (_, i) => `seeded-${String(i).padStart(3, '0')}`), { protectedBranch: 'main', webhooks: 1 });
  const created = await repositories.create({
    name: 'api',
    description: 'The API',
    visibility: 'internal',
    default_branch: 'main',
    topics: ['go', 'api'],
    features: { issues: true, wiki: false },
    merge: { merge_commit: true, squash: false, rebase: true, delete_branch_on_merge: true },
    branch_protection: { main: { allow_force_pushes: true }, release: { allow_force_pushes: false } },
    webhooks: [{ url: 'https://ci.example.com/hook', events: ['push', 'pull_request'], secret: 'hook-secret' }],
    collaborators: { alice: 'write', bob: 'read' },
    teams: { platform: 'maintain', docs: 'read' },
  });
  await repositories.list();
  await repositories.list();
  await repositories.read(created.id);
  await repositories.update(created.id, { webhooks: [{ url: 'https://ci.example.com/hook', events: ['push', 'issues'], secret: 'rotated' }] }, [{ field: 'webhooks' }]);
  const everything = ['description', 'default_branch', 'archived', 'branch_protection', 'webhooks', 'collaborators', 'teams', 'name'];
  await repositories.update(
    created.id,
    {
      name: 'api-v2',
      description: 'Renamed',
      default_branch: 'trunk',
      archived: true,
      branch_protection: { main: { allow_force_pushes: false } },
      webhooks: [{ url: 'https://chat.example.com/hook', events: ['issues'] }],
      collaborators: { alice: 'maintain' },
      teams: { platform: 'write' },
      ownership: { webhooks: 'exclusive', collaborators: 'exclusive', teams: 'exclusive' },
    },
    everything.map((field) => ({ field })),
  );
  await repositories.update(created.id, { archived: false }, [{ field: 'archived', before: true, after: false }]);
  await repositories.delete(created.id);
  await fixture.provider.health();
}

describe('gitlab emulator answers, checked against the types @gitbeaker/core declares', () => {
  let fixture: GitlabFixture;
  let description: ReturnType<typeof gitbeakerDescription>;

  beforeAll(async () => {
    fixture = await startGitlabFixture();
    await exerciseProvider(fixture);
    description = gitbeakerDescription();
  });

  afterAll(async () => {
    await fixture.close();
  });

  const typeOf = (record: ResponseRecord): (typeof routeTypes)[number] | undefined =>
    routeTypes.find((route) => route.method === record.method && route.route === record.route && route.status === (record.status === 304 ? 200 : record.status));

  it('exercised every route the provider uses', () => {
    const seen = new Set(fixture.responses.map((record) => `${record.method} ${record.route} ${String(record.status === 304 ? 200 : record.status)}`));
    for (const route of routeTypes) expect(seen, `${route.method} ${route.route}`).toContain(`${route.method} ${route.route} ${String(route.status)}`);
    for (const answer of voidAnswers) expect([...seen].some((key) => key.startsWith(`${answer.method} ${answer.route} `)), `${answer.method} ${answer.route}`).toBe(true);
  });

  it('sends answers that match the generated schemas', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const record of fixture.responses) {
      if (record.status >= 400) continue;
      const route = typeOf(record);
      if (route === undefined) {
        const isVoid = voidAnswers.some((answer) => answer.method === record.method && answer.route === record.route);
        if (!isVoid) problems.push(`no declared type for ${record.method} ${record.route} ${String(record.status)}`);
        continue;
      }
      // The framework records the body a 304 stands for, which is the 200's.
      problems.push(...description.check(record.method, record.route, route.status, record.body));
      checked += 1;
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it('sends every field the provider reads', () => {
    const missing: string[] = [];
    for (const record of fixture.responses) {
      const route = typeOf(record);
      if (route === undefined || record.status >= 400) continue;
      const bodies = (route.list === true ? record.body : [record.body]) as Record<string, unknown>[];
      for (const body of bodies) {
        for (const field of fieldsRead[route.type] ?? []) if (!(field in body)) missing.push(`${route.type}.${field} in ${record.method} ${record.route}`);
        if (route.type === 'ProjectSchema') {
          for (const share of body['shared_with_groups'] as Record<string, unknown>[]) for (const field of shareFieldsRead) if (!(field in share)) missing.push(`shared_with_groups[].${field}`);
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('answers errors with GitLab’s message or error body', () => {
    const errors = fixture.responses.filter((record) => record.status >= 400);
    for (const record of errors) {
      const body = record.body as Record<string, unknown>;
      expect(typeof body['message'] === 'string' || typeof body['message'] === 'object' || typeof body['error'] === 'string', JSON.stringify(body)).toBe(true);
    }
  });

  it('catches a deliberately wrong body', () => {
    const project = fixture.responses.find((record) => record.method === 'GET' && record.route === '/api/v4/projects/:id' && record.status === 200);
    expect(project).toBeDefined();
    const wrong: Record<string, unknown> = { ...(project?.body as Record<string, unknown>), id: 'forty-two', visibility: 'secret' };
    delete wrong['path_with_namespace'];
    const problems = description.check('GET', '/api/v4/projects/:id', 200, wrong);
    expect(problems.join('\n')).toMatch(/\/id must be number/);
    expect(problems.join('\n')).toMatch(/path_with_namespace/);
    expect(problems.join('\n')).toMatch(/\/visibility must be equal to one of the allowed values/);
    expect(description.check('GET', '/api/v4/projects/:id/members', 200, [{ id: 1, username: 'alice', access_level: 'developer' }]).length).toBeGreaterThan(0);
  });

  it('needs each correction of gitbeaker’s types: without it, a real answer fails', () => {
    const { schemas, definitions } = generateGitbeakerSchemas([...new Set(corrections.map((c) => c.type))]);
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const validators = new Map(Object.entries(schemas).map(([type, schema]) => [type, ajv.compile({ ...schema, definitions })]));
    const failures = new Set<string>();
    for (const record of fixture.responses) {
      const route = typeOf(record);
      const validate = route && validators.get(route.type);
      if (!route || !validate || record.status >= 400) continue;
      for (const body of (route.list === true ? record.body : [record.body]) as unknown[]) {
        if (validate(body)) continue;
        for (const error of validate.errors ?? []) {
          const missingProperty = (error.params as { missingProperty?: string }).missingProperty;
          const path = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
          failures.add(`${route.type}.${missingProperty === undefined ? path : path === '' ? missingProperty : `${path}.${missingProperty}`}`);
        }
      }
    }
    for (const correction of corrections) expect(failures, `${correction.type}.${correction.field}: ${correction.reason}`).toContain(`${correction.type}.${correction.field}`);
    // And nothing else fails: the corrections are all it takes.
    const explained = new Set(corrections.map((c) => `${c.type}.${c.field}`));
    expect([...failures].filter((failure) => !explained.has(failure))).toEqual([]);
  });

  it('rejects a correction that no longer matches a generated field', () => {
    const { schemas } = generateGitbeakerSchemas(['MemberSchema']);
    expect(() => { applyCorrections(schemas, [{ type: 'MemberSchema', field: 'no_such_field', change: 'nullable', reason: 'test' }]); }).toThrow(/matches no generated property/);
  });
});

describe('gitlab emulator HTTP behaviour', () => {
  let hosted: GitlabHostedEmulator;
  let base = '';
  const auth = { 'private-token': token };
  const get = (path: string, headers: Record<string, string> = auth): Promise<Response> => fetch(`${base}/api/v4${path}`, { headers });

  beforeAll(async () => {
    hosted = createGitlabEmulator({ token });
    base = await hosted.emulator.start();
    hosted.seedRepositories(Array.from({ length: 230 }, (_, i) => `repo-${String(i).padStart(3, '0')}`));
  });

  afterAll(async () => {
    await hosted.emulator.close();
  });

  it('pages the group’s projects 100 at a time with Link and X-* headers', async () => {
    const names: string[] = [];
    let next: string | undefined = `${base}/api/v4/groups/acme/projects?per_page=500&order_by=id&sort=asc&with_shared=false`;
    let pages = 0;
    while (next !== undefined) {
      const response: Response = await fetch(next, { headers: auth });
      pages += 1;
      expect(response.headers.get('x-total')).toBe('230');
      expect(response.headers.get('x-total-pages')).toBe('3');
      expect(response.headers.get('x-per-page')).toBe('100');
      expect(response.headers.get('x-page')).toBe(String(pages));
      expect(response.headers.get('link')).toContain('rel="first"');
      names.push(...((await response.json()) as { path: string }[]).map((project) => project.path));
      next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
      expect(response.headers.get('x-next-page')).toBe(next === undefined ? '' : String(pages + 1));
    }
    expect(pages).toBe(3);
    expect(names).toEqual(hosted.repositoryNames());
  });

  it('defaults to 20 a page, newest first, as GitLab does', async () => {
    const response = await get('/groups/acme/projects');
    const projects = (await response.json()) as { path: string }[];
    expect(projects).toHaveLength(20);
    expect(projects[0]?.path).toBe('repo-229');
  });

  it('answers If-None-Match with 304 until the project changes', async () => {
    const first = await get('/projects/acme%2Frepo-001');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    expect((await get('/projects/acme%2Frepo-001', { ...auth, 'if-none-match': etag })).status).toBe(304);
    hosted.setDescription('repo-001', 'changed');
    const changed = await get('/projects/acme%2Frepo-001', { ...auth, 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { description: string }).description).toBe('changed');
  });

  it('sends RateLimit-* headers, and counts a 304 against the limit', async () => {
    const first = await get('/namespaces/acme');
    const remaining = Number(first.headers.get('ratelimit-remaining'));
    expect(first.headers.get('ratelimit-limit')).toBe('2000');
    expect(Number(first.headers.get('ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    const again = await get('/namespaces/acme', { ...auth, 'if-none-match': first.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
    expect(Number(again.headers.get('ratelimit-remaining'))).toBe(remaining - 1);
  });

  it('answers 401 without the token, and takes it as PRIVATE-TOKEN or Bearer', async () => {
    const anonymous = await get('/namespaces/acme', {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ message: '401 Unauthorized' });
    expect((await get('/namespaces/acme', { 'private-token': 'wrong' })).status).toBe(401);
    expect((await get('/namespaces/acme', { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('answers GitLab’s errors: 404 by kind, 400 for a taken path, 409 for a duplicate member', async () => {
    expect(await (await get('/projects/999999')).json()).toEqual({ message: '404 Project Not Found' });
    expect(await (await get('/no/such/route')).json()).toEqual({ error: '404 Not Found' });
    const namespaceId = hosted.store.ownerGroup.id;
    const taken = await fetch(`${base}/api/v4/projects`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'repo-000', path: 'repo-000', namespace_id: namespaceId }) });
    expect(taken.status).toBe(400);
    expect(await taken.json()).toEqual({ message: { name: ['has already been taken'], path: ['has already been taken'] } });
    const add = (): Promise<Response> => fetch(`${base}/api/v4/projects/acme%2Frepo-002/members`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ username: 'alice', access_level: 30 }) });
    expect((await add()).status).toBe(201);
    const again = await add();
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ message: 'Member already exists' });
  });

  it('counts requests by route', async () => {
    hosted.emulator.resetCounts();
    await get('/projects/acme%2Frepo-003');
    await get('/projects/acme%2Frepo-004');
    await get('/projects/acme%2Frepo-004/hooks');
    await get('/nowhere');
    expect(hosted.emulator.counts()).toEqual({ 'GET (unrouted)': 1, 'GET /api/v4/projects/:id': 2, 'GET /api/v4/projects/:id/hooks': 1 });
  });
});
