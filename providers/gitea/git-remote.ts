// Where git reaches a Gitea repository (for a move's push --mirror): the clone_url the API
// gives (built from the server's ROOT_URL, so right for any instance), and Basic
// authentication with the access token as the password, which Gitea takes for any username.
// Not the token as the username: Gitea would try it as a login name and may log it.
import { ProviderError, type GitRemote } from '../../src/resources/provider-contract.js';
import type { GiteaClient } from './gitea-client.js';
import { basicAuthorization, httpsGitRemote } from '../../src/resources/git-remote.js';

export function createGitRemoteReader(client: GiteaClient, token: string): (id: string) => Promise<GitRemote> {
  const authorization = basicAuthorization('x-access-token', token);
  return async (id) => {
    const repository = /^\d+$/.test(id) ? await client.find(`reading repository ${id}`, (api) => api.repositories.repoGetById(Number(id))) : undefined;
    const cloneUrl = repository?.clone_url;
    if (cloneUrl === undefined || cloneUrl === '') {
      throw new ProviderError('gitea.not-found', `Gitea provider "${client.instance}": repository ${id} does not exist`, 'It was deleted outside mosaic; run `mosaic plan` again.');
    }
    return httpsGitRemote(cloneUrl, authorization);
  };
}

