// The Gitea emulator's in-memory instance: users, organizations with their teams, and
// repositories with topics, branch protection rules, webhooks and collaborators. No HTTP here.

export type AccessMode = 'none' | 'read' | 'write' | 'admin' | 'owner';

export interface StoredUser {
  readonly id: number;
  readonly login: string;
  readonly fullName: string;
  readonly createdAt: string;
}

export interface StoredTeam {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  /** Gitea gives a team one access mode for every repository it can see. */
  readonly permission: AccessMode;
  /** Per-unit modes; teams made in the web UI have permission "none" and these instead. */
  readonly unitsMap: Readonly<Record<string, AccessMode>>;
  readonly includesAllRepositories: boolean;
  readonly members: Set<number>;
}

export interface StoredOrganization {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly teams: StoredTeam[];
}

export interface StoredProtection {
  ruleName: string;
  fields: Record<string, unknown>;
  readonly createdAt: string;
  updatedAt: string;
}

export interface StoredHook {
  readonly id: number;
  readonly type: string;
  url: string;
  contentType: 'json' | 'form';
  secret: string;
  events: Set<string>;
  active: boolean;
  branchFilter: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface StoredRepository {
  readonly id: number;
  /** Owner: a user or an organization, by id (users and organizations share one id space). */
  readonly ownerId: number;
  name: string;
  description: string;
  website: string;
  private: boolean;
  template: boolean;
  /** No commits yet: any default branch is accepted. */
  empty: boolean;
  /** Branches that exist; undefined when unknown (a mirror of a remote we never fetch). */
  branches: string[] | undefined;
  defaultBranch: string;
  archived: boolean;
  archivedAt: string | undefined;
  units: { issues: boolean; wiki: boolean; projects: boolean; pullRequests: boolean; releases: boolean; packages: boolean; actions: boolean };
  merge: { allowMerge: boolean; allowRebase: boolean; allowRebaseExplicit: boolean; allowSquash: boolean; allowFastForwardOnly: boolean; allowRebaseUpdate: boolean; deleteBranchAfterMerge: boolean; defaultMergeStyle: string };
  mirror: { originalUrl: string; interval: string; updatedAt: string } | undefined;
  topics: string[];
  protections: StoredProtection[];
  hooks: StoredHook[];
  /** Collaborator user id -> access mode. */
  collaborators: Map<number, Exclude<AccessMode, 'none' | 'owner'>>;
  /** Ids of teams given access explicitly (teams that include all repositories see it anyway). */
  teams: Set<number>;
  readonly createdAt: string;
  updatedAt: string;
}

/** Gitea formats times as RFC 3339 without fractions. */
export function giteaTime(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class GiteaStore {
  private nextId = 1;
  private nextRepoId = 1;
  private nextHookId = 1;
  private nextTeamId = 1;
  readonly users = new Map<number, StoredUser>();
  readonly organizations = new Map<number, StoredOrganization>();
  readonly repositories = new Map<number, StoredRepository>();

  addUser(login: string, fullName = ''): StoredUser {
    const existing = this.userByName(login);
    if (existing) return existing;
    const user: StoredUser = { id: this.nextId++, login, fullName, createdAt: giteaTime() };
    this.users.set(user.id, user);
    return user;
  }

  /** An organization with the Owners team (all repositories, owner access) holding `owner`. */
  addOrganization(name: string, owner: StoredUser): StoredOrganization {
    const existing = this.organizationByName(name);
    if (existing) return existing;
    const organization: StoredOrganization = { id: this.nextId++, name, createdAt: giteaTime(), teams: [] };
    this.organizations.set(organization.id, organization);
    this.addTeam(organization, { name: 'Owners', permission: 'owner', includesAllRepositories: true, members: [owner.id] });
    return organization;
  }

  addTeam(organization: StoredOrganization, options: { name: string; permission: AccessMode; includesAllRepositories?: boolean; unitsMap?: Record<string, AccessMode>; members?: number[]; description?: string }): StoredTeam {
    const unitMode: AccessMode = options.permission === 'owner' ? 'owner' : options.permission;
    const team: StoredTeam = {
      id: this.nextTeamId++,
      name: options.name,
      description: options.description ?? '',
      permission: options.permission,
      unitsMap: options.unitsMap ?? Object.fromEntries(repositoryUnits.map((unit) => [unit, unit.startsWith('repo.ext_') ? 'read' : unitMode])),
      includesAllRepositories: options.includesAllRepositories ?? false,
      members: new Set(options.members ?? []),
    };
    organization.teams.push(team);
    return team;
  }

  userByName(login: string): StoredUser | undefined {
    const lower = login.toLowerCase();
    for (const user of this.users.values()) if (user.login.toLowerCase() === lower) return user;
    return undefined;
  }

  organizationByName(name: string): StoredOrganization | undefined {
    const lower = name.toLowerCase();
    for (const organization of this.organizations.values()) if (organization.name.toLowerCase() === lower) return organization;
    return undefined;
  }

  ownerName(ownerId: number): string {
    return this.users.get(ownerId)?.login ?? this.organizations.get(ownerId)?.name ?? 'unknown';
  }

  /** Repositories of one owner, oldest first (Gitea lists an owner's repositories by id). */
  repositoriesOf(ownerId: number): StoredRepository[] {
    return [...this.repositories.values()].filter((repo) => repo.ownerId === ownerId).sort((a, b) => a.id - b.id);
  }

  repository(owner: string, name: string): StoredRepository | undefined {
    const ownerId = this.userByName(owner)?.id ?? this.organizationByName(owner)?.id;
    if (ownerId === undefined) return undefined;
    const lower = name.toLowerCase();
    for (const repo of this.repositories.values()) if (repo.ownerId === ownerId && repo.name.toLowerCase() === lower) return repo;
    return undefined;
  }

  addRepository(ownerId: number, name: string, options: { description?: string; private?: boolean; defaultBranch?: string; autoInit?: boolean; template?: boolean; mirror?: { originalUrl: string; interval: string } } = {}): StoredRepository {
    const now = giteaTime();
    const defaultBranch = options.defaultBranch === undefined || options.defaultBranch === '' ? 'main' : options.defaultBranch;
    const repo: StoredRepository = {
      id: this.nextRepoId++,
      ownerId,
      name,
      description: options.description ?? '',
      website: '',
      private: options.private ?? false,
      template: options.template ?? false,
      empty: options.mirror === undefined && options.autoInit !== true,
      branches: options.mirror !== undefined ? undefined : options.autoInit === true ? [defaultBranch] : [],
      defaultBranch,
      archived: false,
      archivedAt: undefined,
      units: { issues: true, wiki: true, projects: true, pullRequests: true, releases: true, packages: true, actions: false },
      merge: { allowMerge: true, allowRebase: true, allowRebaseExplicit: true, allowSquash: true, allowFastForwardOnly: true, allowRebaseUpdate: true, deleteBranchAfterMerge: false, defaultMergeStyle: 'merge' },
      mirror: options.mirror ? { ...options.mirror, updatedAt: now } : undefined,
      topics: [],
      protections: [],
      hooks: [],
      collaborators: new Map(),
      teams: new Set(),
      createdAt: now,
      updatedAt: now,
    };
    this.repositories.set(repo.id, repo);
    // Teams that include all repositories get every new repository of their organization.
    for (const team of this.organizations.get(ownerId)?.teams ?? []) if (team.includesAllRepositories) repo.teams.add(team.id);
    return repo;
  }

  deleteRepository(repo: StoredRepository): void {
    this.repositories.delete(repo.id);
  }

  addHook(repo: StoredRepository, hook: Omit<StoredHook, 'id' | 'createdAt' | 'updatedAt'>): StoredHook {
    const now = giteaTime();
    const stored: StoredHook = { ...hook, id: this.nextHookId++, createdAt: now, updatedAt: now };
    repo.hooks.push(stored);
    return stored;
  }

  teamsOf(repo: StoredRepository): StoredTeam[] {
    const organization = this.organizations.get(repo.ownerId);
    if (!organization) return [];
    return organization.teams.filter((team) => repo.teams.has(team.id));
  }

  /** The access a user has on a repository, as Gitea's permission endpoint computes it. */
  accessOf(repo: StoredRepository, userId: number): AccessMode {
    if (repo.ownerId === userId) return 'owner';
    const ranks: AccessMode[] = ['none', 'read', 'write', 'admin', 'owner'];
    let best: AccessMode = repo.collaborators.get(userId) ?? 'none';
    for (const team of this.teamsOf(repo)) {
      if (!team.members.has(userId)) continue;
      const mode = team.permission === 'none' ? (team.unitsMap['repo.code'] ?? 'none') : team.permission;
      if (ranks.indexOf(mode) > ranks.indexOf(best)) best = mode;
    }
    if (best === 'none' && !repo.private) return 'read';
    return best;
  }
}

export const repositoryUnits = ['repo.actions', 'repo.code', 'repo.ext_issues', 'repo.ext_wiki', 'repo.issues', 'repo.packages', 'repo.projects', 'repo.pulls', 'repo.releases', 'repo.wiki'] as const;
