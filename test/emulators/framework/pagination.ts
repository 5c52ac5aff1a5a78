// Pagination as the real APIs do it: a page of a list, and the RFC 8288 Link header that
// GitHub, Gitea and GitLab send (Bitbucket pages in the body instead).

export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly perPage: number;
  readonly lastPage: number;
  readonly total: number;
}

/** Reads page/per_page (or the name the API uses) from the query, clamped like the real API. */
export function pageOf<T>(items: readonly T[], query: URLSearchParams, options: { perPageParam?: string; defaultPerPage: number; maxPerPage: number }): Page<T> {
  const asked = Number(query.get(options.perPageParam ?? 'per_page') ?? options.defaultPerPage);
  const perPage = Math.min(options.maxPerPage, Math.max(1, Number.isFinite(asked) && asked > 0 ? Math.floor(asked) : options.defaultPerPage));
  const requested = Number(query.get('page') ?? 1);
  const page = Number.isFinite(requested) && requested >= 1 ? Math.floor(requested) : 1;
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  return { items: items.slice((page - 1) * perPage, page * perPage), page, perPage, lastPage, total: items.length };
}

/** Link header with first/prev/next/last relations, keeping the request's other query params. */
export function linkHeader(requestUrl: URL, baseUrl: string, page: Page<unknown>): string | undefined {
  const link = (n: number, rel: string): string => {
    const url = new URL(requestUrl.pathname + requestUrl.search, baseUrl);
    url.searchParams.set('page', String(n));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page.page < page.lastPage) parts.push(link(page.page + 1, 'next'), link(page.lastPage, 'last'));
  if (page.page > 1) parts.push(link(1, 'first'), link(page.page - 1, 'prev'));
  return parts.length > 0 ? parts.join(', ') : undefined;
}
