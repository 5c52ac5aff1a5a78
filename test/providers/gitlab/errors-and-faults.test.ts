// Settings, credentials, health and faults: a refused token names the `token` setting, the
// transport retries what is safe exactly as often as it says (gitbeaker's own retries are
// out of the path), non-idempotent creates are not retried, and lasting failures are reported.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProvider } from '../../../providers/gitlab/index.js';
import { ProviderError } from '../../../src/resources/provider-contract.js';
import { testContext } from '../test-context.js';
import { startGitlabFixture, token, type GitlabFixture } from './gitlab-fixture.js';

describe('gitlab settings', () => {
  const start = async (settings: Record<string, unknown>): Promise<unknown> => {
    const dir = await mkdtemp(join(tmpdir(), 'mosaic-gitlab-settings-'));
    try {
      return await createProvider(await testContext('gl', settings, dir)).catch((error: unknown) => error);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  it.each([
    [{ group: 'acme' }, 'token'],
    [{ group: 'acme', token: '  ' }, 'token'],
    [{ token: 't' }, 'group'],
    [{ token: 't', group: 'acme/' }, 'group'],
    [{ token: 't', group: 'acme', url: 'gitlab.example.com' }, 'url'],
    [{ token: 't', group: 'acme', max_concurrency: 0 }, 'max_concurrency'],
    [{ token: 't', group: 'acme', max_concurrency: 2.5 }, 'max_concurrency'],
  ])('rejects %j naming the setting %s', async (settings, setting) => {
    const error = await start(settings);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'gitlab.invalid-settings', setting });
    expect((error as Error).message).toContain('provider "gl"');
  });

  it('starts without touching the network, and accepts a URL ending in /api/v4', async () => {
    const provider = await start({ token: 't', group: 'acme/platform', url: 'http://127.0.0.1:1/api/v4/' });
    expect(provider).not.toBeInstanceOf(Error);
  });
});

describe('gitlab credentials, health and faults', () => {
  let fixture: GitlabFixture;
  const counts = (): Record<string, number> => fixture.hosted.emulator.counts();

  beforeEach(async () => {
    fixture = await startGitlabFixture();
    fixture.hosted.seedRepositories(['api', 'web']);
  });

  afterEach(async () => {
    await fixture.close();
  });

  it('reports a refused token as gitlab.unauthorized on the token setting, without the token', async () => {
    const other = await fixture.startProvider({ token: 'glpat-wrong-token' });
    const error = await other.handlers.repository?.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'gitlab.unauthorized', setting: 'token' });
    expect((error as Error).message).toContain('gitlab-other');
    expect(JSON.stringify(error)).not.toContain('glpat-wrong-token');
    expect((error as Error).message).not.toContain('glpat-wrong-token');
    expect((error as ProviderError).hint).not.toContain('glpat-wrong-token');
  });

  it('reports a group that does not exist as gitlab.not-found', async () => {
    const other = await fixture.startProvider({ group: 'no-such-group' });
    await expect(other.handlers.repository?.list()).rejects.toMatchObject({ code: 'gitlab.not-found' });
  });

  it('checks health with two requests: the token\'s user (with the rate limit) and the group', async () => {
    expect(await fixture.provider.health()).toEqual({
      reachable: true,
      authenticated: true,
      rateLimit: { remaining: 1999, limit: 2000, resetAt: expect.stringMatching(/^\d{4}-/) as unknown },
      detail: `group acme (id ${String(fixture.hosted.store.ownerGroup.id)}) as mosaic-bot`,
    });
    expect(fixture.hosted.emulator.totalRequests()).toBe(2);
    const refused = await (await fixture.startProvider({ token: 'wrong' })).health();
    expect(refused.reachable).toBe(false);
    expect(refused.authenticated).toBe(false);
    expect(refused.detail).toContain('refused the token');
  });

  it('sends the token as a Bearer credential', async () => {
    let authorization: string | undefined;
    const server = (fixture.hosted.emulator as unknown as { server: import('node:http').Server }).server;
    server.prependListener('request', (request: import('node:http').IncomingMessage) => {
      authorization = request.headers.authorization;
    });
    await fixture.provider.health();
    expect(authorization).toBe(`Bearer ${token}`);
  });

  it('retries a 503 on a GET once, with one extra request', async () => {
    fixture.hosted.emulator.inject({ kind: 'status', status: 503, times: 1, match: { route: '/api/v4/groups/:id/projects' } });
    expect(await fixture.repositories.list({ details: new Map() })).toHaveLength(2);
    expect(counts()['GET /api/v4/groups/:id/projects']).toBe(2);
    expect(fixture.traffic.counts()['gitlab-test']?.retries).toBe(1);
  });

  it('waits out a 429 with Retry-After and carries on', async () => {
    fixture.hosted.emulator.inject({ kind: 'rate-limit', status: 429, times: 1, retryAfterSeconds: 1 });
    expect(await fixture.repositories.list({ details: new Map() })).toHaveLength(2);
    expect(fixture.traffic.counts()['gitlab-test']?.retries).toBe(1);
  });

  it('retries a GET whose connection dropped', async () => {
    fixture.hosted.emulator.inject({ kind: 'drop', times: 1, match: { method: 'GET' } });
    expect(await fixture.repositories.list({ details: new Map() })).toHaveLength(2);
    expect(counts()['GET /api/v4/groups/:id/projects']).toBe(2);
  });

  it('reports a lasting 502 after the transport’s four attempts (gitbeaker would have made ten)', async () => {
    fixture.hosted.emulator.inject({ kind: 'status', status: 502, times: 100 });
    const error = await fixture.repositories.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'gitlab.unavailable' });
    expect((error as Error).message).toContain('HTTP 502');
    expect(counts()['GET /api/v4/groups/:id/projects']).toBe(4);
  });

  it('does not retry a create that failed with a 503', async () => {
    fixture.hosted.emulator.inject({ kind: 'status', status: 503, times: 1, match: { method: 'POST', route: '/api/v4/projects' } });
    await expect(fixture.repositories.create({ name: 'new' })).rejects.toMatchObject({ code: 'gitlab.unavailable' });
    expect(counts()['POST /api/v4/projects']).toBe(1);
  });

  it('does not retry a create whose connection dropped', async () => {
    fixture.hosted.emulator.inject({ kind: 'drop', times: 1, match: { method: 'POST', route: '/api/v4/projects' } });
    await expect(fixture.repositories.create({ name: 'new' })).rejects.toMatchObject({ code: 'gitlab.unreachable', setting: 'url' });
    expect(counts()['POST /api/v4/projects']).toBe(1);
  });

  it('reports an instance it cannot reach as gitlab.unreachable on the url setting', async () => {
    const other = await fixture.startProvider({ url: 'http://127.0.0.1:9' });
    await expect(other.handlers.repository?.list()).rejects.toMatchObject({ code: 'gitlab.unreachable', setting: 'url' });
  });

  it('reports a rate limit that outlasts the retries as gitlab.rate-limited, with when it resets', async () => {
    fixture.hosted.emulator.inject({ kind: 'rate-limit', status: 429, times: 100, retryAfterSeconds: 120 });
    const error = await fixture.repositories.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'gitlab.rate-limited' });
    expect((error as ProviderError).hint).toMatch(/resets after \d{4}-\d\d-\d\dT/);
    // A wait longer than the transport's limit is not attempted.
    expect(counts()['GET /api/v4/groups/:id/projects']).toBe(1);
  });
});
