// Repository routes of the GitHub emulator: list (org and user, paginated with Link headers),
// create, get, update, delete, topics; and the account routes (org, user, rate limit).
import type { Emulator, EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';
import type { GitHttpHost } from '../framework/git-http.js';
import { linkHeader, pageOf } from '../framework/pagination.js';
import { documentation, forbidden, noContent, notFound, ok, validationFailed, validationFailedSimply } from './github-answers.js';
import { gitPathOf } from './github-git.js';
import type { GithubShapes } from './github-shapes.js';
import type { GithubStore, RepoState, Visibility } from './github-store.js';
import { booleanField, bodyOf, isAnswer, repoOf, stringField, stringList, type Body } from './request-reading.js';

export const maxPerPage = 100;
const namePattern = /^[A-Za-z0-9._-]{1,100}$/;
const topicPattern = /^[a-z0-9][a-z0-9-]{0,49}$/;
const flagFields = ['has_issues', 'has_wiki', 'has_projects', 'allow_merge_commit', 'allow_squash_merge', 'allow_rebase_merge', 'allow_auto_merge', 'delete_branch_on_merge'] as const;

export function registerRepositoryRoutes(emulator: Emulator, store: GithubStore, shapes: GithubShapes, git: GitHttpHost): void {
  const sorted = createSortedRepos(store);

  const page = (request: EmulatorRequest, items: readonly RepoState[]): EmulatorResponse => {
    const slice = pageOf(items, request.query, { defaultPerPage: 30, maxPerPage });
    const link = linkHeader(request.url, emulator.url, slice);
    return ok(slice.items.map(shapes.listedRepository), 200, link ? { link } : {});
  };

  emulator.route('GET', '/orgs/:org/repos', (request) => {
    if (!isOwnerOrg(store, request.params['org'])) return notFound(documentation.createRepo);
    const type = request.query.get('type') ?? 'all';
    const repos = sorted(request.query.get('sort') ?? 'created', request.query.get('direction'));
    const filtered = type === 'public' ? repos.filter((r) => r.visibility === 'public') : type === 'private' ? repos.filter((r) => r.visibility !== 'public') : type === 'forks' ? [] : repos;
    return page(request, filtered);
  });

  emulator.route('GET', '/user/repos', (request) => {
    const affiliation = (request.query.get('affiliation') ?? 'owner,collaborator,organization_member').split(',');
    const visible = (store.ownerType === 'user' && affiliation.includes('owner')) || (store.ownerType === 'organization' && affiliation.includes('organization_member'));
    return page(request, visible ? sorted(request.query.get('sort') ?? 'full_name', request.query.get('direction')) : []);
  });

  emulator.route('POST', '/orgs/:org/repos', (request) => {
    if (!isOwnerOrg(store, request.params['org'])) return notFound(documentation.createRepo);
    return createRepo(store, shapes, bodyOf(request), documentation.createRepo);
  });

  emulator.route('POST', '/user/repos', (request) => {
    if (store.ownerType !== 'user') return forbidden('Resource not accessible by personal access token', documentation.createUserRepo);
    return createRepo(store, shapes, bodyOf(request), documentation.createUserRepo);
  });

  emulator.route('GET', '/repos/:owner/:repo', (request) => {
    const repo = repoOf(store, request, documentation.getRepo);
    return isAnswer(repo) ? repo : ok(shapes.fullRepository(repo));
  });

  emulator.route('PATCH', '/repos/:owner/:repo', (request) => {
    const repo = repoOf(store, request, documentation.updateRepo);
    return isAnswer(repo) ? repo : updateRepo(store, shapes, git, repo, bodyOf(request));
  });

  emulator.route('DELETE', '/repos/:owner/:repo', (request) => {
    const repo = repoOf(store, request);
    if (isAnswer(repo)) return repo;
    store.deleteRepo(repo);
    git.remove(gitPathOf(store, repo));
    return noContent();
  });

  emulator.route('GET', '/repos/:owner/:repo/topics', (request) => {
    const repo = repoOf(store, request);
    return isAnswer(repo) ? repo : ok({ names: [...repo.topics] });
  });

  emulator.route('PUT', '/repos/:owner/:repo/topics', (request) => {
    const repo = repoOf(store, request, documentation.topics);
    if (isAnswer(repo)) return repo;
    if (repo.archived) return forbidden('Repository was archived so is read-only.', documentation.topics);
    const names = stringList(bodyOf(request)['names']);
    if (!names) return validationFailedSimply('Invalid request.\n\n"names" wasn\'t supplied.', [], documentation.topics);
    const bad = names.filter((name) => !topicPattern.test(name));
    if (bad.length > 0 || names.length > 20) {
      return validationFailedSimply('Validation Failed', ['Topics must start with a lowercase letter or number, consist of 50 characters or less, and can include hyphens.'], documentation.topics);
    }
    repo.topics = [...new Set(names)];
    store.touch(repo);
    return ok({ names: [...repo.topics] });
  });

  emulator.route('GET', '/orgs/:org', (request) => (isOwnerOrg(store, request.params['org']) ? ok(shapes.organization()) : notFound()));
  emulator.route('GET', '/user', () => ok(shapes.viewer()));
  emulator.route('GET', '/rate_limit', () => {
    const limit = emulator.options.rateLimit?.limit ?? 5000;
    const used = emulator.rateLimitedCount();
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const core = { limit, used, remaining: Math.max(0, limit - used), reset };
    const search = { limit: 30, used: 0, remaining: 30, reset };
    return ok({ resources: { core, search, graphql: { limit: 5000, used: 0, remaining: 5000, reset } }, rate: core });
  });
}

function isOwnerOrg(store: GithubStore, org: string | undefined): boolean {
  return store.ownerType === 'organization' && org?.toLowerCase() === store.owner.toLowerCase();
}

function createRepo(store: GithubStore, shapes: GithubShapes, body: Body, doc: string): EmulatorResponse {
  const name = stringField(body, 'name');
  if (name === undefined || !namePattern.test(name)) {
    return validationFailed('Repository creation failed.', [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name is invalid' }], doc);
  }
  if (store.repo(name)) {
    return validationFailed('Repository creation failed.', [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' }], doc);
  }
  const visibility = visibilityOf(body, store, 'private');
  if (visibility === undefined) return validationFailed('Repository creation failed.', [{ resource: 'Repository', code: 'invalid', field: 'visibility' }], doc);
  const fields: Partial<RepoState> & { name: string } = { name, visibility };
  const description = stringField(body, 'description');
  if (description !== undefined) fields.description = description === '' ? null : description;
  const homepage = stringField(body, 'homepage');
  if (homepage !== undefined) fields.homepage = homepage === '' ? null : homepage;
  for (const flag of flagFields) {
    const value = booleanField(body, flag);
    if (value !== undefined) fields[flag] = value;
  }
  const repo = store.createRepo(fields, booleanField(body, 'auto_init') === true);
  return ok(shapes.fullRepository(repo), 201);
}

function updateRepo(store: GithubStore, shapes: GithubShapes, git: GitHttpHost, repo: RepoState, body: Body): EmulatorResponse {
  const doc = documentation.updateRepo;
  const keys = Object.keys(body);
  if (repo.archived && !(keys.length === 1 && keys[0] === 'archived')) return forbidden('Repository was archived so is read-only.', doc);
  const name = stringField(body, 'name');
  if (name !== undefined && name !== repo.name) {
    if (!namePattern.test(name)) return validationFailed('Validation Failed', [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name is invalid' }], doc);
    const other = store.repo(name);
    if (other && other !== repo) return validationFailed('Validation Failed', [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' }], doc);
  }
  const branch = stringField(body, 'default_branch');
  if (branch !== undefined && branch !== repo.default_branch && !repo.branches.has(branch)) {
    return validationFailed('Validation Failed', [{ resource: 'Repository', code: 'invalid', field: 'default_branch' }], doc);
  }
  const visibility = body['visibility'] !== undefined || body['private'] !== undefined ? visibilityOf(body, store, repo.visibility) : repo.visibility;
  if (visibility === undefined) return validationFailed('Validation Failed', [{ resource: 'Repository', code: 'invalid', field: 'visibility' }], doc);

  if (name !== undefined && name !== repo.name) {
    const before = gitPathOf(store, repo);
    store.renameRepo(repo, name);
    git.rename(before, gitPathOf(store, repo));
  }
  if (branch !== undefined) {
    repo.default_branch = branch;
    git.setHead(gitPathOf(store, repo), branch);
  }
  repo.visibility = visibility;
  const description = stringField(body, 'description');
  if (description !== undefined) repo.description = description === '' ? null : description;
  const homepage = stringField(body, 'homepage');
  if (homepage !== undefined) repo.homepage = homepage === '' ? null : homepage;
  for (const flag of flagFields) {
    const value = booleanField(body, flag);
    if (value !== undefined) repo[flag] = value;
  }
  const archived = booleanField(body, 'archived');
  if (archived !== undefined) repo.archived = archived;
  store.touch(repo);
  return ok(shapes.fullRepository(repo));
}

/** `visibility` (public, private, and internal for organizations) or the older `private`. */
function visibilityOf(body: Body, store: GithubStore, fallback: Visibility): Visibility | undefined {
  const visibility = body['visibility'];
  if (visibility === 'public' || visibility === 'private') return visibility;
  if (visibility === 'internal') return store.ownerType === 'organization' ? 'internal' : undefined;
  if (visibility !== undefined) return undefined;
  const isPrivate = booleanField(body, 'private');
  return isPrivate === undefined ? fallback : isPrivate ? 'private' : 'public';
}

/** Repositories in list order, cached until the store changes (10,000 need no sort per page). */
function createSortedRepos(store: GithubStore): (sort: string, direction: string | null) => RepoState[] {
  const cache = new Map<string, { version: number; repos: RepoState[] }>();
  return (sort, direction) => {
    const order = direction === 'asc' || direction === 'desc' ? direction : sort === 'full_name' ? 'asc' : 'desc';
    const key = `${sort} ${order}`;
    const hit = cache.get(key);
    if (hit?.version === store.version) return hit.repos;
    const value = (repo: RepoState): string | number =>
      sort === 'full_name' ? repo.name.toLowerCase() : sort === 'updated' ? repo.updated_at : sort === 'pushed' ? (repo.pushed_at ?? '') : repo.id;
    const repos = [...store.repos.values()].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const compared = x < y ? -1 : x > y ? 1 : a.id - b.id;
      return order === 'asc' ? compared : -compared;
    });
    cache.set(key, { version: store.version, repos });
    return repos;
  };
}
