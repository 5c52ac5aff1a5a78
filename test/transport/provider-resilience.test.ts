// Real provider plugins (Octokit for GitHub, gitea-js for Gitea) guarded by ProviderResilience
// against their emulators: the breaker opens on consecutive unavailability and fails fast,
// probes after half_open_after and closes; 4xx pass through untouched and unretried; a 429 is
// waited out once; timeouts, refused connections, the concurrency limit, persistence.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/resources/provider-contract.js';
import { isProviderUnavailable, type ProviderUnavailableError, type UnavailableReason } from '../../src/transport/provider-resilience.js';
import type { ResponseRecord } from '../emulators/framework/emulator.js';
import { listRoutes, startGuarded, type GuardedKind, type GuardedProvider } from './guarded-provider.js';

const kinds: readonly GuardedKind[] = ['github', 'gitea'];
const routeOf = (kind: GuardedKind): string => listRoutes[kind].slice('GET '.length);

async function unavailable(promise: Promise<unknown>, reason: UnavailableReason): Promise<ProviderUnavailableError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(isProviderUnavailable(error), String(error)).toBe(true);
  const failure = error as ProviderUnavailableError;
  expect(failure.reason).toBe(reason);
  expect(failure.provider).toBe('a');
  return failure;
}

let current: GuardedProvider | undefined;
const start = async (kind: GuardedKind, settings: Parameters<typeof startGuarded>[1] = {}): Promise<GuardedProvider> => {
  current = await startGuarded(kind, settings);
  return current;
};
afterEach(async () => {
  await current?.close();
  current = undefined;
});

describe.each(kinds)('%s guarded', (kind) => {
  it('opens the breaker after N consecutive 503s, fails fast while open, probes after half_open_after and closes', async () => {
    const g = await start(kind, { retries: 1, breaker: { failures: 3, halfOpenAfterMs: 30_000 } });
    g.hosted.emulator.inject({ kind: 'status', status: 503, times: Infinity, match: { route: routeOf(kind) } });
    for (let call = 1; call <= 3; call += 1) {
      const failure = await unavailable(g.repositories.list(), 'server-error');
      expect(failure.message).toContain('"a"');
      expect(failure.detail).toBe('HTTP 503');
    }
    expect(g.resilience.breakerState('a')).toBe('open');
    // Each call made its first attempt and one retry.
    expect(g.listRequests()).toBe(6);

    await unavailable(g.repositories.list(), 'circuit-open');
    g.advance(29_999);
    await unavailable(g.repositories.list(), 'circuit-open');
    expect(g.listRequests()).toBe(6);

    expect(g.resilience.breakerState('a')).toBe('open');
    g.advance(1);
    // Due for a probe: to routing, the next call goes through.
    expect(g.resilience.breakerState('a')).toBe('half-open');
    g.hosted.emulator.clearFaults();
    expect(await g.repositories.list()).toHaveLength(2);
    expect(g.listRequests()).toBe(7);
    expect(g.resilience.breakerState('a')).toBe('closed');
    expect(g.resilience.transitions().map(({ from, to, reason, time }) => ({ from, to, reason, time }))).toEqual([
      { from: 'closed', to: 'open', reason: '3 consecutive failures: HTTP 503', time: '2026-03-01T12:00:00.000Z' },
      { from: 'open', to: 'half-open', reason: 'half-open after 30s', time: '2026-03-01T12:00:30.000Z' },
      { from: 'half-open', to: 'closed', reason: 'probe succeeded', time: '2026-03-01T12:00:30.000Z' },
    ]);
  });

  it('waits out a 429 with Retry-After exactly once', async () => {
    const g = await start(kind);
    const records: ResponseRecord[] = [];
    g.hosted.emulator.onResponse((record) => {
      if (record.route === routeOf(kind)) records.push(record);
    });
    g.hosted.emulator.inject({ kind: 'rate-limit', status: 429, times: 1, retryAfterSeconds: 1, match: { route: routeOf(kind) } });
    expect(await g.repositories.list()).toHaveLength(2);
    expect(records.map((r) => r.status)).toEqual([429, 200]);
    const [limited, retried] = records;
    expect((retried?.receivedAt ?? 0) - (limited?.receivedAt ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(g.resilience.breakerSnapshot('a')?.consecutiveFailures).toBe(0);
  });

  it.each([400, 401, 404, 422])('passes a %i through as thrown, unretried, the breaker untouched', async (status) => {
    const g = await start(kind, { retries: 3 });
    g.hosted.emulator.inject({ kind: 'status', status, times: 1, match: { route: routeOf(kind) } });
    const error = await g.repositories.list().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(isProviderUnavailable(error)).toBe(false);
    expect(g.listRequests()).toBe(1);
    expect(g.resilience.breakerSnapshot('a')).toEqual({ state: 'closed', consecutiveFailures: 0 });
  });

  it('retries a 408 on a GET', async () => {
    const g = await start(kind);
    g.hosted.emulator.inject({ kind: 'status', status: 408, times: 1, match: { route: routeOf(kind) } });
    expect(await g.repositories.list()).toHaveLength(2);
    expect(g.listRequests()).toBe(2);
  });

  it('gives up on a call that outlasts the timeout: ProviderUnavailableError("timeout"), counted by the breaker', async () => {
    const g = await start(kind, { timeoutMs: 200 });
    g.hosted.emulator.latencyMs = 3_000;
    const failure = await unavailable(g.repositories.read('1'), 'timeout');
    expect(failure.message).toMatch(/no answer within 200ms \(resilience\.timeout\)/);
    expect(g.resilience.inFlight('a')).toBe(0);
    expect(g.resilience.breakerSnapshot('a')?.consecutiveFailures).toBe(1);
  });

  it('times each request of a list, not the whole list, which takes as long as the collection', async () => {
    const g = await start(kind, { timeoutMs: 400, retries: 0 });
    g.hosted.emulator.latencyMs = 150;
    // Many pages of 150 ms each: the whole list outlasts the timeout, no request does.
    g.hosted.seedRepositories(Array.from({ length: 2 * g.hosted.maxPageSize + 1 }, (_, i) => `bulk-${String(i)}`));
    expect((await g.repositories.list({ details: new Map() })).length).toBeGreaterThan(2 * g.hosted.maxPageSize);
    g.hosted.emulator.latencyMs = 3_000;
    const failure = await unavailable(g.repositories.list(), 'timeout');
    expect(failure.detail).toMatch(/no answer within 400 ms/);
    expect(g.resilience.breakerSnapshot('a')?.consecutiveFailures).toBe(1);
  });

  it('reports a refused connection as ProviderUnavailableError("connection"), and health as unreachable', async () => {
    const g = await start(kind, { retries: 0 });
    await g.hosted.emulator.pause();
    const failure = await unavailable(g.repositories.list(), 'connection');
    expect(failure.detail).toMatch(/^connection failed|unreachable$/);
    expect(await g.provider.health()).toMatchObject({ reachable: false });
    expect(g.resilience.breakerSnapshot('a')?.consecutiveFailures).toBe(2);
    await g.hosted.emulator.resume();
    expect(await g.provider.health()).toMatchObject({ reachable: true, authenticated: true });
    expect(g.resilience.breakerSnapshot('a')?.consecutiveFailures).toBe(0);
  });
});

describe('the breaker', () => {
  it('is not moved by a 4xx: it neither counts nor resets the failures in a row', async () => {
    const g = await start('gitea', { retries: 0, breaker: { failures: 2, halfOpenAfterMs: 30_000 } });
    const route = routeOf('gitea');
    g.hosted.emulator.inject({ kind: 'status', status: 503, times: 1, match: { route } });
    await unavailable(g.repositories.list(), 'server-error');
    for (const status of [404, 422, 401]) {
      g.hosted.emulator.inject({ kind: 'status', status, times: 1, match: { route } });
      await expect(g.repositories.list()).rejects.toBeInstanceOf(ProviderError);
    }
    expect(g.resilience.breakerSnapshot('a')).toMatchObject({ state: 'closed', consecutiveFailures: 1 });
    expect(await g.repositories.list()).toHaveLength(2);
    expect(g.resilience.breakerSnapshot('a')).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
    expect(g.resilience.transitions()).toEqual([]);
  });

  it('opens again when the half-open probe fails', async () => {
    const g = await start('github', { retries: 0, breaker: { failures: 2, halfOpenAfterMs: 10_000 } });
    g.hosted.emulator.inject({ kind: 'status', status: 502, times: Infinity, match: { route: routeOf('github') } });
    await unavailable(g.repositories.list(), 'server-error');
    await unavailable(g.repositories.list(), 'server-error');
    g.advance(10_000);
    await unavailable(g.repositories.list(), 'server-error');
    expect(g.listRequests()).toBe(3);
    expect(g.resilience.breakerState('a')).toBe('open');
    expect(g.resilience.transitions().map((t) => `${t.from}->${t.to}: ${t.reason}`)).toEqual([
      'closed->open: 2 consecutive failures: HTTP 502',
      'open->half-open: half-open after 10s',
      'half-open->open: probe failed: HTTP 502',
    ]);
    // Open again from the failed probe: the next probe is half_open_after later.
    g.advance(9_999);
    await unavailable(g.repositories.list(), 'circuit-open');
    expect(g.listRequests()).toBe(3);
  });

  it('persists beside the state: a later run fails fast until half_open_after has passed, then probes', async () => {
    const g = await start('github', { retries: 0, breaker: { failures: 2, halfOpenAfterMs: 30_000 } });
    const listeners: string[] = [];
    g.resilience.onTransition((t) => listeners.push(`${t.provider}: ${t.from}->${t.to}`));
    g.hosted.emulator.inject({ kind: 'status', status: 503, times: Infinity, match: { route: routeOf('github') } });
    await unavailable(g.repositories.list(), 'server-error');
    await unavailable(g.repositories.list(), 'server-error');
    expect(listeners).toEqual(['a: closed->open']);
    await g.resilience.save();
    const saved = JSON.parse(await readFile(join(g.stateDir, 'breakers', 'a.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ format_version: 1, state: 'open', consecutive_failures: 2, opened_at: '2026-03-01T12:00:00.000Z', last_failure: 'HTTP 503' });

    // A cron run ten seconds later: open from the start, no request sent.
    g.advance(10_000);
    const cron = await g.restart();
    expect(cron.resilience.breakerState('a')).toBe('open');
    expect(cron.resilience.breakerSnapshot('a')).toMatchObject({ probeAt: Date.parse('2026-03-01T12:00:30.000Z'), lastFailure: 'HTTP 503' });
    const failure = await unavailable(cron.repositories.list(), 'circuit-open');
    expect(failure.message).toContain('open since 2026-03-01T12:00:00.000Z (last failure: HTTP 503)');
    expect(g.listRequests()).toBe(2);

    // Another, after half_open_after: the first call probes, and the provider is back.
    g.advance(20_000);
    g.hosted.emulator.clearFaults();
    const later = await g.restart();
    expect(await later.repositories.list()).toHaveLength(2);
    expect(later.resilience.breakerState('a')).toBe('closed');
    expect(later.resilience.transitions().map((t) => `${t.from}->${t.to}`)).toEqual(['open->half-open', 'half-open->closed']);
    await later.resilience.save();
    expect(JSON.parse(await readFile(join(g.stateDir, 'breakers', 'a.json'), 'utf8'))).toEqual({ format_version: 1, state: 'closed', consecutive_failures: 0 });
  });
});

describe('the concurrency limit', () => {
  it('never lets more than max_concurrency calls reach the provider at once', async () => {
    const g = await start('github', { maxConcurrency: 2 });
    g.hosted.emulator.latencyMs = 100;
    g.hosted.emulator.resetCounts();
    let most = 0;
    const calls = Array.from({ length: 10 }, () =>
      g.repositories.list({ details: new Map() }).then((list) => {
        most = Math.max(most, g.resilience.inFlight('a'));
        return list;
      }),
    );
    const watch = setInterval(() => {
      most = Math.max(most, g.resilience.inFlight('a'));
    }, 10);
    const lists = await Promise.all(calls);
    clearInterval(watch);
    expect(lists.every((list) => list.length === 2)).toBe(true);
    expect(g.hosted.emulator.peakInFlight()).toBe(2);
    expect(most).toBe(2);
    expect(g.resilience.inFlight('a')).toBe(0);
  });
});
