// Gitea's HTTP conventions: token authentication, error bodies ({message, url}), and
// pagination with page/limit, X-Total-Count and a Link header built from ROOT_URL.
import type { EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';
import { pageOf } from '../framework/pagination.js';

/** [api] DEFAULT_PAGING_NUM and MAX_RESPONSE_ITEMS as a default Gitea ships them. */
export const defaultPageSize = 30;
export const maxPageSize = 50;

export function swaggerUrl(appUrl: string): string {
  return `${appUrl}api/swagger`;
}

/** ctx.APIError: a message and the link to the API description. */
export function apiError(appUrl: string, status: number, message: string): EmulatorResponse {
  return { status, body: { message, url: swaggerUrl(appUrl) } };
}

/** ctx.APIErrorNotFound: Gitea's 404 also lists the underlying errors (null when none). */
export function notFound(appUrl: string, ...errors: string[]): EmulatorResponse {
  return { status: 404, body: { errors: errors.length > 0 ? errors : null, message: "The target couldn't be found.", url: swaggerUrl(appUrl) } };
}

/** The 422 of the body binding (missing or malformed fields). */
export function validationError(appUrl: string, message: string): EmulatorResponse {
  return apiError(appUrl, 422, message);
}

/**
 * The token a request carries: `Authorization: token X` (Gitea's own scheme) or `Bearer X`.
 * undefined when there is none.
 */
export function requestToken(request: EmulatorRequest): string | undefined {
  const header = request.headers['authorization'];
  if (typeof header !== 'string') return undefined;
  const match = /^(token|bearer)\s+(\S+)$/i.exec(header.trim());
  return match?.[2];
}

/** Gitea answers an unknown token as an unknown user, and a missing one as required. */
export function checkToken(request: EmulatorRequest, accepted: string, appUrl: string): EmulatorResponse | undefined {
  const token = requestToken(request);
  if (token === undefined) return apiError(appUrl, 401, 'token is required');
  if (token !== accepted) return apiError(appUrl, 401, 'user does not exist [uid: 0, name: ]');
  return undefined;
}

/** One page of a list as Gitea serves it, with X-Total-Count and the Link relations. */
export function pagedList(request: EmulatorRequest, appUrl: string, items: readonly unknown[]): EmulatorResponse {
  const page = pageOf(items, request.query, { perPageParam: 'limit', defaultPerPage: defaultPageSize, maxPerPage: maxPageSize });
  const headers: Record<string, string> = { 'x-total-count': String(page.total), 'access-control-expose-headers': 'X-Total-Count, Link' };
  const link = giteaLinkHeader(request.url, appUrl, page.page, page.lastPage);
  if (link !== undefined) headers['link'] = link;
  return { status: 200, body: page.items, headers };
}

/** Gitea's genAPILinks: next, last, first, prev, joined by a comma, query keys sorted. */
function giteaLinkHeader(requestUrl: URL, appUrl: string, page: number, lastPage: number): string | undefined {
  const link = (n: number, rel: string): string => {
    const query = new URLSearchParams(requestUrl.searchParams);
    query.set('page', String(n));
    query.sort();
    return `<${appUrl}${requestUrl.pathname.slice(1)}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return links.length > 0 ? links.join(',') : undefined;
}

export function bodyObject(request: EmulatorRequest): Record<string, unknown> {
  const body = request.body;
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
}

export function optionalBoolean(body: Record<string, unknown>, key: string): boolean | undefined {
  const value = body[key];
  return typeof value === 'boolean' ? value : undefined;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
