// The GitLab emulator's state: users, groups, and projects with their branches, protected
// branches, hooks, members and group shares. Plain records; the routes validate requests and
// gitlab-entities.ts renders these records as the API's JSON.

export interface UserRecord {
  readonly id: number;
  readonly username: string;
  readonly name: string;
  readonly created_at: string;
}

export interface GroupRecord {
  readonly id: number;
  readonly name: string;
  readonly path: string;
  readonly full_path: string;
  readonly parent_id: number | null;
  readonly created_at: string;
}

export interface HookRecord {
  readonly id: number;
  url: string;
  token: string | undefined;
  /** push_events, tag_push_events, ... as GitLab names them. */
  readonly switches: Record<string, boolean>;
  enable_ssl_verification: boolean;
  push_events_branch_filter: string;
  alert_status: 'executable' | 'disabled' | 'temporarily_disabled';
  readonly created_at: string;
}

export interface MemberRecord {
  readonly user: UserRecord;
  access_level: number;
  readonly created_at: string;
  readonly created_by: UserRecord;
}

export interface ProtectedBranchRecord {
  readonly id: number;
  readonly name: string;
  readonly push_access_level: number;
  readonly merge_access_level: number;
  readonly access_ids: readonly [number, number, number];
  allow_force_push: boolean;
  code_owner_approval_required: boolean;
}

export interface ShareRecord {
  readonly id: number;
  readonly group: GroupRecord;
  readonly group_access: number;
}

export interface ProjectRecord {
  readonly id: number;
  name: string;
  path: string;
  namespace: GroupRecord;
  description: string | null;
  visibility: 'private' | 'internal' | 'public';
  /** The HEAD branch; undefined while the repository is empty. */
  default_branch: string | undefined;
  branches: string[];
  topics: string[];
  archived: boolean;
  issues_access_level: string;
  wiki_access_level: string;
  merge_method: string;
  squash_option: string;
  remove_source_branch_after_merge: boolean;
  marked_for_deletion_on: string | null;
  readonly created_at: string;
  updated_at: string;
  readonly creator: UserRecord;
  readonly hooks: HookRecord[];
  readonly members: MemberRecord[];
  readonly protected_branches: ProtectedBranchRecord[];
  readonly shares: ShareRecord[];
  readonly runners_token: string;
}

/** Users every emulator knows, so configs can name collaborators. */
export const seededUsernames = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'] as const;
/** Subgroups of the owner group, so configs can name teams. */
export const seededSubgroups = ['platform', 'security', 'docs'] as const;
/** A group outside the owner group, for shares a config cannot name. */
export const outsideGroupPath = 'other-org';

export class GitlabStore {
  readonly users = new Map<number, UserRecord>();
  readonly groups = new Map<number, GroupRecord>();
  readonly projects = new Map<number, ProjectRecord>();
  readonly bot: UserRecord;
  readonly ownerGroup: GroupRecord;
  private lastId = 1000;
  private clock = Date.parse('2025-01-06T09:00:00.000Z');

  constructor(owner: string) {
    this.bot = this.addUser('mosaic-bot', 'mosaic bot');
    for (const username of seededUsernames) this.addUser(username, `${username.charAt(0).toUpperCase()}${username.slice(1)} Example`);
    this.ownerGroup = this.addGroup(owner, null);
    for (const sub of seededSubgroups) this.addGroup(sub, this.ownerGroup);
    this.addGroup(outsideGroupPath, null);
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** A timestamp that moves forward a second per call, so answers are deterministic. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  addUser(username: string, name: string): UserRecord {
    const user: UserRecord = { id: this.nextId(), username, name, created_at: this.now() };
    this.users.set(user.id, user);
    return user;
  }

  addGroup(path: string, parent: GroupRecord | null): GroupRecord {
    const group: GroupRecord = { id: this.nextId(), name: path, path, full_path: parent ? `${parent.full_path}/${path}` : path, parent_id: parent?.id ?? null, created_at: this.now() };
    this.groups.set(group.id, group);
    return group;
  }

  /** By numeric id or URL-decoded full path (case-insensitive, as GitLab routes are). */
  findGroup(ref: string): GroupRecord | undefined {
    if (/^\d+$/.test(ref)) return this.groups.get(Number(ref));
    const wanted = ref.toLowerCase();
    return [...this.groups.values()].find((group) => group.full_path.toLowerCase() === wanted);
  }

  findProject(ref: string): ProjectRecord | undefined {
    if (/^\d+$/.test(ref)) return this.projects.get(Number(ref));
    const wanted = ref.toLowerCase();
    return [...this.projects.values()].find((project) => `${project.namespace.full_path}/${project.path}`.toLowerCase() === wanted);
  }

  findUser(username: string): UserRecord | undefined {
    const wanted = username.toLowerCase();
    return [...this.users.values()].find((user) => user.username.toLowerCase() === wanted);
  }

  projectsIn(group: GroupRecord): ProjectRecord[] {
    return [...this.projects.values()].filter((project) => project.namespace.id === group.id).sort((a, b) => a.id - b.id);
  }

  /** Whether another project in `group` has this name or path (GitLab compares them case-insensitively). */
  isTaken(group: GroupRecord, name: string, path: string, except?: ProjectRecord): { name: boolean; path: boolean } {
    const others = this.projectsIn(group).filter((project) => project !== except);
    return {
      name: others.some((project) => project.name.toLowerCase() === name.toLowerCase()),
      path: others.some((project) => project.path.toLowerCase() === path.toLowerCase()),
    };
  }

  createProject(group: GroupRecord, fields: { name: string; path: string }, creator: UserRecord): ProjectRecord {
    const created = this.now();
    const project: ProjectRecord = {
      id: this.nextId(),
      name: fields.name,
      path: fields.path,
      namespace: group,
      description: null,
      visibility: 'private',
      default_branch: undefined,
      branches: [],
      topics: [],
      archived: false,
      issues_access_level: 'enabled',
      wiki_access_level: 'enabled',
      merge_method: 'merge',
      squash_option: 'default_off',
      remove_source_branch_after_merge: true,
      marked_for_deletion_on: null,
      created_at: created,
      updated_at: created,
      creator,
      hooks: [],
      members: [],
      protected_branches: [],
      shares: [],
      runners_token: `GR1348941${String(created.length)}${fields.path.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}emulated`,
    };
    this.projects.set(project.id, project);
    return project;
  }

  /** Commits a README on `branch`, as initialize_with_readme does, and protects it like GitLab's default. */
  initializeRepository(project: ProjectRecord, branch: string): void {
    project.branches.push(branch);
    project.default_branch = branch;
    this.protectBranch(project, branch, { push: 40, merge: 40, allowForcePush: false, codeOwners: false });
  }

  protectBranch(project: ProjectRecord, name: string, rule: { push: number; merge: number; allowForcePush: boolean; codeOwners: boolean }): ProtectedBranchRecord {
    const record: ProtectedBranchRecord = {
      id: this.nextId(),
      name,
      push_access_level: rule.push,
      merge_access_level: rule.merge,
      access_ids: [this.nextId(), this.nextId(), this.nextId()],
      allow_force_push: rule.allowForcePush,
      code_owner_approval_required: rule.codeOwners,
    };
    project.protected_branches.push(record);
    return record;
  }

  addHook(project: ProjectRecord, url: string, switches: Record<string, boolean>, token: string | undefined): HookRecord {
    const hook: HookRecord = { id: this.nextId(), url, token, switches, enable_ssl_verification: true, push_events_branch_filter: '', alert_status: 'executable', created_at: this.now() };
    project.hooks.push(hook);
    return hook;
  }

  touch(project: ProjectRecord): void {
    project.updated_at = this.now();
  }
}
