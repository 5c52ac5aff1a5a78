// The gitea provider's health: GET /version (the server and its version) and GET /user (the
// token works, and whose it is). Gitea has no API rate limit to report.
import { ProviderError, type ProviderHealth } from '../../src/resources/provider-contract.js';
import type { GiteaClient } from './gitea-client.js';

export async function checkGiteaHealth(client: GiteaClient, url: string): Promise<ProviderHealth> {
  const [version, user] = await Promise.allSettled([
    client.call('reading the server version', (api) => api.version.getVersion()),
    client.call("reading the token's user", (api) => api.user.userGetCurrent()),
  ]);
  if (user.status === 'rejected') {
    const error: unknown = user.reason;
    const refused = error instanceof ProviderError && error.code === 'gitea.unauthorized';
    return { reachable: false, ...(refused ? { authenticated: false } : {}), detail: error instanceof Error ? error.message : String(error) };
  }
  const server = version.status === 'fulfilled' && version.value.version !== undefined ? `Gitea ${version.value.version} at ${url}` : url;
  return { reachable: true, authenticated: true, detail: `${server} as ${user.value.login ?? 'unknown user'}` };
}
