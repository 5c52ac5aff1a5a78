// The limiters plugin-throttling schedules every request through, for one provider instance.
// Its defaults are Bottleneck's, which pass each job through timer-deferred, serialized steps:
// a few hundred jobs a second, so a refresh of 1,000 repositories (2,000 conditional GETs)
// waited on the scheduler, not on GitHub. These keep the plugin's semantics (the
// calls and the "failed" event it uses) with plain promises.
import pLimit from 'p-limit';

/** What plugin-throttling passes with a job: retries come with weight 0 and priority 0. */
interface JobOptions {
  readonly weight?: number;
}

type Task = (...args: unknown[]) => unknown;

export interface LimiterGroup {
  key(id: string): { schedule(options: JobOptions, task: Task, ...args: unknown[]): Promise<unknown> };
}

/** At most `max` jobs at once; a retry (weight 0) goes ahead without taking a place. */
export function createConcurrencyGroup(max: number): LimiterGroup {
  const limit = pLimit(max);
  const limiter = {
    schedule: (options: JobOptions, task: Task, ...args: unknown[]): Promise<unknown> =>
      options.weight === 0 ? Promise.resolve().then(() => task(...args)) : limit(() => task(...args)),
  };
  return { key: () => limiter };
}

/** Jobs start at least `minTimeMs` apart, in the order they were scheduled. */
export function createSpacingGroup(minTimeMs: number): LimiterGroup {
  let nextStart = 0;
  const limiter = {
    async schedule(_options: JobOptions, task: Task, ...args: unknown[]): Promise<unknown> {
      const now = Date.now();
      const start = Math.max(now, nextStart);
      nextStart = start + minTimeMs;
      if (start > now) await sleep(start - now);
      return task(...args);
    },
  };
  return { key: () => limiter };
}

type FailedListener = (error: unknown, info: { args: unknown[]; retryCount: number }) => unknown;

/**
 * Runs a job and, when it fails, asks the "failed" listeners (plugin-throttling's rate-limit
 * handler) whether to retry: a number is the wait in ms before the next attempt, as with
 * Bottleneck; nothing means the failure stands.
 */
export function createRetryLimiter(): { on(event: string, listener: FailedListener): void; schedule(task: Task, ...args: unknown[]): Promise<unknown> } {
  const listeners: FailedListener[] = [];
  return {
    on(event, listener) {
      if (event === 'failed') listeners.push(listener);
    },
    async schedule(task, ...args) {
      for (let retryCount = 0; ; retryCount += 1) {
        try {
          return await task(...args);
        } catch (error) {
          const answers = await Promise.all(
            listeners.map(async (listener) => {
              try {
                return await listener(error, { args, retryCount });
              } catch {
                return undefined;
              }
            }),
          );
          const wait = answers.find((answer) => answer !== undefined && answer !== null);
          if (typeof wait !== 'number') throw error;
          await sleep(wait);
        }
      }
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
