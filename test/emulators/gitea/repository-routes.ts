// Repository routes of the Gitea emulator: list (organization, user, current user), create,
// migrate (pull mirrors), read by name or id, edit, delete, and topics.
import type { Emulator, EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';
import type { GitHttpHost } from '../framework/git-http.js';
import { giteaGitPath } from './gitea-git.js';
import { apiError, bodyObject, notFound, optionalBoolean, optionalString, pagedList, stringList, validationError } from './gitea-http.js';
import { defaultMirrorInterval, findRepository, goDuration, isResponse, minMirrorSeconds, parseGoDuration, type GiteaInstance } from './gitea-instance.js';
import { renderRepository } from './gitea-shapes.js';
import { giteaTime, type StoredRepository } from './gitea-store.js';

const namePattern = /^[A-Za-z0-9._-]+$/;
const topicPattern = /^[a-z0-9][-.a-z0-9]*$/;

export function addRepositoryRoutes(emulator: Emulator, instance: GiteaInstance, git: GitHttpHost): void {
  const { store } = instance;
  const render = (repo: StoredRepository): Record<string, unknown> => renderRepository(instance.shapes(), repo);
  const visible = (repos: StoredRepository[]): StoredRepository[] => repos.filter((repo) => store.accessOf(repo, instance.doer.id) !== 'none');

  emulator.route('GET', '/api/v1/orgs/:org/repos', (request) => {
    const organization = store.organizationByName(request.params['org'] ?? '');
    if (!organization) return notFound(instance.appUrl(), `user redirect does not exist [name: ${request.params['org'] ?? ''}]`);
    return pagedList(request, instance.appUrl(), visible(store.repositoriesOf(organization.id)).map(render));
  });

  emulator.route('GET', '/api/v1/users/:username/repos', (request) => {
    const name = request.params['username'] ?? '';
    const ownerId = store.userByName(name)?.id ?? store.organizationByName(name)?.id;
    if (ownerId === undefined) return notFound(instance.appUrl(), `user redirect does not exist [name: ${name}]`);
    return pagedList(request, instance.appUrl(), visible(store.repositoriesOf(ownerId)).map(render));
  });

  // The doer's own repositories and those shared with them (collaborations, teams).
  emulator.route('GET', '/api/v1/user/repos', (request) => {
    const doer = instance.doer.id;
    const repos = [...store.repositories.values()]
      .filter((repo) => repo.ownerId === doer || repo.collaborators.has(doer) || store.teamsOf(repo).some((team) => team.members.has(doer)))
      .sort((a, b) => a.id - b.id);
    return pagedList(request, instance.appUrl(), repos.map(render));
  });

  emulator.route('POST', '/api/v1/orgs/:org/repos', (request) => {
    const organization = store.organizationByName(request.params['org'] ?? '');
    if (!organization) return notFound(instance.appUrl(), `user redirect does not exist [name: ${request.params['org'] ?? ''}]`);
    const creator = organization.teams.some((team) => team.members.has(instance.doer.id) && (team.permission === 'owner' || team.permission === 'admin'));
    if (!creator) return apiError(instance.appUrl(), 403, `Given user is not allowed to create repository in organization ${organization.name}.`);
    return createRepository(request, organization.id);
  });

  emulator.route('POST', '/api/v1/user/repos', (request) => createRepository(request, instance.doer.id));

  function createRepository(request: EmulatorRequest, ownerId: number): EmulatorResponse {
    const body = bodyObject(request);
    const name = optionalString(body, 'name') ?? '';
    const invalid = checkName(name);
    if (invalid) return invalid;
    if (store.repository(store.ownerName(ownerId), name)) return apiError(instance.appUrl(), 409, 'The repository with the same name already exists.');
    const repo = store.addRepository(ownerId, name, {
      description: optionalString(body, 'description') ?? '',
      private: optionalBoolean(body, 'private') ?? false,
      defaultBranch: optionalString(body, 'default_branch') ?? '',
      autoInit: optionalBoolean(body, 'auto_init') ?? false,
      template: optionalBoolean(body, 'template') ?? false,
    });
    return { status: 201, body: render(repo) };
  }

  emulator.route('POST', '/api/v1/repos/migrate', (request) => {
    const body = bodyObject(request);
    const cloneAddr = optionalString(body, 'clone_addr');
    const name = optionalString(body, 'repo_name');
    if (cloneAddr === undefined || name === undefined) return validationError(instance.appUrl(), '[CloneAddr]: Required; [RepoName]: Required');
    const invalid = checkName(name);
    if (invalid) return invalid;
    const ownerName = optionalString(body, 'repo_owner') ?? instance.doer.login;
    const ownerId = store.userByName(ownerName)?.id ?? store.organizationByName(ownerName)?.id;
    if (ownerId === undefined) return apiError(instance.appUrl(), 422, `user does not exist [uid: 0, name: ${ownerName}]`);
    let remote: URL;
    try {
      remote = new URL(cloneAddr);
    } catch {
      return apiError(instance.appUrl(), 422, 'Invalid url');
    }
    if (!['http:', 'https:', 'git:'].includes(remote.protocol)) return apiError(instance.appUrl(), 422, 'Invalid protocol');
    if (store.repository(ownerName, name)) return apiError(instance.appUrl(), 409, 'The repository with the same name already exists.');
    const mirror = optionalBoolean(body, 'mirror') ?? false;
    let interval = defaultMirrorInterval;
    const asked = optionalString(body, 'mirror_interval');
    if (mirror && asked !== undefined && asked !== '') {
      const seconds = parseGoDuration(asked);
      if (seconds === undefined) return apiError(instance.appUrl(), 422, `time: invalid duration "${asked}"`);
      if (seconds !== 0 && seconds < minMirrorSeconds) return apiError(instance.appUrl(), 422, `invalid mirror interval: ${goDuration(seconds)} is below minimum interval: ${goDuration(minMirrorSeconds)}`);
      interval = goDuration(seconds);
    }
    // Credentials never stay in original_url; the rest stays as written.
    const originalUrl = cloneAddr.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1');
    const repo = store.addRepository(ownerId, name, {
      description: optionalString(body, 'description') ?? '',
      private: optionalBoolean(body, 'private') ?? false,
      ...(mirror ? { mirror: { originalUrl, interval } } : { autoInit: true }),
    });
    return { status: 201, body: render(repo) };
  });

  emulator.route('GET', '/api/v1/repositories/:id', (request) => {
    const repo = store.repositories.get(Number(request.params['id']));
    if (!repo || store.accessOf(repo, instance.doer.id) === 'none') return notFound(instance.appUrl());
    return { status: 200, body: render(repo) };
  });

  emulator.route('GET', '/api/v1/repos/:owner/:repo', (request) => {
    const repo = findRepository(instance, request);
    return isResponse(repo) ? repo : { status: 200, body: render(repo) };
  });

  emulator.route('DELETE', '/api/v1/repos/:owner/:repo', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    store.deleteRepository(repo);
    git.remove(giteaGitPath(instance, repo));
    return { status: 204 };
  });

  emulator.route('PATCH', '/api/v1/repos/:owner/:repo', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const [path, branch] = [giteaGitPath(instance, repo), repo.defaultBranch];
    const problem = editRepository(repo, bodyObject(request));
    git.rename(path, giteaGitPath(instance, repo));
    if (repo.defaultBranch !== branch) git.setHead(giteaGitPath(instance, repo), repo.defaultBranch);
    if (problem) return problem;
    repo.updatedAt = giteaTime();
    return { status: 200, body: render(repo) };
  });

  emulator.route('GET', '/api/v1/repos/:owner/:repo/topics', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const page = pagedList(request, instance.appUrl(), repo.topics);
    return { status: 200, body: { topics: page.body } };
  });

  emulator.route('PUT', '/api/v1/repos/:owner/:repo/topics', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const names = [...new Set(stringList(bodyObject(request)['topics']).map((topic) => topic.trim().toLowerCase()))];
    const invalid = names.filter((topic) => !topicPattern.test(topic) || topic.length > 35);
    if (invalid.length > 0) return { status: 422, body: { invalidTopics: invalid, message: 'Topic names are invalid' } };
    if (names.length > 25) return { status: 422, body: { invalidTopics: null, message: 'Exceeding maximum number of topics per repo' } };
    repo.topics = names.sort();
    return { status: 204 };
  });

  function checkName(name: string): EmulatorResponse | undefined {
    if (name === '' || name.length > 100 || !namePattern.test(name)) return validationError(instance.appUrl(), '[Name]: AlphaDashDot');
    if (name === '.' || name === '..' || name === '-' || /\.(git|wiki|rss|atom)$/i.test(name)) return apiError(instance.appUrl(), 422, `name is reserved [name: ${name}]`);
    return undefined;
  }

  /** Gitea's repo edit: basic properties, then units (merge settings only with has_pull_requests), archive, mirror. */
  function editRepository(repo: StoredRepository, body: Record<string, unknown>): EmulatorResponse | undefined {
    const appUrl = instance.appUrl();
    const name = optionalString(body, 'name');
    if (name !== undefined && name !== repo.name) {
      const invalid = checkName(name);
      if (invalid) return invalid;
      const taken = store.repository(store.ownerName(repo.ownerId), name);
      if (taken && taken.id !== repo.id) return apiError(appUrl, 422, `repo name is already taken [name: ${name}]`);
      repo.name = name;
    }
    const description = optionalString(body, 'description');
    if (description !== undefined) {
      if (description.length > 2048) return validationError(appUrl, '[Description]: MaxSize');
      repo.description = description;
    }
    const website = optionalString(body, 'website');
    if (website !== undefined) {
      if (website.length > 1024) return validationError(appUrl, '[Website]: MaxSize');
      repo.website = website;
    }
    const isPrivate = optionalBoolean(body, 'private');
    if (isPrivate !== undefined) repo.private = isPrivate;
    const template = optionalBoolean(body, 'template');
    if (template !== undefined) repo.template = template;
    const branch = optionalString(body, 'default_branch');
    // Only taken when the branch exists, or the repository has no branch yet.
    if (branch !== undefined && branch !== '' && (repo.empty || repo.branches === undefined || repo.branches.includes(branch))) repo.defaultBranch = branch;

    const units: [string, keyof StoredRepository['units']][] = [['has_issues', 'issues'], ['has_wiki', 'wiki'], ['has_projects', 'projects'], ['has_releases', 'releases'], ['has_packages', 'packages'], ['has_actions', 'actions']];
    for (const [key, unit] of units) {
      const value = optionalBoolean(body, key);
      if (value !== undefined) repo.units[unit] = value;
    }
    const pulls = optionalBoolean(body, 'has_pull_requests');
    if (pulls !== undefined) repo.units.pullRequests = pulls;
    if (pulls === true) {
      const merge: [string, keyof StoredRepository['merge']][] = [
        ['allow_merge_commits', 'allowMerge'], ['allow_rebase', 'allowRebase'], ['allow_rebase_explicit', 'allowRebaseExplicit'], ['allow_squash_merge', 'allowSquash'],
        ['allow_fast_forward_only_merge', 'allowFastForwardOnly'], ['allow_rebase_update', 'allowRebaseUpdate'], ['default_delete_branch_after_merge', 'deleteBranchAfterMerge'],
      ];
      for (const [key, field] of merge) {
        const value = optionalBoolean(body, key);
        if (value !== undefined) (repo.merge as Record<string, unknown>)[field] = value;
      }
      const style = optionalString(body, 'default_merge_style');
      if (style !== undefined) repo.merge.defaultMergeStyle = style;
    }

    const archived = optionalBoolean(body, 'archived');
    if (archived !== undefined) {
      if (repo.mirror) return apiError(appUrl, 422, 'repo is a mirror, cannot archive/un-archive');
      if (archived !== repo.archived) repo.archivedAt = archived ? giteaTime() : repo.archivedAt;
      repo.archived = archived;
    }
    const interval = optionalString(body, 'mirror_interval');
    if (interval !== undefined) {
      if (!repo.mirror) return apiError(appUrl, 422, 'repo is not a mirror, can not change mirror interval');
      const seconds = parseGoDuration(interval);
      if (seconds === undefined) return apiError(appUrl, 422, `time: invalid duration "${interval}"`);
      if (seconds !== 0 && seconds < minMirrorSeconds) return apiError(appUrl, 422, `invalid mirror interval: ${goDuration(seconds)} is below minimum interval: ${goDuration(minMirrorSeconds)}`);
      repo.mirror.interval = goDuration(seconds);
    }
    return undefined;
  }
}
