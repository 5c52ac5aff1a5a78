// The GitHub emulator's in-memory world: one owner (organization or user), its repositories
// with their branches, protection, hooks, collaborators, invitations and teams, and the users
// and teams that exist. Plain records; the JSON GitHub answers is built in github-shapes.ts.
import { createHash } from 'node:crypto';

export type Visibility = 'public' | 'private' | 'internal';
export type Role = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export interface ProtectionState {
  required_status_checks: { strict: boolean; checks: { context: string; app_id: number | null }[] } | null;
  enforce_admins: boolean;
  required_pull_request_reviews: { required_approving_review_count: number; dismiss_stale_reviews: boolean; require_code_owner_reviews: boolean; require_last_push_approval: boolean } | null;
  restrictions: { users: string[]; teams: string[]; apps: string[] } | null;
  required_linear_history: boolean;
  allow_force_pushes: boolean;
  allow_deletions: boolean;
  block_creations: boolean;
  required_conversation_resolution: boolean;
  lock_branch: boolean;
  allow_fork_syncing: boolean;
}

export interface HookState {
  id: number;
  active: boolean;
  events: string[];
  config: { url: string; content_type: 'json' | 'form'; insecure_ssl: string; secret?: string };
  created_at: string;
  updated_at: string;
}

export interface InvitationState {
  id: number;
  login: string;
  permissions: Role;
  created_at: string;
}

export interface RepoState {
  id: number;
  name: string;
  description: string | null;
  homepage: string | null;
  visibility: Visibility;
  default_branch: string;
  topics: string[];
  archived: boolean;
  has_issues: boolean;
  has_wiki: boolean;
  has_projects: boolean;
  allow_merge_commit: boolean;
  allow_squash_merge: boolean;
  allow_rebase_merge: boolean;
  allow_auto_merge: boolean;
  delete_branch_on_merge: boolean;
  created_at: string;
  updated_at: string;
  pushed_at: string | null;
  /** Branch name -> tip commit sha. Empty until the first commit (auto_init). */
  branches: Map<string, string>;
  protection: Map<string, ProtectionState>;
  hooks: HookState[];
  /** Direct collaborators by login, with their role. */
  collaborators: Map<string, Role>;
  invitations: InvitationState[];
  /** Teams by slug, with GitHub's permission name (pull, triage, push, maintain, admin). */
  teams: Map<string, string>;
}

export interface UserState {
  login: string;
  id: number;
  /** A member of the organization is added directly; anyone else is invited. */
  member: boolean;
}

export interface TeamState {
  id: number;
  slug: string;
  name: string;
  description: string | null;
}

export class GithubStore {
  readonly repos = new Map<string, RepoState>();
  readonly users = new Map<string, UserState>();
  readonly teams = new Map<string, TeamState>();
  /** Raised on every change to the set or order of repositories (invalidates sorted lists). */
  version = 0;
  private nextId = 1_000_000;
  private clock = Date.parse('2024-01-15T09:00:00Z');

  constructor(
    readonly owner: string,
    readonly ownerId: number,
    readonly ownerType: 'organization' | 'user',
    /** The login the accepted token belongs to. */
    readonly viewer: string,
  ) {}

  id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  /** A timestamp that moves one second per change, so answers differ after every write. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  repo(name: string): RepoState | undefined {
    return this.repos.get(name.toLowerCase());
  }

  addUser(login: string, member: boolean): UserState {
    const user = { login, id: this.id(), member };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  addTeam(slug: string, name = slug, description: string | null = null): TeamState {
    const team = { id: this.id(), slug, name, description };
    this.teams.set(slug.toLowerCase(), team);
    return team;
  }

  createRepo(fields: Partial<RepoState> & { name: string }, autoInit: boolean): RepoState {
    const stamp = this.now();
    const repo: RepoState = {
      id: this.id(),
      description: null,
      homepage: null,
      visibility: 'public',
      default_branch: 'main',
      topics: [],
      archived: false,
      has_issues: true,
      has_wiki: true,
      has_projects: true,
      allow_merge_commit: true,
      allow_squash_merge: true,
      allow_rebase_merge: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      created_at: stamp,
      updated_at: stamp,
      pushed_at: null,
      branches: new Map(),
      protection: new Map(),
      hooks: [],
      collaborators: new Map(),
      invitations: [],
      teams: new Map(),
      ...fields,
    };
    if (autoInit) {
      repo.branches.set(repo.default_branch, shaOf(`${repo.name}:${repo.default_branch}:initial`));
      repo.pushed_at = stamp;
    }
    this.repos.set(repo.name.toLowerCase(), repo);
    this.version += 1;
    return repo;
  }

  renameRepo(repo: RepoState, name: string): void {
    this.repos.delete(repo.name.toLowerCase());
    repo.name = name;
    this.repos.set(name.toLowerCase(), repo);
    this.version += 1;
  }

  deleteRepo(repo: RepoState): void {
    this.repos.delete(repo.name.toLowerCase());
    this.version += 1;
  }

  touch(repo: RepoState): void {
    repo.updated_at = this.now();
    this.version += 1;
  }
}

export function shaOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function defaultProtection(): ProtectionState {
  return {
    required_status_checks: null,
    enforce_admins: false,
    required_pull_request_reviews: null,
    restrictions: null,
    required_linear_history: false,
    allow_force_pushes: false,
    allow_deletions: false,
    block_creations: false,
    required_conversation_resolution: false,
    lock_branch: false,
    allow_fork_syncing: false,
  };
}
