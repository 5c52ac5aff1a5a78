// The GitLab REST API (v4) emulator: projects of a group with protected branches, hooks,
// members and group shares; GitLab's offset pagination (100 a page at most), weak ETags with
// 304 answers (Rails' Rack::ETag + ConditionalGet, which GitLab's API sits behind; a 304
// still counts against the rate limit), RateLimit-* headers as on GitLab.com, and 401 without
// the token (sent as PRIVATE-TOKEN or Authorization: Bearer).
import { Emulator } from '../framework/emulator.js';
import type { GitHttpHost } from '../framework/git-http.js';
import type { HostOptions, HostedEmulator, SeedOptions } from '../framework/hosted-emulator.js';
import { createGitlabGitHost } from './gitlab-git.js';
import { maxPerPage } from './gitlab-pagination.js';
import { GitlabStore, type ProjectRecord } from './gitlab-store.js';
import { addProjectRoutes } from './project-routes.js';
import { addProjectSettingsRoutes } from './project-settings-routes.js';
import { addUserRoutes } from './user-routes.js';

export interface GitlabHostedEmulator extends HostedEmulator {
  readonly store: GitlabStore;
  /** The repositories git reaches at /GROUP/PATH.git. */
  readonly git: GitHttpHost;
  /** The project named `name` in the owner group, if any. */
  project(name: string): ProjectRecord | undefined;
  /** Schedules a project for deletion, as GitLab.com's delayed deletion does. */
  markForDeletion(name: string): void;
}

export const defaultOwner = 'acme';
/** GitLab.com's limit for authenticated API requests per minute. */
const rateLimit = 2000;

export function createGitlabEmulator(options: HostOptions): GitlabHostedEmulator {
  const owner = options.owner ?? defaultOwner;
  const store = new GitlabStore(owner);
  const emulator = new Emulator({
    name: 'gitlab',
    conditional: true,
    rateLimit: { limit: rateLimit, headers: 'ratelimit', notModifiedIsFree: false },
    notFoundBody: { error: '404 Not Found' },
    authenticate: (request) => {
      const privateToken = request.headers['private-token'];
      const authorization = request.headers['authorization'];
      const bearer = typeof authorization === 'string' && authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : undefined;
      return privateToken === options.token || bearer === options.token ? undefined : { status: 401, body: { message: '401 Unauthorized' } };
    },
  });
  const git = createGitlabGitHost(store, options.token);
  emulator.claim(git);
  addProjectRoutes(emulator, store, git);
  addProjectSettingsRoutes(emulator, store);
  addUserRoutes(emulator, store);

  const project = (name: string): ProjectRecord | undefined => store.projectsIn(store.ownerGroup).find((candidate) => candidate.path.toLowerCase() === name.toLowerCase());
  const requireProject = (name: string): ProjectRecord => {
    const found = project(name);
    if (!found) throw new Error(`gitlab emulator: no project ${name} in ${owner}`);
    return found;
  };

  return {
    emulator,
    store,
    git,
    maxPageSize: maxPerPage,
    providerSettings: () => ({ url: emulator.url, group: owner }),
    seedRepositories(names: readonly string[], seed: SeedOptions = {}) {
      for (const name of names) {
        const created = store.createProject(store.ownerGroup, { name, path: name }, store.bot);
        store.initializeRepository(created, 'main');
        const branch = seed.protectedBranch;
        if (branch !== undefined && !created.protected_branches.some((rule) => rule.name === branch)) {
          if (!created.branches.includes(branch)) created.branches.push(branch);
          store.protectBranch(created, branch, { push: 40, merge: 40, allowForcePush: false, codeOwners: false });
        }
        for (let i = 1; i <= (seed.webhooks ?? 0); i += 1) store.addHook(created, `https://hooks.example.com/${name}/${String(i)}`, { push_events: true, tag_push_events: true }, undefined);
      }
    },
    setDescription(name: string, description: string) {
      const found = requireProject(name);
      found.description = description;
      store.touch(found);
    },
    repositoryNames: () => store.projectsIn(store.ownerGroup).filter((candidate) => candidate.marked_for_deletion_on === null).map((candidate) => candidate.path),
    project,
    markForDeletion(name: string) {
      const found = requireProject(name);
      found.marked_for_deletion_on = store.now().slice(0, 10);
    },
  };
}
