// The `github` provider: repositories of a GitHub (or GitHub Enterprise Server) organization
// or user account through Octokit. The factory only reads settings; nothing touches the
// network until a handler or health() is called. Imports only src/resources/ of mosaic.
import type { ProviderContext, ProviderFactory, ProviderInstance } from '../../src/resources/provider-contract.js';
import { createGitRemoteReader } from './git-remote.js';
import { createGithubClient, type GithubConnection } from './github-client.js';
import { checkGithubHealth } from './check-health.js';
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
    handlers: { repository: createRepositoryHandler(api, createGitRemoteReader(api, settings.token)) },
    health: () => checkGithubHealth(api),
    close: () => Promise.resolve(),
  };
}
