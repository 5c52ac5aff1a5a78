// The requester gitbeaker sends every request through, built over mosaic's fetch
// (context.createFetch) instead of gitbeaker's own handler, which calls the global fetch,
// retries 429 and 502 up to ten times by itself and queues requests behind client-side rate
// limiters. Here each call is exactly one fetch: retries, Retry-After and the ETag cache are
// the transport's job (createFetch({ retry: true, conditional: true })), so nothing retries twice.
import { createRequesterFn, type FormattedResponse, type RequesterType, type ResourceOptions } from '@gitbeaker/requester-utils';
import { GitlabHttpError } from './gitlab-errors.js';

/** What gitbeaker's options handler prepares for each request. */
interface PreparedRequest {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | FormData;
  readonly searchParams?: string;
  readonly prefixUrl?: string;
  readonly signal?: AbortSignal;
  readonly asStream?: boolean;
}

export function createGitlabRequester(fetch: typeof globalThis.fetch): (options: ResourceOptions) => RequesterType {
  async function send(endpoint: string, options?: Record<string, unknown>): Promise<FormattedResponse> {
    const prepared = (options ?? {}) as PreparedRequest;
    const method = prepared.method ?? 'GET';
    const base = prepared.prefixUrl === undefined ? undefined : prepared.prefixUrl.endsWith('/') ? prepared.prefixUrl : `${prepared.prefixUrl}/`;
    const url = new URL(endpoint, base);
    url.search = prepared.searchParams ?? '';
    const init: RequestInit = { method, headers: prepared.headers ?? {} };
    if (prepared.body !== undefined) init.body = prepared.body;
    if (prepared.signal !== undefined) init.signal = prepared.signal;
    const response = await fetch(url, init);
    if (!response.ok) throw await readFailure(response, method, url);
    return { body: await readBody(response, prepared.asStream === true), headers: Object.fromEntries(response.headers.entries()), status: response.status };
  }
  // The first argument keeps gitbeaker's prepared options as they are.
  return createRequesterFn((_resource, prepared) => Promise.resolve(prepared), send);
}

async function readBody(response: Response, asStream: boolean): Promise<FormattedResponse['body']> {
  if (asStream) return response.body ?? null;
  if (response.status === 204) return null;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (type === 'application/json') {
    const text = await response.text();
    return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
  }
  if (type.startsWith('text/')) return response.text();
  return response.blob();
}

async function readFailure(response: Response, method: string, url: URL): Promise<GitlabHttpError> {
  const text = await response.text().catch(() => '');
  let message = text.slice(0, 300);
  try {
    message = flattenMessage(JSON.parse(text) as unknown) ?? message;
  } catch {
    // Not JSON (a proxy's HTML page): keep the start of the text.
  }
  return new GitlabHttpError(response.status, method, url.pathname, message, readReset(response.headers));
}

/** GitLab says `{"message": "..."}`, `{"message": {"path": ["has already been taken"]}}` or `{"error": "..."}`. */
function flattenMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const message = record['message'] ?? record['error'];
  if (typeof message === 'string') return message;
  if (typeof message === 'object' && message !== null) {
    return Object.entries(message as Record<string, unknown>)
      .map(([field, problems]) => `${field} ${Array.isArray(problems) ? problems.map(String).join(', ') : String(problems)}`)
      .join('; ');
  }
  return undefined;
}

function readReset(headers: Headers): Date | undefined {
  const reset = headers.get('ratelimit-reset');
  if (reset !== null && /^\d+$/.test(reset)) return new Date(Number(reset) * 1000);
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter)) return new Date(Date.now() + Number(retryAfter) * 1000);
  return undefined;
}
