// The `gitea` provider plugin: repositories of one Gitea organization or user through gitea-js.
// The factory only reads its settings; the first request is made when a handler is used.
import type { ProviderContext, ProviderFactory, ProviderInstance } from '../../src/resources/provider-contract.js';
import { createGitRemoteReader } from './git-remote.js';
import { createGiteaClient } from './gitea-client.js';
import { checkGiteaHealth } from './check-health.js';
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
    handlers: { repository: createRepositoryHandler({ client, owner }, createGitRemoteReader(client, settings.token)) },
    health: () => checkGiteaHealth(client, settings.url),
    close: () => Promise.resolve(),
  };
}
