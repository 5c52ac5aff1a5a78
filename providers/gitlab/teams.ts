// Teams as the groups a project is shared with (the project's shared_with_groups, which every
// project read already carries, so teams cost no extra read). A team name is a subgroup path
// relative to the provider's `group` ("platform" is acme/platform); a share with a group
// outside it reads back under its full path with a leading slash ("/other-org/ops"), which
// no config can write but an exclusive plan can show for removal. GitLab cannot change a
// share's role in place, so a changed role is an unshare followed by a share.
import { ProviderError } from '../../src/resources/provider-contract.js';
import type { GitlabClient } from './gitlab-client.js';
import { removeIfPresent } from './gitlab-errors.js';
import { accessLevelOf, isPermission, permissionOf } from './permissions.js';
import type { Ownership } from './spec-fields.js';

export interface GroupShare {
  readonly group_id: number;
  readonly group_full_path: string;
  readonly group_access_level: number;
}

export function teamNameOf(groupFullPath: string, namespace: string): string {
  const prefix = `${namespace.toLowerCase()}/`;
  return groupFullPath.toLowerCase().startsWith(prefix) ? groupFullPath.slice(prefix.length) : `/${groupFullPath}`;
}

export function teamPathOf(team: string, namespace: string): string {
  return team.startsWith('/') ? team.slice(1) : `${namespace}/${team}`;
}

export function normalizeTeams(shares: readonly GroupShare[], namespace: string): Record<string, string> {
  const entries = shares.map((share) => [teamNameOf(share.group_full_path, namespace), permissionOf(share.group_access_level)] as const);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function teamProblems(wanted: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(wanted)
    .filter(([, permission]) => permission === 'triage')
    .map(([team]) => `teams.${team}: GitLab has no triage role for a shared group; its Reporter role (mosaic's read) can already label, assign and close issues, so use read.`);
}

export async function applyTeams(
  client: GitlabClient,
  projectId: number,
  namespace: string,
  wanted: Readonly<Record<string, unknown>>,
  ownership: Ownership,
  live: readonly GroupShare[],
  resolveGroupId: (fullPath: string) => Promise<number>,
): Promise<void> {
  const byPath = new Map(live.map((share) => [share.group_full_path.toLowerCase(), share]));
  const keep = new Set<string>();
  for (const [team, permission] of Object.entries(wanted)) {
    const level = isPermission(permission) ? accessLevelOf(permission) : undefined;
    if (level === undefined) {
      throw new ProviderError('gitlab.invalid-spec', `teams.${team}: "${String(permission)}" has no GitLab role`, 'Use read, write, maintain or admin.');
    }
    const path = teamPathOf(team, namespace);
    keep.add(path.toLowerCase());
    const current = byPath.get(path.toLowerCase());
    if (current?.group_access_level === level) continue;
    if (current !== undefined) await removeIfPresent(() => client.projects.unshare(projectId, current.group_id));
    await client.projects.share(projectId, current?.group_id ?? (await resolveGroupId(path)), level);
  }
  if (ownership !== 'exclusive') return;
  for (const [path, share] of byPath) if (!keep.has(path)) await removeIfPresent(() => client.projects.unshare(projectId, share.group_id));
}
