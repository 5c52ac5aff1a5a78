// Git over HTTPS on the GitLab emulator: /GROUP/PATH.git, authenticated as GitLab does it
// (Basic, any non-blank username such as oauth2 and the token as password), pushes refused to
// archived projects and force pushes to protected branches, and the project's branches kept
// to what was pushed; the first push into
// an empty project protects its default branch, as GitLab's default branch protection does.
import { basicCredentials, GitHttpHost } from '../framework/git-http.js';
import type { GitlabStore, ProjectRecord } from './gitlab-store.js';

export function createGitlabGitHost(store: GitlabStore, token: string): GitHttpHost {
  return new GitHttpHost({
    realm: 'GitLab',
    protectedBranchMessage: 'GitLab: You are not allowed to force push code to a protected branch on this project.',
    accepts(authorization) {
      const credentials = basicCredentials(authorization);
      return credentials !== undefined && credentials.username.trim() !== '' && credentials.password === token;
    },
    locate(path) {
      const project = store.findProject(path);
      if (!project) return undefined;
      return {
        path: gitlabGitPath(project),
        head: project.default_branch ?? 'main',
        initialBranches: project.branches,
        protectedBranches: project.protected_branches.filter((rule) => !rule.allow_force_push).map((rule) => rule.name),
        ...(project.archived ? { readOnly: 'You are not allowed to push code to an archived project.' } : {}),
      };
    },
    refsChanged(path, refs) {
      const project = store.findProject(path);
      if (!project) return;
      const wasEmpty = project.branches.length === 0;
      project.branches = [...refs.branches.keys()];
      project.default_branch = project.branches.length === 0 ? undefined : refs.head;
      const head = project.default_branch;
      if (wasEmpty && head !== undefined && !project.protected_branches.some((rule) => rule.name === head)) {
        store.protectBranch(project, head, { push: 40, merge: 40, allowForcePush: false, codeOwners: false });
      }
      store.touch(project);
    },
  });
}

/** Where git finds the project on the emulator, without .git: GROUP/PATH. */
export function gitlabGitPath(project: ProjectRecord): string {
  return `${project.namespace.full_path}/${project.path}`;
}
