// How long the client waits out GitHub's rate limits, and the outermost Octokit plugin: it
// waits for the answers plugin-throttling does not recognise (a 403/429 naming its wait in
// Retry-After, which GitHub documents for every rate-limit answer, without the "secondary
// rate" wording or the exhausted x-ratelimit-remaining that plugin-throttling looks for), and
// gives each request its own copy of the `request` options.
import type { Octokit } from '@octokit/rest';

export interface RateLimitPatience {
  /** Retries of one request refused for its rate; after them the refusal is reported. */
  readonly maxRetries: number;
  /** Longest wait worth taking; a later reset is reported at once with its time. */
  readonly maxWaitSeconds: number;
}

export const defaultPatience: RateLimitPatience = { maxRetries: 3, maxWaitSeconds: 60 };

interface HttpFailure {
  readonly status?: unknown;
  readonly message?: unknown;
  readonly response?: { readonly headers?: Readonly<Record<string, string | number | undefined>> };
}

/** Seconds to wait before retrying `error`, or undefined when this plugin leaves it alone. */
export function unrecognisedRateLimitWait(error: unknown, attempt: number): number | undefined {
  const failure = error as HttpFailure | null;
  const status = failure?.status;
  if (status !== 403 && status !== 429) return undefined;
  const headers = failure?.response?.headers ?? {};
  // plugin-throttling handles these two; waiting here too would double the retries.
  if (typeof failure?.message === 'string' && /\bsecondary rate\b/i.test(failure.message)) return undefined;
  if (String(headers['x-ratelimit-remaining']) === '0') return undefined;
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && /^\d+$/.test(String(retryAfter).trim())) return Number(retryAfter);
  // A bare 429 is a rate limit with no hint: back off 1, 2, 3 s. A bare 403 is a refusal.
  return status === 429 ? attempt + 1 : undefined;
}

export function createRateLimitWaitPlugin(patience: RateLimitPatience): (octokit: Pick<Octokit, 'hook'>) => void {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      // plugin-retry and plugin-throttling count retries in options.request, which is the
      // client's shared default object unless a call passes its own: without a copy, every
      // retry made the next request's first backoff longer. Every hook holds this same
      // `options` object, so the copy is put in place rather than passed on.
      const shared = options.request;
      for (let attempt = 0; ; attempt += 1) {
        try {
          options.request = { ...shared };
          return await request(options);
        } catch (error) {
          const wait = unrecognisedRateLimitWait(error, attempt);
          if (wait === undefined || attempt >= patience.maxRetries || wait > patience.maxWaitSeconds) throw error;
          await new Promise((resolve) => setTimeout(resolve, wait * 1000));
        }
      }
    });
  };
}
