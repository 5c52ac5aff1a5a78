// The `bitbucket` provider plugin: repositories of one Bitbucket Cloud workspace through the REST
// 2.0 API, with a small typed client over the core's fetch. The factory sends no request.
import pLimit from 'p-limit';
import { ProviderError, type ProviderFactory, type ProviderInstance } from '../../src/resources/provider-contract.js';
import { createBitbucketClient } from './bitbucket-client.js';
import { decodeBitbucketSettings } from './bitbucket-settings.js';
import { createRepositoryHandler } from './repository.js';

export const createProvider: ProviderFactory = (context) => {
  let settings;
  try {
    settings = decodeBitbucketSettings(context.name, context.settings);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  // Bitbucket answers If-None-Match with 304 on its JSON GETs, but a 304 still counts against
  // its hourly limits, so conditional requests save transfer and parsing, not budget.
  const fetch = context.createFetch({ retry: true, conditional: true });
  const client = createBitbucketClient({ instance: context.name, settings, fetch });
  const limit = pLimit(settings.maxConcurrency);
  const instance: ProviderInstance = {
    handlers: { repository: createRepositoryHandler({ instance: context.name, client, settings, limit }) },
    // One GET of the workspace's repositories: it proves the credential works where mosaic
    // needs it (GET /user would need the account scope, which access tokens lack). Bitbucket
    // reports no remaining budget, so there is no rate limit to show.
    async health() {
      try {
        await client.probe();
        return { reachable: true, authenticated: true, detail: `workspace ${settings.workspace} at ${settings.url}` };
      } catch (error) {
        const refused = error instanceof ProviderError && error.code === 'bitbucket.unauthorized';
        return { reachable: false, ...(refused ? { authenticated: false } : {}), detail: error instanceof ProviderError ? error.message : String(error) };
      }
    },
    close() {
      limit.clearQueue();
      return Promise.resolve();
    },
  };
  return Promise.resolve(instance);
};
