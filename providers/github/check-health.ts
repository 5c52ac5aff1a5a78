// The github provider's health: GET /rate_limit, which GitHub does not count against the rate
// limit and which says whether the token works and how much budget is left, then the owner
// (organization or the token's user) must be visible.
import type { ProviderHealth } from '../../src/resources/provider-contract.js';
import type { GithubConnection } from './github-client.js';
import { describeGithubError, statusOf } from './github-errors.js';

export async function checkGithubHealth(api: GithubConnection): Promise<ProviderHealth> {
  let rateLimit: ProviderHealth['rateLimit'];
  try {
    const { data } = await api.client.rest.rateLimit.get();
    const core = data.resources.core;
    rateLimit = { remaining: core.remaining, limit: core.limit, resetAt: new Date(core.reset * 1000).toISOString() };
  } catch (error) {
    // A refused token answers 401 here; anything else means GitHub could not be asked.
    return { reachable: false, ...(statusOf(error) === 401 ? { authenticated: false } : {}), detail: describe(api, error) };
  }
  try {
    if (api.ownerType === 'organization') {
      const { data } = await api.client.rest.orgs.get({ org: api.owner });
      return { reachable: true, authenticated: true, rateLimit, detail: `organization ${data.login}` };
    }
    const { data } = await api.client.rest.users.getAuthenticated();
    return { reachable: true, authenticated: true, rateLimit, detail: `user ${data.login}` };
  } catch (error) {
    return { reachable: false, authenticated: statusOf(error) !== 401, rateLimit, detail: describe(api, error) };
  }
}

function describe(api: GithubConnection, error: unknown): string {
  const described = describeGithubError(api.instance, 'checking the connection', error);
  return described instanceof Error ? described.message : String(described);
}
