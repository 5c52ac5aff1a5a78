// The fetch a provider plugin hands to its SDK: counts every request on the instance's
// RequestMeter, answers GETs from the ETag cache through conditional requests, retries what
// is safe to retry (honouring Retry-After and rate-limit resets), and tells the guarded call
// it runs in what the last answer was and aborts when that call times out.
import { createHash } from 'node:crypto';
import { DelegateBackoff, handleType, retry } from 'cockatiel';
import type { FetchOptions } from '../resources/provider-contract.js';
import { callRequestTimeout, callSignal, callWrites, recordAnswer, type Answer } from './call-scope.js';
import { networkCodeOf } from './classify-failure.js';
import type { EtagCache } from './etag-cache.js';
import type { RequestMeter } from './request-meter.js';

export interface ProviderFetchDeps {
  readonly meter: RequestMeter;
  readonly cache: EtagCache;
  /** The fetch underneath; globalThis.fetch unless a test gives another. */
  readonly baseFetch?: typeof globalThis.fetch;
  /** Longest wait for a Retry-After or a rate-limit reset; longer ones are given up at once. */
  readonly maxWaitMs?: number;
  /** Attempts in all, the first included (resilience.retries + 1). */
  readonly maxAttempts?: number;
}

/** Our own backoff (no Retry-After): exponential from 100 ms, capped, with full jitter. */
const backoffBaseMs = 100;
const backoffCapMs = 10_000;

/** Methods that change nothing at the provider. */
const readOnly = new Set(['GET', 'HEAD', 'OPTIONS']);
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
    const writes = callWrites();
    const isWrite = !readOnly.has(method);
    if (writes) {
      writes.requests += 1;
      if (isWrite) writes.pending += 1;
    }
    try {
      response = await baseFetch(url, { ...init, headers });
    } catch (error) {
      if (writes && isWrite) {
        writes.pending -= 1;
        // Refused: the request never reached the server. Anything else: it may have.
        if (networkCodeOf(error) !== 'ECONNREFUSED') writes.inDoubt = true;
      }
      deps.meter.recordFailure();
      if (options.retry === true && idempotent.has(method) && isDroppedConnection(error)) throw new RetriableFailure(undefined, undefined, error);
      throw error;
    }
    if (writes && isWrite) {
      writes.pending -= 1;
      if (response.status < 400) writes.landed = true;
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
        // Full jitter: a random wait below a ceiling that doubles (100 ms, 200 ms, 400 ms, ...).
        return Math.random() * Math.min(backoffCapMs, backoffBaseMs * 2 ** (context.attempt - 1));
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

    // A guarded call that times out aborts its requests (and the waits between retries).
    const requestLimit = callRequestTimeout();
    const expiry = requestLimit === undefined ? undefined : AbortSignal.timeout(requestLimit);
    const signal = joinSignals(joinSignals(init.signal ?? undefined, callSignal()), expiry);
    const sent: RequestInit = signal === undefined ? init : { ...init, signal };
    const attempt = (): Promise<Response> => once(url, sent, headers, method);
    let response: Response;
    try {
      response = options.retry === true ? await policy.execute(attempt, signal) : await attempt();
    } catch (error) {
      // Out of attempts: hand the last answer to the SDK to report, or the network error.
      if (error instanceof RetriableFailure && error.response) {
        recordAnswer(describeAnswer(error.response));
        return error.response;
      }
      const failure = error instanceof RetriableFailure ? error.dropped : error;
      if (expiry?.aborted === true) recordAnswer({ kind: 'timeout', detail: `a request got no answer within ${String(requestLimit)} ms` });
      else if (signal?.aborted !== true && isConnectionFailure(failure)) recordAnswer({ kind: 'connection', detail: describeConnectionFailure(failure) });
      throw failure;
    }
    recordAnswer(describeAnswer(response));
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
 *
 * A 4xx is the caller's mistake and is never retried, with these exceptions: 429 (and a 403
 * that is a rate limit), which the server did not process; 408, for idempotent methods; and
 * 409 only when the server marks the conflict transient by sending Retry-After (a lock held
 * for a moment), for idempotent methods. Any other 409 is a state the caller must resolve:
 * GitHub's "Git Repository is empty", a name already taken. A 5xx (but 501, which is
 * permanent) is retried for idempotent methods only: a POST or PATCH may have taken effect.
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
  if (status === 408) return idempotent.has(method) ? (retryAfter ?? -1) : 'no';
  if (status === 409) return retryAfter !== undefined && idempotent.has(method) ? retryAfter : undefined;
  if (status >= 500 && status !== 501) return idempotent.has(method) ? (retryAfter ?? -1) : 'no';
  return undefined;
}

/** A 429, or a 403 the server marks as a rate limit (GitHub's primary and secondary limits). */
function isRateLimit(response: Response): boolean {
  if (response.status === 429) return true;
  return response.status === 403 && (response.headers.get('retry-after') !== null || response.headers.get('x-ratelimit-remaining') === '0');
}

/** What the answer handed to the SDK says about the provider, for the guarded call. */
function describeAnswer(response: Response): Answer {
  const detail = `HTTP ${String(response.status)}`;
  if (isRateLimit(response)) return { kind: 'rate-limited', detail: `rate limited (${detail})` };
  if (response.status >= 500) return { kind: 'server-error', detail };
  if (response.status >= 400) return { kind: 'client-error', detail };
  return { kind: 'ok', detail };
}

function isConnectionFailure(error: unknown): boolean {
  return networkCodeOf(error) !== undefined || (error instanceof TypeError && error.message === 'fetch failed');
}

function describeConnectionFailure(error: unknown): string {
  const code = networkCodeOf(error);
  return code === undefined ? 'connection failed' : `connection failed (${code})`;
}

function joinSignals(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return AbortSignal.any([a, b]);
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
