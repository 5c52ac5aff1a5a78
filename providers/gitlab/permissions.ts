// mosaic's permission names and GitLab's access levels, both ways, for project members and
// group shares. GitLab has no triage role: its Reporter (mosaic's read) can already label,
// assign and close issues, so triage is refused by check() rather than mapped silently.
import { AccessLevel } from '@gitbeaker/rest';

export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

/** The roles a member or a shared group can hold (GitLab's ADMIN is not one). */
export type MemberAccessLevel = Exclude<(typeof AccessLevel)[keyof typeof AccessLevel], typeof AccessLevel.ADMIN>;

const levelByPermission: Readonly<Record<Exclude<Permission, 'triage'>, MemberAccessLevel>> = {
  read: AccessLevel.REPORTER,
  write: AccessLevel.DEVELOPER,
  maintain: AccessLevel.MAINTAINER,
  admin: AccessLevel.OWNER,
};

/** Levels below Reporter have no mosaic name; they are reported by GitLab's so a diff shows them. */
const belowRead: Readonly<Record<number, string>> = { 5: 'minimal_access', 10: 'guest', 15: 'planner' };

export function isPermission(value: unknown): value is Permission {
  return value === 'read' || value === 'triage' || value === 'write' || value === 'maintain' || value === 'admin';
}

/** The access level for a permission; undefined for triage (check() reports it). */
export function accessLevelOf(permission: Permission): MemberAccessLevel | undefined {
  return permission === 'triage' ? undefined : levelByPermission[permission];
}

export function permissionOf(accessLevel: number): string {
  switch (accessLevel) {
    case 20:
      return 'read';
    case 30:
      return 'write';
    case 40:
      return 'maintain';
    case 50:
      return 'admin';
    default:
      return belowRead[accessLevel] ?? `access_level_${String(accessLevel)}`;
  }
}
