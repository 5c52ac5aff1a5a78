// Where git reaches a GitHub repository (for a move's push --mirror): the clone_url the API
// gives, so github.com and GitHub Enterprise Server alike, and the header GitHub takes for a
// token over HTTPS: Basic with x-access-token as the user and the token as the password.
import { ProviderError, type GitRemote } from '../../src/resources/provider-contract.js';
import type { GithubConnection } from './github-client.js';
import { describeGithubError, statusOf } from './github-errors.js';
import { basicAuthorization, httpsGitRemote } from '../../src/resources/git-remote.js';

export type GitRemoteReader = (name: string) => Promise<GitRemote>;

export function createGitRemoteReader(api: GithubConnection, token: string): GitRemoteReader {
  const { client, owner, instance } = api;
  const authorization = basicAuthorization('x-access-token', token);
  return async (name) => {
    let cloneUrl: string;
    try {
      cloneUrl = (await client.rest.repos.get({ owner, repo: name })).data.clone_url;
    } catch (error) {
      if (statusOf(error) === 404) throw new ProviderError('github.not-found', `GitHub provider "${instance}": repository "${name}" does not exist`, 'It was deleted or renamed outside mosaic; run `mosaic plan` again.');
      throw describeGithubError(instance, `reading the clone URL of repository "${name}"`, error);
    }
    return httpsGitRemote(cloneUrl, authorization);
  };
}

