// Who owns the repositories an instance manages: an organization, the token's own user, or
// another user (readable only). Found once per instance, on first use, in one or two requests.
import type { Repository } from 'gitea-js';
import { ProviderError } from '../../src/resources/provider-contract.js';
import type { GiteaClient } from './gitea-client.js';

export interface GiteaOwner {
  readonly name: string;
  readonly kind: 'organization' | 'token-user' | 'other-user';
}

export function createOwnerResolver(client: GiteaClient, configured: string | undefined): () => Promise<GiteaOwner> {
  let pending: Promise<GiteaOwner> | undefined;
  const resolve = async (): Promise<GiteaOwner> => {
    if (configured !== undefined) {
      const organization = await client.find(`looking up organization ${configured}`, (api) => api.orgs.orgGet(configured));
      if (organization) return { name: organization.name ?? configured, kind: 'organization' };
    }
    const me = await client.call('reading the token\'s user', (api) => api.user.userGetCurrent());
    const login = me.login ?? '';
    if (configured === undefined || configured.toLowerCase() === login.toLowerCase()) return { name: login, kind: 'token-user' };
    return { name: configured, kind: 'other-user' };
  };
  return () => {
    // A failed lookup is tried again next time (the cause may have been passing).
    pending ??= resolve().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** Every repository of the owner, the way Gitea lists them for that kind of owner. */
export async function listOwnerRepositories(client: GiteaClient, owner: GiteaOwner): Promise<Repository[]> {
  const doing = `listing the repositories of ${owner.name}`;
  switch (owner.kind) {
    case 'organization':
      return client.listAll(doing, (api, query) => api.orgs.orgListRepos(owner.name, query));
    case 'other-user':
      return client.listAll(doing, (api, query) => api.users.userListRepos(owner.name, query));
    case 'token-user': {
      // /user/repos also lists repositories shared with the user; keep the user's own.
      const all = await client.listAll(doing, (api, query) => api.user.userCurrentListRepos(query));
      return all.filter((repo) => repo.owner?.login?.toLowerCase() === owner.name.toLowerCase());
    }
  }
}

export function cannotCreateFor(instance: string, owner: GiteaOwner): ProviderError {
  return new ProviderError(
    'gitea.forbidden',
    `Gitea provider "${instance}" cannot create repositories for user ${owner.name}: a token creates repositories only for its own user or for an organization`,
    'Set `owner` to an organization the token\'s user may create repositories in, or use that user\'s own token.',
    'owner',
  );
}
