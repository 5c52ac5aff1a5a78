// Git over HTTPS on the Bitbucket emulator: /WORKSPACE/SLUG.git, authenticated as
// bitbucket.org does it (Basic: x-token-auth and an access token, or a username and an app
// password or API token), force pushes refused where a force restriction says so, and the main branch kept to what a first push made it.
import { basicCredentials, GitHttpHost } from '../framework/git-http.js';
import type { BitbucketStore, StoredRepository } from './bitbucket-store.js';

export function createBitbucketGitHost(store: BitbucketStore, token: string): GitHttpHost {
  const repositoryAt = (path: string): StoredRepository | undefined => {
    const [workspace, slug, ...rest] = path.split('/');
    if (rest.length > 0 || !store.isWorkspace(workspace ?? '')) return undefined;
    return store.findRepository((slug ?? '').toLowerCase());
  };
  return new GitHttpHost({
    realm: 'Bitbucket.org HTTP',
    protectedBranchMessage: 'Force-pushes and deletions are not allowed on this branch by a branch restriction',
    accepts: (authorization) => basicCredentials(authorization)?.password === token,
    locate(path) {
      const repository = repositoryAt(path);
      if (!repository) return undefined;
      // A `force` restriction on a glob; the emulator refuses deletions there too (a `delete` restriction alone is not enforced).
      const forbidden = repository.restrictions.filter((rule) => rule.kind === 'force' && rule.branchMatchKind === 'glob').map((rule) => rule.pattern);
      return { path: bitbucketGitPath(store, repository), head: repository.mainbranch, protectedBranches: [...new Set(forbidden)] };
    },
    refsChanged(path, refs) {
      const repository = repositoryAt(path);
      if (repository && refs.head !== '') repository.mainbranch = refs.head;
    },
  });
}

/** Where git finds the repository on the emulator, without .git: WORKSPACE/SLUG. */
export function bitbucketGitPath(store: BitbucketStore, repository: StoredRepository): string {
  return `${store.workspace.slug}/${repository.slug}`;
}
