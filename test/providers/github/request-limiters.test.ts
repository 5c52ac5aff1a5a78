// The limiters plugin-throttling schedules through (spacing of writes, requests in flight,
// retries on its "failed" verdict) and the Retry-After plugin's choice of what to wait for,
// with fake timers: no test waits on the clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConcurrencyGroup, createRetryLimiter, createSpacingGroup } from '../../../providers/github/request-limiters.js';
import { unrecognisedRateLimitWait } from '../../../providers/github/rate-limit-wait.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('github request limiters', () => {
  it('starts writes write_interval_ms apart', async () => {
    vi.useFakeTimers();
    const spacing = createSpacingGroup(1000).key('x');
    const started: number[] = [];
    const start = Date.now();
    const jobs = [0, 1, 2].map((n) => spacing.schedule({}, () => started.push(n)));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0]);
    await vi.advanceTimersByTimeAsync(999);
    expect(started).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(jobs);
    expect(started).toEqual([0, 1, 2]);
    expect(Date.now() - start).toBe(2000);
  });

  it('does not space writes at all with write_interval_ms 0', async () => {
    const spacing = createSpacingGroup(0).key('x');
    const started: number[] = [];
    await Promise.all([0, 1, 2].map((n) => spacing.schedule({}, () => started.push(n))));
    expect(started).toEqual([0, 1, 2]);
  });

  it('keeps at most max requests in flight, retries aside', async () => {
    const group = createConcurrencyGroup(2).key('x');
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const job = (): Promise<void> => {
      running += 1;
      most = Math.max(most, running);
      return new Promise<void>((resolve) => releases.push(() => {
        running -= 1;
        resolve();
      }));
    };
    const all = Promise.all([1, 2, 3, 4].map(() => group.schedule({}, job)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(running).toBe(2);
    void group.schedule({ weight: 0 }, job);
    await new Promise((resolve) => setImmediate(resolve));
    expect(running).toBe(3);
    while (releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await all;
    expect(most).toBe(3);
  });

  it('retries a job after the wait its "failed" listener names, and fails when it names none', async () => {
    vi.useFakeTimers();
    const limiter = createRetryLimiter();
    limiter.on('failed', (_error, info) => (info.retryCount < 2 ? 500 : undefined));
    let attempts = 0;
    const result = limiter.schedule(() => {
      attempts += 1;
      if (attempts < 3) throw new Error('limited');
      return 'ok';
    });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(result).resolves.toBe('ok');
    expect(attempts).toBe(3);
    const failing = limiter.schedule(() => Promise.reject(new Error('always')));
    const settled = expect(failing).rejects.toThrow('always');
    await vi.advanceTimersByTimeAsync(1000);
    await settled;
  });

  it('waits on Retry-After only for rate limits plugin-throttling does not recognise', () => {
    const answer = (status: number, headers: Record<string, string>, message = 'API rate limit exceeded (emulated)') => ({ status, message, response: { headers } });
    expect(unrecognisedRateLimitWait(answer(429, { 'retry-after': '2' }), 0)).toBe(2);
    expect(unrecognisedRateLimitWait(answer(403, { 'retry-after': '3' }), 0)).toBe(3);
    expect(unrecognisedRateLimitWait(answer(429, {}), 1)).toBe(2);
    expect(unrecognisedRateLimitWait(answer(403, {}, 'Must have admin rights to Repository.'), 0)).toBeUndefined();
    expect(unrecognisedRateLimitWait(answer(403, { 'retry-after': '60' }, 'You have exceeded a secondary rate limit'), 0)).toBeUndefined();
    expect(unrecognisedRateLimitWait(answer(403, { 'x-ratelimit-remaining': '0' }), 0)).toBeUndefined();
    expect(unrecognisedRateLimitWait(answer(500, { 'retry-after': '1' }), 0)).toBeUndefined();
  });
});
