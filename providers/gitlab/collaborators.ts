// Collaborators as the project's direct members (inherited group members are not the
// project's to manage). Members are added by username, which GitLab accepts in place of a
// user id, so no username -> id lookups are needed; edits and removals use the ids the
// member list already gave.
import type { MemberSchema } from '@gitbeaker/rest';
import { ProviderError } from '../../src/resources/provider-contract.js';
import type { GitlabClient } from './gitlab-client.js';
import { removeIfPresent } from './gitlab-errors.js';
import { accessLevelOf, isPermission, permissionOf } from './permissions.js';
import type { Ownership } from './spec-fields.js';

export function normalizeCollaborators(members: readonly MemberSchema[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const member of [...members].sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0))) {
    result[member.username] = permissionOf(member.access_level);
  }
  return result;
}

export function collaboratorProblems(wanted: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(wanted)
    .filter(([, permission]) => permission === 'triage')
    .map(([user]) => `collaborators.${user}: GitLab has no triage role; its Reporter role (mosaic's read) can already label, assign and close issues, so use read.`);
}

export async function applyCollaborators(
  client: GitlabClient,
  projectId: number,
  wanted: Readonly<Record<string, unknown>>,
  ownership: Ownership,
  live: readonly MemberSchema[],
): Promise<void> {
  // GitLab usernames are case-insensitive.
  const byName = new Map(live.map((member) => [member.username.toLowerCase(), member]));
  for (const [username, permission] of Object.entries(wanted)) {
    const level = isPermission(permission) ? accessLevelOf(permission) : undefined;
    if (level === undefined) {
      throw new ProviderError('gitlab.invalid-spec', `collaborators.${username}: "${String(permission)}" has no GitLab role`, 'Use read, write, maintain or admin.');
    }
    const member = byName.get(username.toLowerCase());
    if (member === undefined) await client.members.add(projectId, level, { username });
    else if (member.access_level !== level) await client.members.edit(projectId, member.id, level);
  }
  if (ownership !== 'exclusive') return;
  const keep = new Set(Object.keys(wanted).map((name) => name.toLowerCase()));
  for (const [name, member] of byName) if (!keep.has(name)) await removeIfPresent(() => client.members.remove(projectId, member.id));
}
