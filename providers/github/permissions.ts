// mosaic's permission names (read, triage, write, maintain, admin) and GitHub's, both ways.
// GitHub accepts pull/triage/push/maintain/admin on writes and reports either those (teams)
// or role names (collaborators, invitations) that are mosaic's own words.

export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
export type GithubPermission = 'pull' | 'triage' | 'push' | 'maintain' | 'admin';

const toGithub: Readonly<Record<Permission, GithubPermission>> = { read: 'pull', triage: 'triage', write: 'push', maintain: 'maintain', admin: 'admin' };
const fromGithub: Readonly<Record<string, Permission>> = { pull: 'read', read: 'read', triage: 'triage', push: 'write', write: 'write', maintain: 'maintain', admin: 'admin' };
/** Strongest first: a custom role is reported as the strongest base permission it grants. */
const byStrength: readonly GithubPermission[] = ['admin', 'maintain', 'push', 'triage', 'pull'];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && value in toGithub;
}

export function toGithubPermission(permission: Permission): GithubPermission {
  return toGithub[permission];
}

/**
 * The mosaic name of what GitHub reports: a role or permission name, else the strongest of
 * the `permissions` flags (custom roles have their own names).
 */
export function toMosaicPermission(name: unknown, flags?: Readonly<Record<string, unknown>> | null): Permission | undefined {
  if (typeof name === 'string' && Object.hasOwn(fromGithub, name)) return fromGithub[name];
  if (flags) {
    for (const permission of byStrength) {
      if (flags[permission] === true) return fromGithub[permission];
    }
  }
  return undefined;
}
