// Where git reaches a Bitbucket repository (for a move's push --mirror): the https entry of the
// repository's links.clone (its user part dropped), and the configured credential in the Basic
// form git over HTTPS takes (bitbucket-settings.ts says which user goes with which credential).
import { ProviderError, type GitRemote } from '../../src/resources/provider-contract.js';
import type { BitbucketClient } from './bitbucket-client.js';
import type { BitbucketSettings } from './bitbucket-settings.js';
import { httpsGitRemote } from '../../src/resources/git-remote.js';

export type GitRemoteReader = (id: string) => Promise<GitRemote>;

export function createGitRemoteReader(client: BitbucketClient, settings: BitbucketSettings, instance: string): GitRemoteReader {
  return async (id) => {
    const repository = await client.getRepository(id);
    if (repository === undefined) {
      throw new ProviderError('bitbucket.not-found', `bitbucket provider "${instance}": repository ${id} is not in workspace ${settings.workspace}`, 'It was deleted or moved outside mosaic; run `mosaic plan` again.');
    }
    const href = repository.links?.clone?.find((link) => link.name === 'https')?.href;
    if (href === undefined || href === '') {
      throw new ProviderError('bitbucket.invalid', `bitbucket provider "${instance}": Bitbucket gave no https clone link for repository ${repository.full_name}`, 'Check that the repository is a git repository and that `url` points at the Bitbucket Cloud API.');
    }
    // Bitbucket puts the user in the clone URL (https://USER@bitbucket.org/...): dropped, the header says it.
    return httpsGitRemote(href, settings.credential.gitAuthorization);
  };
}
