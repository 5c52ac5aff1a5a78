// What the provider fetch retries and what it never does: 4xx but 408 (idempotent), 409 only
// when the server marks it transient with Retry-After, and 429; the retry budget it is given;
// and what it tells the guarded call about the last answer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyWriteTrace, runInCallScope, type CallScope } from '../../src/transport/call-scope.js';
import { memoryEtagCache } from '../../src/transport/etag-cache.js';
import { createProviderFetch } from '../../src/transport/provider-fetch.js';
import { RequestMeter } from '../../src/transport/request-meter.js';
import { Emulator } from '../emulators/framework/emulator.js';

describe('retry rules of the provider fetch', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = new Emulator({ name: 'test' });
    emulator.route('GET', '/things', () => ({ status: 200, body: [] }));
    emulator.route('PUT', '/things/:id', () => ({ status: 200, body: {} }));
    emulator.route('POST', '/things', () => ({ status: 201, body: {} }));
    await emulator.start();
  });
  afterEach(() => emulator.close());

  const retrying = (maxAttempts = 4) => createProviderFetch({ meter: new RequestMeter(), cache: memoryEtagCache(), maxAttempts, maxWaitMs: 5_000 }, { retry: true });
  const requests = (key: string): number => emulator.counts()[key] ?? 0;

  it.each([400, 401, 403, 404, 405, 410, 422])('never retries a %i', async (status) => {
    emulator.inject({ kind: 'status', status, times: 1 });
    expect((await retrying()(`${emulator.url}/things`)).status).toBe(status);
    expect(requests('GET /things')).toBe(1);
  });

  it('retries a 408 on a GET or PUT, never on a POST', async () => {
    const fetch = retrying();
    emulator.inject({ kind: 'status', status: 408, times: 1 });
    expect((await fetch(`${emulator.url}/things`)).status).toBe(200);
    expect(requests('GET /things')).toBe(2);
    emulator.inject({ kind: 'status', status: 408, times: 1 });
    expect((await fetch(`${emulator.url}/things/1`, { method: 'PUT', body: '{}' })).status).toBe(200);
    expect(requests('PUT /things/:id')).toBe(2);
    emulator.inject({ kind: 'status', status: 408, times: 1 });
    expect((await fetch(`${emulator.url}/things`, { method: 'POST', body: '{}' })).status).toBe(408);
    expect(requests('POST /things')).toBe(1);
  });

  it('retries a 409 only when it carries Retry-After (a transient lock), and only for idempotent methods', async () => {
    const fetch = retrying();
    // GitHub's "Git Repository is empty" is a 409 without Retry-After: a state, not a hiccup.
    emulator.inject({ kind: 'status', status: 409, times: 1 });
    expect((await fetch(`${emulator.url}/things`)).status).toBe(409);
    expect(requests('GET /things')).toBe(1);
    emulator.inject({ kind: 'status', status: 409, times: 1, retryAfterSeconds: 0 });
    expect((await fetch(`${emulator.url}/things/1`, { method: 'PUT', body: '{}' })).status).toBe(200);
    expect(requests('PUT /things/:id')).toBe(2);
    emulator.inject({ kind: 'status', status: 409, times: 1, retryAfterSeconds: 0 });
    expect((await fetch(`${emulator.url}/things`, { method: 'POST', body: '{}' })).status).toBe(409);
    expect(requests('POST /things')).toBe(1);
  });

  it('makes exactly maxAttempts attempts (resilience.retries + 1)', async () => {
    emulator.inject({ kind: 'status', status: 503, times: Infinity });
    expect((await retrying(2)(`${emulator.url}/things`)).status).toBe(503);
    expect(requests('GET /things')).toBe(2);
    emulator.resetCounts();
    expect((await retrying(1)(`${emulator.url}/things`)).status).toBe(503);
    expect(requests('GET /things')).toBe(1);
  });

  it('tells the guarded call what the last answer was: a retried 503 that succeeds leaves "ok"', async () => {
    const fetch = retrying();
    const scope: CallScope = { signal: undefined, last: undefined, writes: emptyWriteTrace() };
    emulator.inject({ kind: 'status', status: 503, times: 1 });
    await runInCallScope(scope, () => fetch(`${emulator.url}/things`));
    expect(scope.last).toEqual({ kind: 'ok', detail: 'HTTP 200' });
    emulator.inject({ kind: 'status', status: 503, times: Infinity });
    await runInCallScope(scope, () => fetch(`${emulator.url}/things`));
    expect(scope.last).toEqual({ kind: 'server-error', detail: 'HTTP 503' });
    emulator.clearFaults();
    emulator.inject({ kind: 'rate-limit', status: 429, times: 1, retryAfterSeconds: 3600 });
    await runInCallScope(scope, () => fetch(`${emulator.url}/things`));
    expect(scope.last).toEqual({ kind: 'rate-limited', detail: 'rate limited (HTTP 429)' });
    emulator.inject({ kind: 'status', status: 404, times: 1 });
    await runInCallScope(scope, () => fetch(`${emulator.url}/things`));
    expect(scope.last).toEqual({ kind: 'client-error', detail: 'HTTP 404' });
  });

  it('records a refused connection, and aborts its request when the guarded call is cancelled', async () => {
    const fetch = retrying(1);
    const url = emulator.url;
    await emulator.pause();
    const refused: CallScope = { signal: undefined, last: undefined, writes: emptyWriteTrace() };
    await expect(runInCallScope(refused, () => fetch(`${url}/things`))).rejects.toThrow();
    expect(refused.last).toEqual({ kind: 'connection', detail: 'connection failed (ECONNREFUSED)' });
    await emulator.resume();
    emulator.latencyMs = 5_000;
    const controller = new AbortController();
    const cancelled: CallScope = { signal: controller.signal, last: undefined, writes: emptyWriteTrace() };
    const pending = runInCallScope(cancelled, () => fetch(`${url}/things`));
    setTimeout(() => { controller.abort(); }, 50);
    await expect(pending).rejects.toThrow(/abort/i);
    expect(cancelled.last).toBeUndefined();
  });
});
