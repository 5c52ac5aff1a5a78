// The Gitea emulator: Gitea 1.24's REST API (/api/v1) for repositories of one organization
// (or user), their topics, branch protection, webhooks, collaborators, teams and pull mirrors.
// Like Gitea, it sends no ETag on JSON answers and no rate-limit headers. Unlike a default
// Gitea it serves nothing anonymously (as with REQUIRE_SIGNIN_VIEW) but the version.
import { Emulator } from '../framework/emulator.js';
import type { EmulatorFactory, HostedEmulator, HostOptions, SeedOptions } from '../framework/hosted-emulator.js';
import type { GitHttpHost } from '../framework/git-http.js';
import { addAccessRoutes } from './access-routes.js';
import { createGiteaGitHost } from './gitea-git.js';
import { checkToken, maxPageSize, requestToken, swaggerUrl } from './gitea-http.js';
import type { GiteaInstance } from './gitea-instance.js';
import { addRepositoryRoutes } from './repository-routes.js';
import { addSettingsRoutes } from './settings-routes.js';
import { giteaTime, GiteaStore, type StoredRepository, type StoredUser } from './gitea-store.js';

export interface GiteaHostedEmulator extends HostedEmulator {
  readonly store: GiteaStore;
  /** The organization (or user) repositories are created under. */
  readonly owner: string;
  /** The user the accepted token belongs to. */
  readonly doer: StoredUser;
  /** The repositories git reaches at /OWNER/NAME.git. */
  readonly git: GitHttpHost;
  /** A repository of the owner by name, to act on or inspect behind mosaic's back. */
  repository(name: string): StoredRepository | undefined;
}

/** Users that exist on the emulated instance, to be made collaborators. */
export const emulatedUsers = ['alice', 'bob', 'carol', 'dave', 'erin'] as const;
export const defaultOwner = 'mosaic';

export const createGiteaEmulator: EmulatorFactory = (options) => createGiteaHost(options);

export function createGiteaHost(options: HostOptions): GiteaHostedEmulator {
  const store = new GiteaStore();
  const doer = store.addUser('mosaic-bot', 'Mosaic Bot');
  for (const login of emulatedUsers) store.addUser(login);
  const owner = options.owner ?? defaultOwner;
  const ownerIsDoer = owner.toLowerCase() === doer.login.toLowerCase();
  if (!ownerIsDoer) {
    const organization = store.addOrganization(owner, doer);
    const member = (login: string): number => store.userByName(login)?.id ?? 0;
    store.addTeam(organization, { name: 'developers', permission: 'write', members: [member('alice')] });
    store.addTeam(organization, { name: 'maintainers', permission: 'admin', members: [member('carol')] });
    store.addTeam(organization, { name: 'readers', permission: 'read' });
    // Made in the web UI: no team-wide mode, a mode per unit instead.
    store.addTeam(organization, { name: 'qa', permission: 'none', unitsMap: { 'repo.code': 'write', 'repo.issues': 'write', 'repo.pulls': 'read' } });
  }
  const ownerId = (): number => store.userByName(owner)?.id ?? store.organizationByName(owner)?.id ?? doer.id;

  // The emulator's URL: asked only once it is started (routes, getters), never while it is made.
  const appUrl = (): string => `${emulator.url}/`;
  const instance: GiteaInstance = { store, doer, appUrl, shapes: () => ({ store, appUrl: appUrl(), doer }) };
  const emulator: Emulator = new Emulator({
    name: 'gitea',
    // GET /version is public on Gitea; everything else needs the token here.
    authenticate: (request) => (request.route === '/api/v1/version' && requestToken(request) === undefined ? undefined : checkToken(request, options.token, appUrl())),
    // Gitea's 404 for a path the API does not know.
    get notFoundBody() {
      return { errors: null, message: 'not found', url: swaggerUrl(appUrl()) };
    },
  });
  const git = createGiteaGitHost(instance, options.token);
  emulator.claim(git);
  addAccessRoutes(emulator, instance);
  addRepositoryRoutes(emulator, instance, git);
  addSettingsRoutes(emulator, instance);

  const repository = (name: string): StoredRepository | undefined => store.repository(owner, name);
  return {
    emulator,
    store,
    owner,
    doer,
    git,
    repository,
    maxPageSize,
    providerSettings: () => ({ url: emulator.url, owner }),
    seedRepositories(names: readonly string[], seed: SeedOptions = {}) {
      for (const name of names) {
        if (repository(name)) continue;
        const repo = store.addRepository(ownerId(), name, { autoInit: true, description: `seeded ${name}` });
        if (seed.protectedBranch !== undefined) {
          const now = giteaTime();
          repo.protections.push({ ruleName: seed.protectedBranch, fields: { required_approvals: 1, enable_status_check: true, status_check_contexts: ['ci/build'] }, createdAt: now, updatedAt: now });
        }
        for (let i = 1; i <= (seed.webhooks ?? 0); i++) {
          store.addHook(repo, { type: 'gitea', url: `https://hooks.example.test/${name}/${String(i)}`, contentType: 'json', secret: '', events: new Set(['push']), active: true, branchFilter: '' });
        }
      }
    },
    setDescription(name: string, description: string) {
      const repo = repository(name);
      if (!repo) throw new Error(`gitea emulator: no repository ${owner}/${name}`);
      repo.description = description;
      repo.updatedAt = giteaTime();
    },
    repositoryNames: () => store.repositoriesOf(ownerId()).map((repo) => repo.name),
  };
}
