// Makes sure a branch exists before mosaic points the default branch or a protection rule at
// it: a missing branch starts at the tip of the repository's default branch.
import { ProviderError } from '../../src/resources/provider-contract.js';
import type { GithubConnection } from './github-client.js';
import { statusOf } from './github-errors.js';

export async function ensureBranch(api: GithubConnection, repo: string, branch: string, from: string): Promise<void> {
  const { client, owner } = api;
  try {
    await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return;
  } catch (error) {
    if (statusOf(error) !== 404) throw describeEmpty(api, repo, error);
  }
  let sha: string;
  try {
    sha = (await client.rest.git.getRef({ owner, repo, ref: `heads/${from}` })).data.object.sha;
  } catch (error) {
    throw describeEmpty(api, repo, error);
  }
  await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
}

function describeEmpty(api: GithubConnection, repo: string, error: unknown): unknown {
  // GitHub answers 409 "Git Repository is empty." (and 404 for the ref) before the first push.
  if (statusOf(error) !== 409 && statusOf(error) !== 404) return error;
  return new ProviderError(
    'github.invalid',
    `GitHub provider "${api.instance}": repository "${repo}" has no commits, so it has no branch to protect or make the default`,
    'Push a first commit, then apply again (repositories mosaic creates with default_branch or branch_protection get an initial commit).',
  );
}
