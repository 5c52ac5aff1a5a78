// GitLab's offset pagination: page/per_page (default 20, at most 100) and the headers GitLab
// sends with every list: Link (prev, next, first, last), X-Page, X-Per-Page, X-Prev-Page,
// X-Next-Page, X-Total and X-Total-Pages.
import type { EmulatorResponse } from '../framework/emulator.js';
import { pageOf } from '../framework/pagination.js';

export const defaultPerPage = 20;
export const maxPerPage = 100;

export function paginatedAnswer<T>(items: readonly T[], render: (item: T) => unknown, url: URL, base: string): EmulatorResponse {
  const page = pageOf(items, url.searchParams, { defaultPerPage, maxPerPage });
  const link = (n: number, rel: string): string => {
    const target = new URL(url.pathname + url.search, base);
    target.searchParams.set('page', String(n));
    target.searchParams.set('per_page', String(page.perPage));
    return `<${target.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page.page > 1) links.push(link(page.page - 1, 'prev'));
  if (page.page < page.lastPage) links.push(link(page.page + 1, 'next'));
  links.push(link(1, 'first'), link(page.lastPage, 'last'));
  return {
    status: 200,
    body: page.items.map(render),
    headers: {
      link: links.join(', '),
      'x-page': String(page.page),
      'x-per-page': String(page.perPage),
      'x-prev-page': page.page > 1 ? String(page.page - 1) : '',
      'x-next-page': page.page < page.lastPage ? String(page.page + 1) : '',
      'x-total': String(page.total),
      'x-total-pages': String(page.lastPage),
    },
  };
}
