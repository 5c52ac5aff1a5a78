// Failures through the gitea provider: a refused token, transient faults retried by mosaic's
// fetch, persistent ones reported with gitea.* codes, bad settings, health.
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { createProvider } from '../../../providers/gitea/index.js';
import { ProviderError } from '../../../src/resources/provider-contract.js';
import { testContext } from '../test-context.js';
import { startGitea, token, type GiteaFixture } from './gitea-fixture.js';

const listRoute = '/api/v1/orgs/:org/repos';

describe('gitea faults', () => {
  let gitea: GiteaFixture | undefined;
  afterEach(async () => {
    await gitea?.close();
    gitea = undefined;
  });

  it('turns a refused token into gitea.unauthorized naming the token setting, without the token', async () => {
    gitea = await startGitea({ settings: { token: 'wrong-token' } });
    const error: unknown = await gitea.handler.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'gitea.unauthorized', setting: 'token', message: expect.stringContaining('provider "forge"') as unknown });
    expect((error as Error).message).not.toContain('wrong-token');
    expect((error as ProviderError).hint).not.toContain('wrong-token');
  });

  it('reports health: reachable with the right token, not with a wrong one', async () => {
    gitea = await startGitea();
    expect(await gitea.provider.health()).toEqual({ reachable: true, authenticated: true, detail: `Gitea 1.24.2 at ${gitea.host.emulator.url} as mosaic-bot` });
    const wrong = await createProvider(await testContext('bad', { url: gitea.host.emulator.url, token: 'nope' }, '.'));
    expect(await wrong.health()).toMatchObject({ reachable: false, authenticated: false, detail: expect.stringContaining('refused the token') as unknown });
  });

  it('retries a 503 once and succeeds', async () => {
    gitea = await startGitea();
    gitea.host.seedRepositories(['a', 'b']);
    gitea.host.emulator.inject({ kind: 'status', status: 503, times: 1, match: { route: listRoute } });
    expect(await gitea.handler.list()).toHaveLength(2);
    expect(gitea.context.traffic.counts()['forge']?.retries).toBe(1);
    expect(gitea.host.emulator.counts()[`GET ${listRoute}`]).toBe(2);
  });

  it('waits out a 429 with Retry-After: 1 and succeeds', async () => {
    gitea = await startGitea();
    gitea.host.seedRepositories(['a']);
    gitea.host.emulator.inject({ kind: 'rate-limit', status: 429, times: 1, retryAfterSeconds: 1, match: { route: listRoute } });
    expect(await gitea.handler.list()).toHaveLength(1);
    expect(gitea.context.traffic.counts()['forge']?.retries).toBe(1);
  });

  it('retries a GET whose connection dropped and succeeds', async () => {
    gitea = await startGitea();
    gitea.host.seedRepositories(['a']);
    gitea.host.emulator.inject({ kind: 'drop', times: 1, match: { method: 'GET', route: listRoute } });
    expect(await gitea.handler.list()).toHaveLength(1);
    expect(gitea.host.emulator.counts()[`GET ${listRoute}`]).toBe(2);
  });

  it('reports a persistent 500 as gitea.server-error after retrying', async () => {
    gitea = await startGitea();
    gitea.host.emulator.inject({ kind: 'status', status: 500, times: 100, match: { route: listRoute } });
    await expect(gitea.handler.list()).rejects.toMatchObject({ code: 'gitea.server-error', message: expect.stringContaining('(500)') as unknown });
    expect(gitea.host.emulator.counts()[`GET ${listRoute}`]).toBe(4);
  });

  it('never retries a create that failed on the server (it may have happened)', async () => {
    gitea = await startGitea();
    gitea.host.emulator.inject({ kind: 'status', status: 502, times: 1, match: { method: 'POST' } });
    await expect(gitea.handler.create({ name: 'once' })).rejects.toMatchObject({ code: 'gitea.server-error' });
    expect(gitea.host.emulator.counts()['POST /api/v1/orgs/:org/repos']).toBe(1);
  });

  it('reports a refusal to create in an organization as gitea.forbidden', async () => {
    gitea = await startGitea({ settings: { owner: 'strangers' } });
    gitea.host.store.addOrganization('strangers', gitea.host.store.userByName('alice') ?? gitea.host.doer);
    await expect(gitea.handler.create({ name: 'intruder' })).rejects.toMatchObject({ code: 'gitea.forbidden', message: expect.stringContaining('not allowed to create repository') as unknown });
  });

  it('reports a rejected value with Gitea\'s message as gitea.invalid', async () => {
    gitea = await startGitea();
    await expect(gitea.handler.create({ name: 'x', collaborators: { nobody: 'read' } })).rejects.toMatchObject({ code: 'gitea.invalid', message: expect.stringContaining('user does not exist') as unknown });
  });

  it('reports a server it cannot reach as gitea.unreachable', async () => {
    gitea = await startGitea();
    const url = gitea.host.emulator.url;
    await gitea.close();
    gitea = undefined;
    const provider = await createProvider(await testContext('gone', { url, token }, '.'));
    await expect(provider.handlers.repository?.list()).rejects.toMatchObject({ code: 'gitea.unreachable', setting: 'url' });
  });
});

describe('gitea settings', () => {
  const start = async (settings: Record<string, unknown>): Promise<unknown> => createProvider(await testContext('cfg', settings, '.')).catch((e: unknown) => e);

  it('has a manifest the plugin schema accepts, whose settings schema accepts what the provider does', async () => {
    const read = async (path: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;
    const manifest = await read('../../../providers/gitea/mosaic-plugin.json');
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(await read('../../../schemas/plugin-manifest.schema.json'), manifest), ajv.errorsText()).toBe(true);
    expect(manifest).toMatchObject({ name: 'gitea', main: 'index.js', kinds: ['repository'], capabilities: { conditional_requests: false, bulk_list: true } });
    const settings = ajv.compile(manifest['settings'] as object);
    expect(settings({ url: 'https://gitea.example.test', token: 't', owner: 'acme', max_concurrency: 8 })).toBe(true);
    expect(settings({ url: 'https://gitea.example.test' })).toBe(false);
    expect(settings({ url: 'https://gitea.example.test', token: 't', org: 'acme' })).toBe(false);
  });

  it('needs url and token, and says which setting is wrong without echoing it', async () => {
    expect(await start({ token })).toMatchObject({ code: 'gitea.invalid-settings', setting: 'url' });
    expect(await start({ url: 'ftp://example.test', token })).toMatchObject({ code: 'gitea.invalid-settings', setting: 'url' });
    const missing = await start({ url: 'https://gitea.example.test' });
    expect(missing).toMatchObject({ code: 'gitea.invalid-settings', setting: 'token', hint: expect.stringContaining('GITEA_TOKEN') as unknown });
    expect(await start({ url: 'https://gitea.example.test', token, max_concurrency: 0 })).toMatchObject({ setting: 'max_concurrency' });
    expect(await start({ url: 'https://gitea.example.test', token, owner: '' })).toMatchObject({ setting: 'owner' });
  });

  it('starts without a request, and accepts a URL ending in /api/v1', async () => {
    let gitea: GiteaFixture | undefined;
    try {
      gitea = await startGitea({ settings: {} });
      expect(gitea.host.emulator.totalRequests()).toBe(0);
      const provider = await createProvider(await testContext('api-url', { url: `${gitea.host.emulator.url}/api/v1/`, token, owner: 'mosaic' }, '.'));
      expect(await provider.handlers.repository?.list()).toEqual([]);
    } finally {
      await gitea?.close();
    }
  });
});
