// The emulator's repository endpoints: list a workspace's repositories, and create (POST, or
// PUT on a new slug), read, update (rename re-slugs) and delete one, with Bitbucket's status
// codes and error bodies.
import type { EmulatorRequest, EmulatorResponse, RouteHandler } from '../framework/emulator.js';
import type { GitHttpHost } from '../framework/git-http.js';
import { bitbucketGitPath } from './bitbucket-git.js';
import { errorResponse, originOf, pageResponse, renderRepository } from './bitbucket-objects.js';
import { bitbucketTime, slugify, type BitbucketStore, type StoredRepository } from './bitbucket-store.js';

export const api = '/2.0';

/** Where routes are registered: the emulator, or a wrapper that adds headers to every answer. */
export interface RouteTable {
  route(method: string, pattern: string, handler: RouteHandler): unknown;
}
const notFoundMessage = 'You may not have access to this repository or it no longer exists in this workspace. If you think this repository exists and you have access, make sure you are authenticated.';
const slugTaken = 'Repository with this Slug and Owner already exists.';
const forkPolicies = ['allow_forks', 'no_public_forks', 'no_forks'] as const;

type Body = Record<string, unknown>;

export function bodyOf(request: EmulatorRequest): Body | undefined {
  const body = request.body ?? {};
  return typeof body === 'object' && !Array.isArray(body) ? (body as Body) : undefined;
}

/** The repository a path names, or Bitbucket's 404 for an unknown workspace or repository. */
export function resolveRepository(store: BitbucketStore, request: EmulatorRequest): StoredRepository | EmulatorResponse {
  const { workspace, repo_slug: slug } = request.params;
  if (workspace === undefined || !store.isWorkspace(workspace)) return errorResponse(404, `No workspace with identifier '${workspace ?? ''}'.`);
  return store.findRepository(slug ?? '') ?? errorResponse(404, notFoundMessage);
}

export function isResponse(value: unknown): value is EmulatorResponse {
  return typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'number';
}

/** Checks the writable members of a repository body; a message for the first bad one. */
function invalidMember(body: Body): string | undefined {
  for (const key of ['name', 'description', 'website', 'language'] as const) {
    if (body[key] !== undefined && body[key] !== null && typeof body[key] !== 'string') return `${key}: expected a string`;
  }
  for (const key of ['is_private', 'has_issues', 'has_wiki'] as const) {
    if (body[key] !== undefined && typeof body[key] !== 'boolean') return `${key}: expected a boolean`;
  }
  if (body['scm'] !== undefined && body['scm'] !== 'git') return 'scm: only git repositories can be created';
  if (body['fork_policy'] !== undefined && !(forkPolicies as readonly unknown[]).includes(body['fork_policy'])) return 'fork_policy: invalid choice';
  if (typeof body['name'] === 'string' && slugify(body['name']) === '') return 'name: a repository name needs letters or digits';
  const mainbranch = body['mainbranch'];
  if (mainbranch !== undefined && (typeof mainbranch !== 'object' || mainbranch === null || typeof (mainbranch as Body)['name'] !== 'string' || (mainbranch as Body)['name'] === '')) return 'mainbranch: expected {"name": BRANCH}';
  return undefined;
}

function projectKeyOf(body: Body): string | undefined {
  const project = body['project'];
  if (typeof project !== 'object' || project === null) return undefined;
  const key = (project as Body)['key'] ?? (project as Body)['uuid'];
  return typeof key === 'string' ? key : undefined;
}

function createRepository(store: BitbucketStore, request: EmulatorRequest, slugInPath: string): EmulatorResponse {
  const body = bodyOf(request);
  if (body === undefined) return errorResponse(400, 'Bad request', 'The body must be a JSON object.');
  const problem = invalidMember(body);
  if (problem !== undefined) return errorResponse(400, problem);
  const slug = slugInPath.toLowerCase();
  if (!/^[a-z0-9._-]+$/.test(slug)) return errorResponse(400, 'Invalid slug', 'A slug has lowercase letters, digits, ".", "_" and "-".');
  if (store.findRepository(slug)) return errorResponse(400, slugTaken);
  const key = projectKeyOf(body);
  const project = key === undefined ? store.projects[0] : store.findProject(key);
  if (!project) return errorResponse(400, `Project ${key ?? ''} does not exist in workspace ${store.workspace.slug}.`);
  const isPrivate = typeof body['is_private'] === 'boolean' ? body['is_private'] : false;
  if (project.isPrivate && !isPrivate) return errorResponse(400, 'Private projects cannot contain public repositories.');
  const repository = store.addRepository({
    slug,
    name: typeof body['name'] === 'string' ? body['name'] : slug,
    isPrivate,
    projectKey: project.key,
    ...(typeof body['description'] === 'string' ? { description: body['description'] } : {}),
    ...(typeof body['website'] === 'string' ? { website: body['website'] } : {}),
    ...(typeof body['has_issues'] === 'boolean' ? { hasIssues: body['has_issues'] } : {}),
    ...(typeof body['has_wiki'] === 'boolean' ? { hasWiki: body['has_wiki'] } : {}),
    ...(typeof body['language'] === 'string' ? { language: body['language'] } : {}),
    ...(typeof body['fork_policy'] === 'string' ? { forkPolicy: body['fork_policy'] as StoredRepository['forkPolicy'] } : {}),
  });
  return { status: 200, body: renderRepository(store, repository, originOf(request)) };
}

function updateRepository(store: BitbucketStore, git: GitHttpHost, request: EmulatorRequest, repository: StoredRepository): EmulatorResponse {
  const body = bodyOf(request);
  if (body === undefined) return errorResponse(400, 'Bad request', 'The body must be a JSON object.');
  const problem = invalidMember(body);
  if (problem !== undefined) return errorResponse(400, problem);
  const origin = originOf(request);
  const name = typeof body['name'] === 'string' ? body['name'] : undefined;
  const slug = name === undefined ? repository.slug : slugify(name);
  if (slug !== repository.slug && store.findRepository(slug)) return errorResponse(400, slugTaken);
  const key = projectKeyOf(body);
  const project = key === undefined ? store.findProject(repository.projectKey) : store.findProject(key);
  if (!project) return errorResponse(400, `Project ${key ?? ''} does not exist in workspace ${store.workspace.slug}.`);
  const isPrivate = typeof body['is_private'] === 'boolean' ? body['is_private'] : repository.isPrivate;
  if (project.isPrivate && !isPrivate) return errorResponse(400, 'Private projects cannot contain public repositories.');
  if (name !== undefined) repository.name = name;
  const before = bitbucketGitPath(store, repository);
  repository.slug = slug;
  git.rename(before, bitbucketGitPath(store, repository));
  repository.projectKey = project.key;
  repository.isPrivate = isPrivate;
  if (typeof body['description'] === 'string') repository.description = body['description'];
  if (body['website'] !== undefined) repository.website = typeof body['website'] === 'string' && body['website'] !== '' ? body['website'] : null;
  if (typeof body['has_issues'] === 'boolean') repository.hasIssues = body['has_issues'];
  if (typeof body['has_wiki'] === 'boolean') repository.hasWiki = body['has_wiki'];
  if (typeof body['language'] === 'string') repository.language = body['language'];
  if (typeof body['fork_policy'] === 'string') repository.forkPolicy = body['fork_policy'] as StoredRepository['forkPolicy'];
  // Any branch name may become the main branch: the emulator does not check it against the pushed ones.
  const mainbranch = body['mainbranch'] as Body | undefined;
  if (mainbranch !== undefined) {
    repository.mainbranch = String(mainbranch['name']);
    git.setHead(bitbucketGitPath(store, repository), repository.mainbranch);
  }
  repository.updatedOn = bitbucketTime();
  const headers: Record<string, string> = name === undefined ? {} : { location: `${origin.api}/repositories/${store.workspace.slug}/${slug}` };
  return { status: 200, body: renderRepository(store, repository, origin), headers };
}

export function registerRepositoryRoutes(emulator: RouteTable, store: BitbucketStore, git: GitHttpHost): void {
  emulator.route('GET', `${api}/repositories/:workspace`, (request) => {
    if (!store.isWorkspace(request.params['workspace'] ?? '')) return errorResponse(404, `No workspace with identifier '${request.params['workspace'] ?? ''}'.`);
    const origin = originOf(request);
    return pageResponse(request, store.repositories.map((r) => renderRepository(store, r, origin)));
  });

  emulator.route('GET', `${api}/repositories/:workspace/:repo_slug`, (request) => {
    const repository = resolveRepository(store, request);
    return isResponse(repository) ? repository : { status: 200, body: renderRepository(store, repository, originOf(request)) };
  });

  emulator.route('POST', `${api}/repositories/:workspace/:repo_slug`, (request) => {
    if (!store.isWorkspace(request.params['workspace'] ?? '')) return errorResponse(404, `No workspace with identifier '${request.params['workspace'] ?? ''}'.`);
    return createRepository(store, request, request.params['repo_slug'] ?? '');
  });

  emulator.route('PUT', `${api}/repositories/:workspace/:repo_slug`, (request) => {
    const repository = resolveRepository(store, request);
    if (!isResponse(repository)) return updateRepository(store, git, request, repository);
    const slug = request.params['repo_slug'] ?? '';
    // PUT on a slug that does not exist creates the repository (201 + Location); a {uuid} cannot.
    if (repository.status !== 404 || slug.startsWith('{') || !store.isWorkspace(request.params['workspace'] ?? '')) return repository;
    const created = createRepository(store, request, slug);
    if (created.status !== 200) return created;
    return { ...created, status: 201, headers: { location: `${originOf(request).api}/repositories/${store.workspace.slug}/${slug.toLowerCase()}` } };
  });

  emulator.route('DELETE', `${api}/repositories/:workspace/:repo_slug`, (request) => {
    const repository = resolveRepository(store, request);
    if (isResponse(repository)) return repository;
    store.removeRepository(repository);
    git.remove(bitbucketGitPath(store, repository));
    return { status: 204 };
  });
}
