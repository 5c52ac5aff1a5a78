// The `github` provider: repositories of a GitHub (or GitHub Enterprise Server) organization
// or user account through Octokit. The factory only reads settings; nothing touches the
// network until a handler or health() is called. Imports only src/resources/ of mosaic.
import type { ProviderContext, ProviderFactory, ProviderHealth, ProviderInstance } from '../../src/resources/provider-contract.js';
import { createGithubClient, type GithubConnection } from './github-client.js';
import { describeGithubError } from './github-errors.js';
import { readGithubSettings } from './github-settings.js';
import { createRepositoryHandler } from './repository.js';

export const createProvider: ProviderFactory = (context) => {
  try {
    return Promise.resolve(createGithubProvider(context));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};

export function createGithubProvider(context: ProviderContext): ProviderInstance {
  const settings = readGithubSettings(context.name, context.settings);
  const api: GithubConnection = {
    client: createGithubClient(context, settings),
    instance: context.name,
    owner: settings.owner,
    ownerType: settings.ownerType,
    maxConcurrency: settings.maxConcurrency,
  };
  return {
    handlers: { repository: createRepositoryHandler(api) },
    health: () => checkHealth(api),
    close: () => Promise.resolve(),
  };
}

/** One conditional request: the organization (or the token's user) must be visible. */
async function checkHealth(api: GithubConnection): Promise<ProviderHealth> {
  try {
    if (api.ownerType === 'organization') {
      const { data } = await api.client.rest.orgs.get({ org: api.owner });
      return { reachable: true, detail: `organization ${data.login}` };
    }
    const { data } = await api.client.rest.users.getAuthenticated();
    return { reachable: true, detail: `user ${data.login}` };
  } catch (error) {
    const described = describeGithubError(api.instance, 'checking the connection', error);
    return { reachable: false, detail: described instanceof Error ? described.message : String(described) };
  }
}
