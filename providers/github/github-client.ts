// The Octokit one provider instance talks through: mosaic's fetch (request counts, ETag
// cache), plugin-throttling with this instance's own limiters (requests in flight, spacing of
// writes), plugin-retry for 5xx and dropped connections (never for a POST or PATCH), and
// waits on Retry-After, all within the instance's resilience retries and max wait.
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { ProviderContext } from '../../src/resources/provider-contract.js';
import type { GithubSettings } from './github-settings.js';
import { createRateLimitWaitPlugin, defaultPatience, type RateLimitPatience } from './rate-limit-wait.js';
import { createConcurrencyGroup, createRetryLimiter, createSpacingGroup } from './request-limiters.js';

export type GithubClient = Octokit;

let instances = 0;

/** GitHub refuses more than 100 concurrent requests (secondary rate limits). */
const githubConcurrencyLimit = 100;

/**
 * Requests in flight at once: max_concurrency repositories are read at a time, each reading
 * its managed settings side by side (up to four requests), never more than GitHub allows.
 */
export function requestsInFlight(maxConcurrency: number): number {
  return Math.min(githubConcurrencyLimit, 4 * maxConcurrency);
}
const silent = (): void => undefined;

/**
 * Statuses plugin-retry must not retry: every 4xx but 408 (429 and rate-limit 403s are
 * plugin-throttling's, which waits for the reset; a 409 such as "Git Repository is empty" is a
 * state, not a hiccup), and 501, which is permanent.
 */
export const notRetried: readonly number[] = [...Array.from({ length: 100 }, (_, i) => 400 + i).filter((status) => status !== 408), 501];

/** The instance's resilience retries and max wait, as the rate-limit plugins count them. */
export function patienceOf(context: ProviderContext): RateLimitPatience {
  const retry = context.resilience;
  return retry === undefined ? defaultPatience : { maxRetries: retry.retries, maxWaitSeconds: retry.maxRetryWaitMs / 1000 };
}

/**
 * plugin-retry retries a 5xx, and a dropped connection (which Octokit reports as a 500), on any
 * method. A POST or PATCH may have taken effect before the answer was lost: they get no
 * retries, and the next run finds (imports) what was created.
 */
export function noRetriesOfUnsafeWrites(octokit: Pick<Octokit, 'hook'>): void {
  octokit.hook.before('request', (options) => {
    const method = options.method.toUpperCase();
    if (method === 'POST' || method === 'PATCH') options.request = { ...options.request, retries: 0 };
  });
}

export function createGithubClient(context: ProviderContext, settings: GithubSettings, patience: RateLimitPatience = patienceOf(context)): GithubClient {
  // plugin-throttling's default limiters are module-wide (shared by every Octokit with the
  // same id: 10 requests in flight, one write a second, one notifying write in three) and slow
  // to schedule. Each instance gets its own, so max_concurrency and write_interval_ms are
  // its alone.
  instances += 1;
  const limiters = {
    global: createConcurrencyGroup(requestsInFlight(settings.maxConcurrency)),
    write: createSpacingGroup(settings.writeIntervalMs),
    // Writes that notify people (adding a collaborator invites them) are spaced three times
    // as far, as plugin-throttling does.
    notifications: createSpacingGroup(3 * settings.writeIntervalMs),
    retryLimiter: createRetryLimiter(),
  };
  const giveUpOrWait = (retryAfterSeconds: number, _options: unknown, _octokit: unknown, retryCount: number): boolean =>
    retryCount < patience.maxRetries && retryAfterSeconds <= patience.maxWaitSeconds;
  // The limiters stand in for Bottleneck's through the calls the plugin makes on them; its
  // option types name Bottleneck's classes.
  const throttle = {
    id: `mosaic-${context.name}-${String(instances)}`,
    ...limiters,
    onRateLimit: giveUpOrWait,
    onSecondaryRateLimit: giveUpOrWait,
  } as unknown as ThrottlingOptions;

  // Registered after plugin-retry, so the write rule is in place before its hooks read it.
  const GithubOctokit = Octokit.plugin(throttling, retry, noRetriesOfUnsafeWrites, createRateLimitWaitPlugin(patience));
  return new GithubOctokit({
    auth: settings.token,
    baseUrl: settings.url,
    userAgent: 'mosaic-github-provider',
    // Octokit's request log prints every failed request to stderr; mosaic reports failures
    // itself, as diagnostics.
    log: { debug: silent, info: silent, warn: silent, error: silent },
    request: { fetch: context.createFetch({ conditional: true, notModifiedIsFree: true, retry: false }) },
    throttle,
    retry: {
      // 429 is waited for by plugin-throttling or the Retry-After plugin, not blindly here.
      doNotRetry: [...notRetried],
      retries: patience.maxRetries,
      // plugin-retry waits (retry + 1)² × this: 0.5 s, 2 s, 4.5 s.
      retryAfterBaseValue: 500,
    },
  });
}

/** What every repository operation needs: the client and whose repositories these are. */
export interface GithubConnection {
  readonly client: GithubClient;
  readonly instance: string;
  readonly owner: string;
  readonly ownerType: GithubSettings['ownerType'];
  readonly maxConcurrency: number;
}
