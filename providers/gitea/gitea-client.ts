// The gitea-js client of one provider instance: mosaic's fetch underneath, every request
// through one concurrency limit, failures turned into ProviderErrors, and Gitea's page/limit
// pagination read to the end.
import { giteaApi, type Api, type HttpResponse } from 'gitea-js';
import pLimit, { type LimitFunction } from 'p-limit';
import type { ProviderContext } from '../../src/resources/provider-contract.js';
import { describeGiteaFailure } from './gitea-errors.js';
import type { GiteaSettings } from './gitea-settings.js';

/** Gitea's default MAX_RESPONSE_ITEMS: the largest page it serves unless configured lower. */
export const pageLimit = 50;

export interface GiteaClient {
  /** The instance's name in the config, for messages. */
  readonly instance: string;
  /** Runs one request under the concurrency limit; a failure becomes a ProviderError. */
  call<T>(doing: string, request: (api: Api<unknown>) => Promise<HttpResponse<T>>): Promise<T>;
  /** Like call, but a 404 is undefined instead of an error. */
  find<T>(doing: string, request: (api: Api<unknown>) => Promise<HttpResponse<T>>): Promise<T | undefined>;
  /** Every item of a paginated list, the later pages fetched in parallel once the total is known. */
  listAll<T>(doing: string, request: (api: Api<unknown>, query: { page: number; limit: number }) => Promise<HttpResponse<T[]>>): Promise<T[]>;
}

export function createGiteaClient(context: ProviderContext, settings: GiteaSettings): GiteaClient {
  // Gitea's JSON API sends no ETag, so conditional requests would only fill the cache.
  const api = giteaApi(settings.url, { token: settings.token, customFetch: context.createFetch({ retry: true, conditional: false }) });
  const limit: LimitFunction = pLimit(settings.maxConcurrency);
  const instance = context.name;

  async function respond<T>(doing: string, request: (api: Api<unknown>) => Promise<HttpResponse<T>>): Promise<HttpResponse<T>> {
    try {
      return await limit(() => request(api));
    } catch (error) {
      throw describeGiteaFailure(error, instance, doing);
    }
  }

  return {
    instance,
    call: async (doing, request) => (await respond(doing, request)).data,
    async find(doing, request) {
      try {
        return (await limit(() => request(api))).data;
      } catch (error) {
        if ((error as { status?: unknown } | null)?.status === 404) return undefined;
        throw describeGiteaFailure(error, instance, doing);
      }
    },
    async listAll<T>(doing: string, request: (api: Api<unknown>, query: { page: number; limit: number }) => Promise<HttpResponse<T[]>>): Promise<T[]> {
      const first = await respond(doing, (client) => request(client, { page: 1, limit: pageLimit }));
      const items: T[] = [...(first.data as T[] | null ?? [])];
      const total = Number(first.headers.get('x-total-count') ?? Number.NaN);
      // The server may serve smaller pages than asked (a lower MAX_RESPONSE_ITEMS).
      const perPage = items.length;
      if (perPage === 0) return items;
      if (Number.isFinite(total)) {
        const pages = Math.ceil(total / perPage);
        const rest = await Promise.all(
          Array.from({ length: Math.max(0, pages - 1) }, (_, i) => respond(doing, (client) => request(client, { page: i + 2, limit: pageLimit }))),
        );
        for (const page of rest) items.push(...(page.data as T[] | null ?? []));
        return items;
      }
      // No total: read on while pages come back full.
      for (let page = 2, last = perPage; last === perPage; page++) {
        const next = (await respond(doing, (client) => request(client, { page, limit: pageLimit }))).data as T[] | null ?? [];
        items.push(...next);
        last = next.length;
      }
      return items;
    },
  };
}
