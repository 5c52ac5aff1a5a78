// The Bitbucket emulator's state: one workspace with its members, groups and projects, and its
// repositories with their branch restrictions, webhooks and explicit permissions. Plain data;
// the routes decide what the API allows, bitbucket-objects renders the answers.
import { randomUUID } from 'node:crypto';

export interface StoredWorkspace {
  readonly slug: string;
  readonly uuid: string;
  readonly name: string;
  readonly createdOn: string;
}

export interface StoredMember {
  readonly uuid: string;
  readonly accountId: string;
  readonly nickname: string;
  readonly displayName: string;
}

export interface StoredGroup {
  readonly slug: string;
  readonly name: string;
}

export interface StoredProject {
  readonly key: string;
  readonly uuid: string;
  readonly name: string;
  readonly isPrivate: boolean;
  readonly createdOn: string;
}

export interface StoredRestriction {
  readonly id: number;
  kind: string;
  branchMatchKind: 'glob' | 'branching_model';
  pattern: string;
  branchType: string | undefined;
  value: number | null;
  users: string[];
  groups: string[];
}

export interface StoredHook {
  readonly uuid: string;
  url: string;
  description: string;
  active: boolean;
  events: string[];
  /** Kept so tests can see what was sent; the API never shows it. */
  secret: string | undefined;
  readonly createdAt: string;
}

export interface StoredRepository {
  readonly uuid: string;
  name: string;
  slug: string;
  description: string;
  isPrivate: boolean;
  website: string | null;
  hasIssues: boolean;
  hasWiki: boolean;
  mainbranch: string;
  forkPolicy: 'allow_forks' | 'no_public_forks' | 'no_forks';
  language: string;
  projectKey: string;
  readonly createdOn: string;
  updatedOn: string;
  readonly restrictions: StoredRestriction[];
  readonly hooks: StoredHook[];
  /** Explicit user permissions by member uuid. */
  readonly userPermissions: Map<string, string>;
  /** Explicit group permissions by group slug. */
  readonly groupPermissions: Map<string, string>;
}

/** Bitbucket's timestamps: microseconds and an explicit UTC offset. */
export function bitbucketTime(date = new Date()): string {
  return date.toISOString().replace('Z', '000+00:00');
}

export function braced(): string {
  return `{${randomUUID()}}`;
}

export class BitbucketStore {
  readonly workspace: StoredWorkspace;
  readonly members: StoredMember[];
  readonly groups: StoredGroup[];
  readonly projects: StoredProject[];
  /** In creation order, which is the order the list endpoint answers in. */
  readonly repositories: StoredRepository[] = [];
  private nextRestrictionId = 1;

  constructor(workspaceSlug: string) {
    const now = bitbucketTime();
    this.workspace = { slug: workspaceSlug, uuid: braced(), name: workspaceSlug.charAt(0).toUpperCase() + workspaceSlug.slice(1), createdOn: now };
    this.members = ['alice', 'bob', 'carol', 'dave', 'erin'].map((nickname, i) => ({
      uuid: braced(),
      // Both forms Atlassian issues: a 24-digit hex id and the newer 557058:{uuid}.
      accountId: i % 2 === 0 ? `5b10a2844c20165700ede2${String(10 + i)}` : `557058:${randomUUID()}`,
      nickname,
      displayName: `${nickname.charAt(0).toUpperCase()}${nickname.slice(1)} Example`,
    }));
    this.groups = [
      { slug: 'developers', name: 'Developers' },
      { slug: 'maintainers', name: 'Maintainers' },
      { slug: 'qa', name: 'QA' },
      { slug: 'administrators', name: 'Administrators' },
    ];
    // The oldest project is where repositories go when a create names none.
    this.projects = [
      { key: 'PROJ', uuid: braced(), name: 'Default project', isPrivate: false, createdOn: now },
      { key: 'SEC', uuid: braced(), name: 'Security', isPrivate: true, createdOn: now },
    ];
  }

  isWorkspace(id: string): boolean {
    return id.toLowerCase() === this.workspace.slug.toLowerCase() || id === this.workspace.uuid;
  }

  /** By slug (case-insensitively, as Bitbucket resolves URLs) or by {uuid}. */
  findRepository(id: string): StoredRepository | undefined {
    const slug = id.toLowerCase();
    return this.repositories.find((r) => r.uuid === id || r.slug === slug);
  }

  findProject(key: string): StoredProject | undefined {
    return this.projects.find((p) => p.key === key || p.uuid === key);
  }

  /** By Atlassian account id or {uuid}, as permissions-config addresses users. */
  findMember(id: string): StoredMember | undefined {
    return this.members.find((m) => m.accountId === id || m.uuid === id);
  }

  findGroup(slug: string): StoredGroup | undefined {
    return this.groups.find((g) => g.slug === slug);
  }

  addRepository(fields: { slug: string; name: string; isPrivate: boolean; projectKey: string; description?: string; website?: string | null; hasIssues?: boolean; hasWiki?: boolean; forkPolicy?: StoredRepository['forkPolicy']; language?: string }): StoredRepository {
    const now = bitbucketTime();
    const repository: StoredRepository = {
      uuid: braced(),
      name: fields.name,
      slug: fields.slug,
      description: fields.description ?? '',
      isPrivate: fields.isPrivate,
      website: fields.website ?? null,
      hasIssues: fields.hasIssues ?? false,
      hasWiki: fields.hasWiki ?? false,
      mainbranch: 'main',
      forkPolicy: fields.forkPolicy ?? (fields.isPrivate ? 'no_public_forks' : 'allow_forks'),
      language: fields.language ?? '',
      projectKey: fields.projectKey,
      createdOn: now,
      updatedOn: now,
      restrictions: [],
      hooks: [],
      userPermissions: new Map(),
      groupPermissions: new Map(),
    };
    this.repositories.push(repository);
    return repository;
  }

  removeRepository(repository: StoredRepository): void {
    this.repositories.splice(this.repositories.indexOf(repository), 1);
  }

  addRestriction(repository: StoredRepository, fields: Omit<StoredRestriction, 'id'>): StoredRestriction {
    const restriction: StoredRestriction = { id: this.nextRestrictionId++, ...fields };
    repository.restrictions.push(restriction);
    return restriction;
  }

  addHook(repository: StoredRepository, fields: Omit<StoredHook, 'uuid' | 'createdAt'>): StoredHook {
    const hook: StoredHook = { uuid: braced(), createdAt: bitbucketTime(), ...fields };
    repository.hooks.push(hook);
    return hook;
  }
}

/** How Bitbucket turns a repository name into its slug (lower case, runs of other characters -> '-'). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
