// Credentials, settings and faults: 401 -> bitbucket.unauthorized naming the setting, Basic
// authentication, transient faults retried, persistent ones reported, the token never in messages.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBitbucketClient } from '../../../providers/bitbucket/bitbucket-client.js';
import { decodeBitbucketSettings } from '../../../providers/bitbucket/bitbucket-settings.js';
import { createProvider } from '../../../providers/bitbucket/index.js';
import { ProviderError } from '../../../src/resources/provider-contract.js';
import { testContext } from '../test-context.js';
import { repositoryHandler, startBitbucket, token, type BitbucketFixture } from './bitbucket-fixture.js';

let fx: BitbucketFixture;
beforeEach(async () => {
  fx = await startBitbucket();
  fx.hosted.seedRepositories(['alpha', 'beta']);
});
afterEach(async () => {
  await fx.close();
});

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('bitbucket credentials', () => {
  it('reports a refused token as bitbucket.unauthorized on setting token, without the token', async () => {
    const provider = await fx.withSettings({ token: 'wrong-token-value' });
    const error = await rejection(repositoryHandler(provider).list());
    expect(error.code).toBe('bitbucket.unauthorized');
    expect(error.setting).toBe('token');
    expect(error.message).toContain('"bb"');
    expect(`${error.message} ${error.hint ?? ''}`).not.toContain('wrong-token-value');
    expect(await provider.health()).toMatchObject({ reachable: false });
  });

  it('authenticates with username and app_password (Basic), and names app_password when refused', async () => {
    const good = await fx.withSettings({ token: undefined, username: 'ci-bot', app_password: token });
    expect(await repositoryHandler(good).list({ details: new Map() })).toHaveLength(2);
    const bad = await fx.withSettings({ token: undefined, username: 'ci-bot', app_password: 'nope' });
    const error = await rejection(repositoryHandler(bad).list());
    expect(error).toMatchObject({ code: 'bitbucket.unauthorized', setting: 'app_password' });
  });

  it('checks its settings without a request, never echoing a value', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mosaic-bitbucket-settings-'));
    try {
      const start = async (settings: Record<string, unknown>): Promise<ProviderError> => rejection(createProvider(await testContext('bb', settings, dir)));
      expect(await start({ token: 'secret-1' })).toMatchObject({ code: 'bitbucket.invalid-settings', setting: 'workspace' });
      expect(await start({ workspace: 'acme' })).toMatchObject({ code: 'bitbucket.unauthorized', setting: 'token' });
      expect(await start({ workspace: 'acme', username: 'bot' })).toMatchObject({ code: 'bitbucket.invalid-settings', setting: 'app_password' });
      const both = await start({ workspace: 'acme', token: 'secret-2', username: 'bot', app_password: 'secret-3' });
      expect(both.code).toBe('bitbucket.invalid-settings');
      expect(both.message).not.toMatch(/secret-\d/);
      expect(await start({ workspace: 'acme', token: 't', max_concurrency: 0 })).toMatchObject({ setting: 'max_concurrency' });
      expect(await start({ workspace: 'acme', token: 't', url: 'ftp://x' })).toMatchObject({ setting: 'url' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(fx.emulator.totalRequests()).toBe(0);
  });

  it('reports health with one request', async () => {
    fx.emulator.resetCounts();
    expect(await fx.provider.health()).toMatchObject({ reachable: true });
    expect(fx.emulator.totalRequests()).toBe(1);
  });

  it('reports an unknown workspace as not found', async () => {
    const provider = await fx.withSettings({ workspace: 'nobody' });
    expect(await rejection(repositoryHandler(provider).list())).toMatchObject({ code: 'bitbucket.not-found' });
  });
});

describe('bitbucket faults', () => {
  it('retries a 503 once and succeeds', async () => {
    fx.emulator.inject({ kind: 'status', status: 503, times: 1 });
    expect(await fx.handler.list({ details: new Map() })).toHaveLength(2);
    expect(fx.traffic.counts()['bb']?.retries).toBe(1);
  });

  it('waits out a 429 with Retry-After 1 and succeeds', async () => {
    fx.emulator.inject({ kind: 'rate-limit', status: 429, times: 1, retryAfterSeconds: 1 });
    expect(await fx.handler.list({ details: new Map() })).toHaveLength(2);
    expect(fx.traffic.counts()['bb']?.retries).toBe(1);
  });

  it('retries a GET whose connection dropped', async () => {
    fx.emulator.inject({ kind: 'drop', times: 1, match: { method: 'GET' } });
    expect(await fx.handler.list({ details: new Map() })).toHaveLength(2);
  });

  it('does not retry a create whose connection dropped (it may have happened)', async () => {
    fx.emulator.inject({ kind: 'drop', times: 1, match: { method: 'POST' } });
    expect(await rejection(fx.handler.create({ name: 'gamma' }))).toMatchObject({ code: 'bitbucket.unreachable' });
    expect(fx.emulator.counts()['POST /2.0/repositories/:workspace/:repo_slug']).toBe(1);
  });

  it('reports a persistent 500 as bitbucket.server-error after the retries', async () => {
    fx.emulator.inject({ kind: 'status', status: 500, times: 100 });
    const error = await rejection(fx.handler.list());
    expect(error.code).toBe('bitbucket.server-error');
    expect(error.message).toContain('HTTP 500');
    expect(fx.emulator.totalRequests()).toBe(4);
  });

  it('reports a persistent 429 as bitbucket.rate-limited', async () => {
    fx.emulator.inject({ kind: 'rate-limit', status: 429, times: 100, retryAfterSeconds: 0 });
    expect(await rejection(fx.handler.list())).toMatchObject({ code: 'bitbucket.rate-limited' });
  });

  it('reports a 403 as bitbucket.forbidden', async () => {
    fx.emulator.inject({ kind: 'status', status: 403, times: 1 });
    expect(await rejection(fx.handler.list())).toMatchObject({ code: 'bitbucket.forbidden' });
  });

  it('refuses to follow a next link to another host with the credential', async () => {
    const sent: string[] = [];
    const stub: typeof globalThis.fetch = (input) => {
      sent.push(input instanceof Request ? input.url : String(input));
      return Promise.resolve(Response.json({ pagelen: 100, values: [], next: 'http://other.example/2.0/steal?page=2' }));
    };
    const settings = decodeBitbucketSettings('bb', { workspace: 'acme', token, url: 'https://api.bitbucket.org/2.0' });
    const client = createBitbucketClient({ instance: 'bb', settings, fetch: stub });
    expect(await rejection(client.listRepositories())).toMatchObject({ code: 'bitbucket.invalid' });
    expect(sent).toEqual(['https://api.bitbucket.org/2.0/repositories/acme?pagelen=100']);
  });
});
