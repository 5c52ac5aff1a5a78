// The GitHub REST API emulator: an organization (or user) with repositories, branch
// protection, webhooks, collaborators and teams, answering in api.github.com's shapes with
// ETags (a 304 is free of the rate limit), x-ratelimit-* headers and Link pagination.
import { Emulator, type EmulatorRequest, type EmulatorResponse } from '../framework/emulator.js';
import type { GitHttpHost } from '../framework/git-http.js';
import type { EmulatorFactory, HostedEmulator, HostOptions, SeedOptions } from '../framework/hosted-emulator.js';
import { registerAccessRoutes } from './access-routes.js';
import { registerBranchRoutes } from './branch-routes.js';
import { createGithubGitHost } from './github-git.js';
import { notFound, rateLimitExceeded, unauthorized } from './github-answers.js';
import { createGithubShapes } from './github-shapes.js';
import { defaultProtection, GithubStore, shaOf } from './github-store.js';
import { registerHookRoutes } from './hook-routes.js';
import { maxPerPage, registerRepositoryRoutes } from './repository-routes.js';

export interface GithubEmulatorOptions extends HostOptions {
  /** An organization (default) or a user account whose login is `owner`. */
  readonly ownerType?: 'organization' | 'user';
  /** Requests an hour (default 5000, a personal token's budget). */
  readonly rateLimit?: number;
  /**
   * Refuse requests once the budget is spent, with GitHub's 403 (off by default, so that
   * benchmarks of thousands of repositories are not cut short).
   */
  readonly enforceRateLimit?: boolean;
}

export interface GithubHostedEmulator extends HostedEmulator {
  readonly store: GithubStore;
  /** The repositories git reaches at /OWNER/NAME.git. */
  readonly git: GitHttpHost;
  /** A user who exists on the emulated GitHub; members of the organization are added directly. */
  addUser(login: string, member?: boolean): void;
  addTeam(slug: string): void;
}

/** Users and teams every emulated organization has. */
export const emulatorMembers = ['octocat', 'hubot', 'monalisa'] as const;
export const emulatorOutsiders = ['outside-contributor'] as const;
export const emulatorTeams = ['developers', 'maintainers', 'security', 'docs'] as const;

export const createGithubEmulator: EmulatorFactory = (options) => createGithubHostedEmulator(options);

export function createGithubHostedEmulator(options: GithubEmulatorOptions): GithubHostedEmulator {
  const ownerType = options.ownerType ?? 'organization';
  const owner = options.owner ?? (ownerType === 'organization' ? 'mosaic-org' : 'mosaic-admin');
  const store = new GithubStore(owner, 9_000_001, ownerType, ownerType === 'user' ? owner : 'mosaic-admin');
  store.addUser(store.viewer, true);
  for (const login of emulatorMembers) store.addUser(login, true);
  for (const login of emulatorOutsiders) store.addUser(login, false);
  if (ownerType === 'organization') for (const slug of emulatorTeams) store.addTeam(slug, `${slug.charAt(0).toUpperCase()}${slug.slice(1)}`, `The ${slug} team`);

  const limit = options.rateLimit ?? 5000;
  const emulator: Emulator = new Emulator({
    name: 'github',
    conditional: true,
    // GET /rate_limit does not count against the limit on api.github.com either.
    rateLimit: { limit, headers: 'x-ratelimit', notModifiedIsFree: true, freeRoutes: ['GET /rate_limit'] },
    authenticate: (request) => authenticate(request, options.token) ?? (options.enforceRateLimit === true && emulator.rateLimitedCount() >= limit ? rateLimitExceeded() : undefined),
    notFoundBody: notFound().body,
  });
  const shapes = createGithubShapes(store, () => emulator.url);
  const git = createGithubGitHost(store, options.token);
  emulator.claim(git);
  registerRepositoryRoutes(emulator, store, shapes, git);
  registerBranchRoutes(emulator, store, shapes);
  registerHookRoutes(emulator, store, shapes);
  registerAccessRoutes(emulator, store, shapes);

  return {
    emulator,
    store,
    git,
    maxPageSize: maxPerPage,
    providerSettings: () => ({ url: emulator.url, owner, ...(ownerType === 'user' ? { owner_type: 'user' } : {}), write_interval_ms: 0 }),
    seedRepositories: (names, seed) => { seedRepositories(store, names, seed); },
    setDescription(name, description) {
      const repo = store.repo(name);
      if (!repo) throw new Error(`github emulator: no repository "${name}"`);
      repo.description = description === '' ? null : description;
      store.touch(repo);
    },
    repositoryNames: () => [...store.repos.values()].map((repo) => repo.name).sort(),
    addUser: (login, member = false) => void store.addUser(login, member),
    addTeam: (slug) => void store.addTeam(slug),
  };
}

/** GitHub's two 401s: no credential at all, and one it does not know. */
function authenticate(request: EmulatorRequest, token: string): EmulatorResponse | undefined {
  const header = request.headers.authorization;
  if (header === undefined || header === '') return unauthorized('Requires authentication');
  const match = /^(?:token|bearer)\s+(.+)$/i.exec(header);
  return match?.[1] === token ? undefined : unauthorized('Bad credentials');
}

/** Plain records, no requests: 10,000 repositories seed in well under a second. */
function seedRepositories(store: GithubStore, names: readonly string[], seed: SeedOptions = {}): void {
  for (const name of names) {
    const repo = store.createRepo({ name, visibility: 'private', description: `Seeded repository ${name}` }, true);
    const branch = seed.protectedBranch;
    if (branch !== undefined) {
      if (!repo.branches.has(branch)) repo.branches.set(branch, shaOf(`${name}:${branch}`));
      repo.protection.set(branch, {
        ...defaultProtection(),
        required_status_checks: { strict: true, checks: [{ context: 'ci/build', app_id: null }] },
        required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: false, require_code_owner_reviews: false, require_last_push_approval: false },
      });
    }
    for (let i = 1; i <= (seed.webhooks ?? 0); i += 1) {
      const stamp = repo.created_at;
      repo.hooks.push({ id: store.id(), active: true, events: ['push', 'pull_request'], config: { url: `https://hooks.example.com/${name}/${String(i)}`, content_type: 'json', insecure_ssl: '0' }, created_at: stamp, updated_at: stamp });
    }
  }
}
