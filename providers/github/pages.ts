// Reads every page of a GitHub list: the first page says in its Link header which page is
// the last, so the others are asked for a few at a time instead of one round trip after
// another (a few: a page of 100 repositories is ~600 KB of JSON, and 10,000 repositories are
// 100 pages that should not all be in memory at once).
import pLimit from 'p-limit';

export interface PageAnswer<T> {
  readonly data: readonly T[];
  readonly headers: { readonly link?: string | undefined };
}

/** GitHub's largest page. */
export const perPage = 100;
/** Pages of one list asked for at once. */
const pagesInFlight = 4;

export async function readAllPages<T>(fetchPage: (page: number) => Promise<PageAnswer<T>>): Promise<T[]> {
  const first = await fetchPage(1);
  const last = linkedPage(first.headers.link, 'last');
  if (last !== undefined && last > 1) {
    const limit = pLimit(pagesInFlight);
    const rest = await Promise.all(Array.from({ length: last - 1 }, (_, i) => limit(() => fetchPage(i + 2))));
    return [first, ...rest].flatMap((answer) => [...answer.data]);
  }
  // No `last` (never seen on these endpoints, but allowed): follow `next` one by one.
  const items = [...first.data];
  let link = first.headers.link;
  for (let next = linkedPage(link, 'next'); next !== undefined; next = linkedPage(link, 'next')) {
    const answer = await fetchPage(next);
    items.push(...answer.data);
    link = answer.headers.link;
  }
  return items;
}

/** The `page` query parameter of the Link header's relation `rel`. */
export function linkedPage(link: string | undefined, rel: string): number | undefined {
  if (link === undefined) return undefined;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part.trim());
    if (!match?.[1] || match[2] !== rel) continue;
    const page = new URL(match[1], 'http://link.invalid').searchParams.get('page');
    return page !== null && /^\d+$/.test(page) ? Number(page) : undefined;
  }
  return undefined;
}
