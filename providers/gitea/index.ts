// The `gitea` provider plugin: repositories of one Gitea organization or user through gitea-js.
// The factory only reads its settings; the first request is made when a handler is used.
import type { ProviderContext, ProviderFactory, ProviderHealth, ProviderInstance } from '../../src/resources/provider-contract.js';
import { createGiteaClient } from './gitea-client.js';
import { describeGiteaFailure } from './gitea-errors.js';
import { createOwnerResolver } from './gitea-owner.js';
import { readGiteaSettings } from './gitea-settings.js';
import { createRepositoryHandler } from './repository.js';

// A settings error thrown in the executor becomes the rejection.
export const createProvider: ProviderFactory = (context) => new Promise((resolve) => { resolve(createGiteaInstance(context)); });

function createGiteaInstance(context: ProviderContext): ProviderInstance {
  const settings = readGiteaSettings(context);
  const client = createGiteaClient(context, settings);
  const owner = createOwnerResolver(client, settings.owner);
  return {
    handlers: { repository: createRepositoryHandler({ client, owner }) },
    async health(): Promise<ProviderHealth> {
      try {
        const me = await client.call("reading the token's user", (api) => api.user.userGetCurrent());
        return { reachable: true, detail: `${settings.url} as ${me.login ?? 'unknown user'}` };
      } catch (error) {
        return { reachable: false, detail: describeGiteaFailure(error, context.name, 'checking health').message };
      }
    },
    close: () => Promise.resolve(),
  };
}
