// The fetch a provider plugin hands to its SDK: counts every request on the instance's
// RequestMeter, answers GETs from the ETag cache through conditional requests, and retries
// what is safe to retry (honouring Retry-After and rate-limit resets).
import { createHash } from 'node:crypto';
import { DelegateBackoff, handleType, retry } from 'cockatiel';
import type { FetchOptions } from '../resources/provider-contract.js';
import type { EtagCache } from './etag-cache.js';
import type { RequestMeter } from './request-meter.js';

export interface ProviderFetchDeps {
  readonly meter: RequestMeter;
  readonly cache: EtagCache;
  /** The fetch underneath; globalThis.fetch unless a test gives another. */
  readonly baseFetch?: typeof globalThis.fetch;
  /** Longest wait for a Retry-After or a rate-limit reset; longer ones are given up at once. */
  readonly maxWaitMs?: number;
  readonly maxAttempts?: number;
}

const idempotent = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/** Headers of a cached answer that a client reads besides the body. */
const keptHeaders = ['content-type', 'link', 'x-total-count', 'x-total', 'x-total-pages', 'x-next-page', 'x-page', 'x-per-page'];

/**
 * A failure worth another attempt: an answer (with how long the server asked us to wait;
 * undefined means our own backoff) or a dropped connection of an idempotent request.
 */
class RetriableFailure extends Error {
  constructor(
    readonly response: Response | undefined,
    readonly waitMs: number | undefined,
    readonly dropped?: unknown,
  ) {
    super(response ? `HTTP ${String(response.status)}` : 'connection dropped');
  }
}

export function createProviderFetch(deps: ProviderFetchDeps, options: FetchOptions = {}): typeof globalThis.fetch {
  const baseFetch = deps.baseFetch ?? globalThis.fetch;
  const maxWaitMs = deps.maxWaitMs ?? 60_000;

  async function once(url: string, init: RequestInit, headers: Headers, method: string): Promise<Response> {
    let response: Response;
    try {
      response = await baseFetch(url, { ...init, headers });
    } catch (error) {
      deps.meter.recordFailure();
      if (options.retry === true && idempotent.has(method) && isDroppedConnection(error)) throw new RetriableFailure(undefined, undefined, error);
      throw error;
    }
    deps.meter.recordResponse(response, response.status === 304 && options.notModifiedIsFree === true);
    if (options.retry === true) {
      const waitMs = retryWait(response, method);
      if (waitMs !== undefined && waitMs !== 'no' && waitMs <= maxWaitMs) {
        // Read now: the last failed answer goes back to the SDK, which reads its error body.
        const buffered = new Response(await response.text(), { status: response.status, statusText: response.statusText, headers: response.headers });
        throw new RetriableFailure(buffered, waitMs < 0 ? undefined : waitMs);
      }
    }
    return response;
  }

  const policy = retry(
    handleType(RetriableFailure),
    {
      maxAttempts: (deps.maxAttempts ?? 4) - 1,
      backoff: new DelegateBackoff((context) => {
        const reason = context.result;
        if ('error' in reason && reason.error instanceof RetriableFailure && reason.error.waitMs !== undefined) return reason.error.waitMs;
        // Exponential backoff with full jitter: 100 ms, 200 ms, 400 ms ceilings.
        return Math.random() * 100 * 2 ** (context.attempt - 1);
      }),
    },
  );
  policy.onRetry(() => { deps.meter.recordRetry(); });

  return async function providerFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    const url = input instanceof Request ? input.url : String(input);
    const headers = new Headers(input instanceof Request ? input.headers : undefined);
    new Headers(init.headers).forEach((value, name) => { headers.set(name, value); });
    const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const conditional = options.conditional === true && method === 'GET';
    const key = conditional ? cacheKey(url, headers) : '';
    const cached = conditional ? deps.cache.get(key) : undefined;
    if (cached && !headers.has('if-none-match')) headers.set('if-none-match', cached.etag);

    const attempt = (): Promise<Response> => once(url, init, headers, method);
    let response: Response;
    try {
      response = options.retry === true ? await policy.execute(attempt, init.signal ?? undefined) : await attempt();
    } catch (error) {
      // Out of attempts: hand the last answer to the SDK to report, or the network error.
      if (error instanceof RetriableFailure) {
        if (error.response) return error.response;
        throw error.dropped;
      }
      throw error;
    }
    if (response.status === 304 && cached) return fromCache(response, cached.body(), cached.headers);
    const etag = response.headers.get('etag');
    if (conditional && response.status === 200 && etag !== null) {
      // Bytes, not text: the body is deflated into the cache and handed on without decoding.
      const body = new Uint8Array(await response.arrayBuffer());
      const kept: Record<string, string> = {};
      for (const name of keptHeaders) {
        const value = response.headers.get(name);
        if (value !== null) kept[name] = value;
      }
      deps.cache.set(key, { etag, body, headers: kept });
      return fromCache(response, body, {});
    }
    return response;
  };
}

/**
 * How long to wait before retrying this answer: ms, -1 for our own backoff, 'no' when the
 * answer must not be retried, undefined when it is not a failure.
 */
function retryWait(response: Response, method: string): number | 'no' | undefined {
  const { status } = response;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (status === 429) return retryAfter ?? resetWait(response.headers) ?? -1;
  if (status === 403) {
    // A 403 is a rate limit only when the server says so; otherwise it is a refusal.
    if (retryAfter !== undefined) return retryAfter;
    if (response.headers.get('x-ratelimit-remaining') === '0') return resetWait(response.headers) ?? 'no';
    return undefined;
  }
  if (status >= 500 && status !== 501) return idempotent.has(method) ? (retryAfter ?? -1) : 'no';
  return undefined;
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function resetWait(headers: Headers): number | undefined {
  const reset = headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset');
  if (reset === null || !/^\d+$/.test(reset)) return undefined;
  const value = Number(reset);
  // GitHub sends epoch seconds, GitLab (RateLimit-Reset) too; small values are a delay in seconds.
  return value > 1_000_000_000 ? Math.max(0, value * 1000 - Date.now()) : value * 1000;
}

function isDroppedConnection(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return error instanceof TypeError && (cause?.code === undefined || /^(ECONNRESET|ECONNREFUSED|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/.test(cause.code));
}

function cacheKey(url: string, headers: Headers): string {
  // Answers vary by credential (GitHub sends Vary: Authorization): never share across tokens.
  const credential = headers.get('authorization') ?? headers.get('private-token') ?? '';
  const identity = credential === '' ? '' : createHash('sha256').update(credential).digest('hex').slice(0, 16);
  return `${url} ${identity}`;
}

function fromCache(response: Response, body: Uint8Array, cachedHeaders: Readonly<Record<string, string>>): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  for (const [name, value] of Object.entries(cachedHeaders)) headers.set(name, value);
  return new Response(body, { status: 200, statusText: 'OK', headers });
}
