import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProviderFetch } from '../../src/transport/provider-fetch.js';
import { memoryEtagCache } from '../../src/transport/etag-cache.js';
import { RequestMeter } from '../../src/transport/request-meter.js';
import { Emulator } from '../emulators/framework/emulator.js';

describe('the provider fetch', () => {
  let emulator: Emulator;
  let writes = 0;
  beforeEach(async () => {
    writes = 0;
    emulator = new Emulator({ name: 'test', conditional: true, rateLimit: { limit: 100, headers: 'x-ratelimit', notModifiedIsFree: true } });
    emulator.route('GET', '/things', () => ({ status: 200, body: [{ id: 1 }], headers: { link: '<http://x/things?page=2>; rel="next"' } }));
    emulator.route('POST', '/things', () => {
      writes += 1;
      return { status: 201, body: { id: 2 } };
    });
    await emulator.start();
  });
  afterEach(() => emulator.close());

  const setup = (options: Parameters<typeof createProviderFetch>[1]) => {
    const meter = new RequestMeter();
    const cache = memoryEtagCache();
    return { meter, cache, fetch: createProviderFetch({ meter, cache, maxWaitMs: 5_000 }, options) };
  };

  it('answers a repeated GET from the ETag cache with a free 304, keeping the pagination header', async () => {
    const { meter, fetch } = setup({ conditional: true, notModifiedIsFree: true });
    const first = await fetch(`${emulator.url}/things`);
    expect(await first.json()).toEqual([{ id: 1 }]);
    const second = await fetch(`${emulator.url}/things`);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual([{ id: 1 }]);
    expect(second.headers.get('link')).toContain('rel="next"');
    expect(meter.counts()).toMatchObject({ requests: 2, not_modified: 1, rate_limited: 1, rate_limit: { remaining: 99, limit: 100 } });
  });

  it('keeps cache entries apart per credential', async () => {
    const { meter, fetch } = setup({ conditional: true });
    await fetch(`${emulator.url}/things`, { headers: { authorization: 'token a' } });
    await fetch(`${emulator.url}/things`, { headers: { authorization: 'token b' } });
    expect(meter.counts().not_modified).toBe(0);
  });

  it('retries a 503, a 429 with Retry-After and a dropped GET; gives the last answer back when retries run out', async () => {
    const { meter, fetch } = setup({ retry: true });
    emulator.inject({ kind: 'status', status: 503, times: 1 });
    expect((await fetch(`${emulator.url}/things`)).status).toBe(200);
    emulator.inject({ kind: 'rate-limit', status: 429, times: 1, retryAfterSeconds: 1 });
    expect((await fetch(`${emulator.url}/things`)).status).toBe(200);
    emulator.inject({ kind: 'drop', times: 1 });
    expect((await fetch(`${emulator.url}/things`)).status).toBe(200);
    expect(meter.counts().retries).toBe(3);
    emulator.inject({ kind: 'status', status: 500, times: 10 });
    const failed = await fetch(`${emulator.url}/things`);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ message: 'emulated 500' });
  });

  it('never retries a POST after a 5xx or a dropped connection, but does after a 429', async () => {
    const { fetch } = setup({ retry: true });
    emulator.inject({ kind: 'status', status: 502, times: 1 });
    expect((await fetch(`${emulator.url}/things`, { method: 'POST', body: '{}' })).status).toBe(502);
    emulator.inject({ kind: 'drop', times: 1 });
    await expect(fetch(`${emulator.url}/things`, { method: 'POST', body: '{}' })).rejects.toThrow();
    expect(writes).toBe(0);
    emulator.inject({ kind: 'rate-limit', status: 429, times: 1, retryAfterSeconds: 0 });
    expect((await fetch(`${emulator.url}/things`, { method: 'POST', body: '{}' })).status).toBe(201);
    expect(writes).toBe(1);
  });

  it('treats a 403 as a rate limit only when the server says so', async () => {
    const { fetch } = setup({ retry: true });
    emulator.route('GET', '/secret', () => ({ status: 403, body: { message: 'Forbidden' } }));
    expect((await fetch(`${emulator.url}/secret`)).status).toBe(403);
    emulator.inject({ kind: 'rate-limit', status: 403, times: 1, retryAfterSeconds: 0 });
    expect((await fetch(`${emulator.url}/things`)).status).toBe(200);
  });

  it('gives up at once on a Retry-After longer than it may wait', async () => {
    const { fetch } = setup({ retry: true });
    emulator.inject({ kind: 'rate-limit', status: 429, times: 1, retryAfterSeconds: 3600 });
    expect((await fetch(`${emulator.url}/things`)).status).toBe(429);
  });
});
