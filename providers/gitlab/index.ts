// The `gitlab` provider: repositories as projects of one GitLab group (gitlab.com or
// self-managed), through @gitbeaker/rest over mosaic's fetch. Imports only src/resources/.
import { ProviderError, type ProviderFactory, type ProviderHealth } from '../../src/resources/provider-contract.js';
import { createGitlabClient, type GitlabClient } from './gitlab-client.js';
import { describeGitlabError } from './gitlab-errors.js';
import { readGitlabSettings } from './gitlab-settings.js';
import { createRepositoryHandler } from './repository.js';

export const createProvider: ProviderFactory = (context) => {
  try {
    const settings = readGitlabSettings(context.name, context.settings);
    // Building the client sends nothing; the first request is the first list or health check.
    const client = createGitlabClient(context, settings);
    return Promise.resolve({
      handlers: { repository: createRepositoryHandler(client, { instance: context.name, group: settings.group, maxConcurrency: settings.maxConcurrency }) },
      health: () => checkHealth(client, context.name, settings.group),
      close: () => Promise.resolve(),
    });
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};

/** One cheap authenticated request that also proves the group exists and is visible. */
async function checkHealth(client: GitlabClient, instance: string, group: string): Promise<ProviderHealth> {
  try {
    const namespace = await client.namespaces.show(group);
    return { reachable: true, detail: `group ${namespace.full_path} (id ${String(namespace.id)})` };
  } catch (error) {
    const described = describeGitlabError(instance, `reading group ${group}`, error);
    return { reachable: false, detail: described instanceof ProviderError || described instanceof Error ? described.message : String(described) };
  }
}
