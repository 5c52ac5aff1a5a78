// The gitlab provider's health: GET /user (the token works; the RateLimit-* headers of the
// answer give the budget left, where the instance sends them), then the group must be
// visible to it.
import { ProviderError, type ProviderHealth } from '../../src/resources/provider-contract.js';
import type { GitlabClient } from './gitlab-client.js';
import { describeGitlabError, isStatus } from './gitlab-errors.js';

export async function checkGitlabHealth(client: GitlabClient, instance: string, group: string): Promise<ProviderHealth> {
  let login: string;
  let rateLimit: ProviderHealth['rateLimit'];
  try {
    const answer = await client.users.showCurrentUser({ showExpanded: true });
    login = answer.data.username;
    rateLimit = rateLimitOf(answer.headers);
  } catch (error) {
    return { reachable: false, ...(isStatus(error, 401) ? { authenticated: false } : {}), detail: describe(instance, "reading the token's user", error) };
  }
  try {
    const namespace = await client.namespaces.show(group);
    return { reachable: true, authenticated: true, ...(rateLimit ? { rateLimit } : {}), detail: `group ${namespace.full_path} (id ${String(namespace.id)}) as ${login}` };
  } catch (error) {
    return { reachable: false, authenticated: true, ...(rateLimit ? { rateLimit } : {}), detail: describe(instance, `reading group ${group}`, error) };
  }
}

/** GitLab.com's RateLimit-Limit / -Remaining / -Reset (epoch seconds); self-managed may send none. */
function rateLimitOf(headers: Readonly<Record<string, string>>): ProviderHealth['rateLimit'] {
  const number = (name: string): number | undefined => {
    const value = headers[name];
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  const limit = number('ratelimit-limit');
  const remaining = number('ratelimit-remaining');
  if (limit === undefined || remaining === undefined) return undefined;
  const reset = number('ratelimit-reset');
  return { remaining, limit, ...(reset === undefined ? {} : { resetAt: new Date(reset * 1000).toISOString() }) };
}

function describe(instance: string, subject: string, error: unknown): string {
  const described = describeGitlabError(instance, subject, error);
  return described instanceof ProviderError || described instanceof Error ? described.message : String(described);
}
