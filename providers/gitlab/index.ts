// The `gitlab` provider: repositories as projects of one GitLab group (gitlab.com or
// self-managed), through @gitbeaker/rest over mosaic's fetch. Imports only src/resources/.
import type { ProviderFactory } from '../../src/resources/provider-contract.js';
import { checkGitlabHealth } from './check-health.js';
import { createGitlabClient } from './gitlab-client.js';
import { readGitlabSettings } from './gitlab-settings.js';
import { createRepositoryHandler } from './repository.js';

export const createProvider: ProviderFactory = (context) => {
  try {
    const settings = readGitlabSettings(context.name, context.settings);
    // Building the client sends nothing; the first request is the first list or health check.
    const client = createGitlabClient(context, settings);
    return Promise.resolve({
      handlers: { repository: createRepositoryHandler(client, { instance: context.name, group: settings.group, maxConcurrency: settings.maxConcurrency, token: settings.token }) },
      health: () => checkGitlabHealth(client, context.name, settings.group),
      close: () => Promise.resolve(),
    });
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};
