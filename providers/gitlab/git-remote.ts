// Where git reaches a GitLab project (for a move's push --mirror): http_url_to_repo as the API
// gives it (gitlab.com and self-managed alike), and Basic authentication with oauth2 as the
// username and the token as the password, which GitLab takes for personal, group, project
// and OAuth access tokens.
import { ProviderError, type GitRemote } from '../../src/resources/provider-contract.js';
import type { RepositoryReader } from './repository-reader.js';
import { basicAuthorization, httpsGitRemote } from '../../src/resources/git-remote.js';

export type GitRemoteReader = (id: string) => Promise<GitRemote>;

export function createGitRemoteReader(reader: RepositoryReader, instance: string, token: string): GitRemoteReader {
  const authorization = basicAuthorization('oauth2', token);
  return async (id) => {
    const project = /^\d+$/.test(id) ? await reader.readProject(Number(id)) : undefined;
    if (project === undefined) {
      throw new ProviderError('gitlab.not-found', `provider "${instance}": project ${id} no longer exists`, 'It was deleted outside mosaic; run `mosaic plan` again.');
    }
    return httpsGitRemote(project.http_url_to_repo, authorization);
  };
}

