// Git over HTTPS on the Gitea emulator: /OWNER/NAME.git, authenticated as Gitea does it (Basic,
// the token as password with any username, or as username with an empty or x-oauth-basic
// password), pushes refused to archived repositories, mirrors and readers, force pushes and
// deletions to protected branches, and the store's branches kept to what was pushed.
import { acceptsTokenCredential, GitHttpHost } from '../framework/git-http.js';
import type { GiteaInstance } from './gitea-instance.js';
import type { StoredRepository } from './gitea-store.js';

export function createGiteaGitHost(instance: GiteaInstance, token: string): GitHttpHost {
  const { store, doer } = instance;
  const repositoryAt = (path: string): StoredRepository | undefined => {
    const [owner, name, ...rest] = path.split('/');
    if (rest.length > 0) return undefined;
    const repo = store.repository(owner ?? '', name ?? '');
    return repo && store.accessOf(repo, doer.id) !== 'none' ? repo : undefined;
  };
  return new GitHttpHost({
    realm: 'Gitea',
    protectedBranchMessage: 'Gitea: branch is protected from force push and deletion',
    accepts: acceptsTokenCredential(token),
    locate(path) {
      const repo = repositoryAt(path);
      if (!repo) return undefined;
      const readOnly = repo.archived ? 'repo is archived' : repo.mirror ? 'mirror repository is read-only' : store.accessOf(repo, doer.id) === 'read' ? 'User permission denied for writing.' : undefined;
      return {
        path: giteaGitPath(instance, repo),
        head: repo.defaultBranch,
        initialBranches: repo.empty ? [] : (repo.branches ?? []),
        protectedBranches: repo.protections.filter((rule) => rule.fields['enable_force_push'] !== true).map((rule) => rule.ruleName),
        ...(readOnly === undefined ? {} : { readOnly }),
      };
    },
    refsChanged(path, refs) {
      const repo = repositoryAt(path);
      if (!repo) return;
      repo.branches = [...refs.branches.keys()];
      repo.empty = refs.branches.size === 0;
      repo.defaultBranch = refs.head;
    },
  });
}

/** Where git finds the repository on the emulator, without .git: OWNER/NAME. */
export function giteaGitPath(instance: GiteaInstance, repo: StoredRepository): string {
  return `${instance.store.ownerName(repo.ownerId)}/${repo.name}`;
}
