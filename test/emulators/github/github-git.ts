// Git over HTTPS on the GitHub emulator: /OWNER/NAME.git, authenticated as github.com does it
// (Basic, the token as password with any username such as x-access-token, or as username),
// archived repositories read-only, protected branches safe from force pushes and deletions,
// and the store's branches kept to what was pushed.
import { acceptsTokenCredential, GitHttpHost } from '../framework/git-http.js';
import type { GithubStore, RepoState } from './github-store.js';

export function createGithubGitHost(store: GithubStore, token: string): GitHttpHost {
  const repoAt = (path: string): RepoState | undefined => {
    const [owner, name, ...rest] = path.split('/');
    if (rest.length > 0 || owner?.toLowerCase() !== store.owner.toLowerCase()) return undefined;
    return store.repo(name ?? '');
  };
  return new GitHttpHost({
    realm: 'GitHub',
    protectedBranchMessage: 'GH006: Protected branch update failed: force pushes and deletions are not allowed',
    accepts: acceptsTokenCredential(token),
    locate(path) {
      const repo = repoAt(path);
      if (!repo) return undefined;
      return {
        path: gitPathOf(store, repo),
        head: repo.default_branch,
        initialBranches: [...repo.branches.keys()],
        protectedBranches: [...repo.protection].filter(([, rule]) => !rule.allow_force_pushes).map(([branch]) => branch),
        ...(repo.archived ? { readOnly: 'This repository was archived so it is read-only.' } : {}),
      };
    },
    refsChanged(path, refs) {
      const repo = repoAt(path);
      if (!repo) return;
      repo.branches = new Map(refs.branches);
      repo.default_branch = refs.head;
      repo.pushed_at = store.now();
      store.touch(repo);
    },
  });
}

/** Where git finds the repository on the emulator, without .git: OWNER/NAME. */
export function gitPathOf(store: GithubStore, repo: RepoState): string {
  return `${store.owner}/${repo.name}`;
}
