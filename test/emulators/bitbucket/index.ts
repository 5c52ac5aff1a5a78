// The Bitbucket Cloud REST 2.0 emulator: one workspace under /2.0, answering with Bitbucket's
// objects, paginated envelope ({size, page, pagelen, next, previous, values}), error bodies and
// status codes; conditional GETs (a 304 still counts, as on bitbucket.org) and its rate-limit headers.
import { Emulator, type EmulatorRequest, type EmulatorResponse, type RouteHandler } from '../framework/emulator.js';
import type { GitHttpHost } from '../framework/git-http.js';
import type { EmulatorFactory, HostedEmulator, HostOptions, SeedOptions } from '../framework/hosted-emulator.js';
import { createBitbucketGitHost } from './bitbucket-git.js';
import { errorBody, maxPageLength } from './bitbucket-objects.js';
import { BitbucketStore, bitbucketTime } from './bitbucket-store.js';
import { registerPermissionRoutes } from './permission-routes.js';
import { registerRepositoryRoutes, type RouteTable } from './repository-routes.js';
import { registerRestrictionAndHookRoutes } from './restriction-and-hook-routes.js';

export interface BitbucketHostedEmulator extends HostedEmulator {
  /** The emulator's state, for tests that look behind the API (e.g. at a hook's secret). */
  readonly store: BitbucketStore;
  /** The repositories git reaches at /WORKSPACE/SLUG.git. */
  readonly git: GitHttpHost;
}

/** The hourly budget bitbucket.org reports to access tokens on /2.0/repositories/* (it sends no "remaining"). */
const hourlyLimit = 1000;

export const createBitbucketEmulator: EmulatorFactory = (options) => createBitbucketHostedEmulator(options);

export function createBitbucketHostedEmulator(options: HostOptions): BitbucketHostedEmulator {
  const store = new BitbucketStore(options.owner ?? 'acme');
  const basic = (user: string): string => `Basic ${Buffer.from(`${user}:${options.token}`).toString('base64')}`;
  const isAccepted = (authorization: string | undefined): boolean => {
    if (authorization === undefined) return false;
    if (authorization === `Bearer ${options.token}`) return true;
    // Basic with any username and the token as app password (or API token).
    if (!authorization.startsWith('Basic ')) return false;
    const user = Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':')[0] ?? '';
    return authorization === basic(user);
  };
  const emulator = new Emulator({
    name: 'bitbucket',
    conditional: true,
    authenticate: (request) => (isAccepted(request.headers.authorization) ? undefined : { status: 401, body: errorBody('Unauthorized'), headers: { 'www-authenticate': 'Bearer realm="api.bitbucket.org"' } }),
    notFoundBody: errorBody('Resource not found', 'There is no API hosted at this URL.'),
  });

  // Access tokens see Bitbucket's rate-limit headers on repository data; app passwords do not.
  const withRateLimitHeaders = (pattern: string, handler: RouteHandler): RouteHandler => async (request: EmulatorRequest): Promise<EmulatorResponse> => {
    const response = await handler(request);
    const bearer = request.headers.authorization?.startsWith('Bearer ') === true;
    if (!bearer || !pattern.startsWith('/2.0/repositories/')) return response;
    return { ...response, headers: { ...response.headers, 'x-ratelimit-limit': String(hourlyLimit), 'x-ratelimit-resource': 'api', 'x-ratelimit-nearlimit': 'false' } };
  };
  const table: RouteTable = { route: (method, pattern, handler) => emulator.route(method, pattern, withRateLimitHeaders(pattern, handler)) };
  const git = createBitbucketGitHost(store, options.token);
  emulator.claim(git);
  registerRepositoryRoutes(table, store, git);
  registerRestrictionAndHookRoutes(table, store);
  registerPermissionRoutes(table, store);

  const seedOne = (name: string, seed: SeedOptions | undefined): void => {
    const slug = name.toLowerCase();
    if (store.findRepository(slug)) return;
    const repository = store.addRepository({ slug, name, isPrivate: true, projectKey: store.projects[0]?.key ?? 'PROJ' });
    if (seed?.protectedBranch !== undefined) {
      const branch = { branchMatchKind: 'glob' as const, pattern: seed.protectedBranch, branchType: undefined, users: [], groups: [] };
      store.addRestriction(repository, { ...branch, kind: 'require_approvals_to_merge', value: 1 });
      store.addRestriction(repository, { ...branch, kind: 'require_passing_builds_to_merge', value: 1 });
    }
    for (let i = 1; i <= (seed?.webhooks ?? 0); i += 1) {
      store.addHook(repository, { url: `https://hooks.example.com/${slug}/${String(i)}`, description: `hook ${String(i)}`, active: true, events: ['pullrequest:created', 'repo:push'], secret: undefined });
    }
  };

  return {
    emulator,
    store,
    git,
    maxPageSize: maxPageLength,
    providerSettings: () => ({ url: `${emulator.url}/2.0`, workspace: store.workspace.slug }),
    seedRepositories(names, seed) {
      for (const name of names) seedOne(name, seed);
    },
    setDescription(name, description) {
      const repository = store.findRepository(name);
      if (!repository) throw new Error(`bitbucket emulator: no repository ${name}`);
      repository.description = description;
      repository.updatedOn = bitbucketTime();
    },
    repositoryNames: () => store.repositories.map((r) => r.name),
  };
}
