// Collaborators and teams as Bitbucket's explicit repository permissions (permissions-config):
// users by nickname, groups by slug; read, write and admin are the same words in both vocabularies.
import type { LimitFunction } from 'p-limit';
import { ProviderError } from '../../src/resources/provider-contract.js';
import type { Ownership } from '../../src/resources/resource-kind.js';
import type { BitbucketClient } from './bitbucket-client.js';
import type { BitbucketAccount, BitbucketPermission, RepositoryGroupPermission, RepositoryUserPermission } from './bitbucket-shapes.js';

/** mosaic's permission names that Bitbucket has; triage and maintain it has not. */
const bitbucketPermissions: readonly string[] = ['read', 'write', 'admin'] satisfies readonly BitbucketPermission[];

export function isBitbucketPermission(permission: string): permission is BitbucketPermission {
  return bitbucketPermissions.includes(permission);
}

/** How mosaic names a user: the nickname, else the account id (accounts without a nickname). */
export function userKey(user: BitbucketAccount): string {
  return user.nickname ?? user.account_id ?? user.uuid ?? '';
}

/** How the permissions API addresses a user: the Atlassian account id, else the {uuid}. */
function userAddress(user: BitbucketAccount): string | undefined {
  return user.account_id ?? user.uuid;
}

export function normalizeCollaborators(users: readonly RepositoryUserPermission[]): Record<string, string> {
  const entries = users.filter((u) => u.permission !== 'none').map((u) => [userKey(u.user), u.permission] as const);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function normalizeTeams(groups: readonly RepositoryGroupPermission[]): Record<string, string> {
  const entries = groups.filter((g) => g.permission !== 'none').map((g) => [g.group.slug, g.permission] as const);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function checkedPermission(field: string, name: string, permission: string): BitbucketPermission {
  if (isBitbucketPermission(permission)) return permission;
  throw new ProviderError('bitbucket.invalid-spec', `\`${field}.${name}\`: Bitbucket has no "${permission}" permission`, 'Use read, write or admin.');
}

/** Finds workspace members by nickname when a user has no explicit permission yet; read once per call. */
export type MemberLookup = (nickname: string) => Promise<BitbucketAccount | undefined>;

export function createMemberLookup(client: BitbucketClient): MemberLookup {
  let members: Promise<Map<string, BitbucketAccount>> | undefined;
  return async (nickname) => {
    members ??= client.listMembers().then((list) => new Map(list.map((m) => [userKey(m.user), m.user])));
    return (await members).get(nickname);
  };
}

export async function applyCollaborators(
  client: BitbucketClient,
  repository: string,
  wanted: ReadonlyMap<string, string>,
  live: readonly RepositoryUserPermission[],
  ownership: Ownership,
  findMember: MemberLookup,
  limit: LimitFunction,
): Promise<void> {
  const liveByKey = new Map(live.filter((u) => u.permission !== 'none').map((u) => [userKey(u.user), u]));
  const calls: Promise<unknown>[] = [];
  for (const [name, permission] of wanted) {
    const target = checkedPermission('collaborators', name, permission);
    const current = liveByKey.get(name);
    liveByKey.delete(name);
    if (current?.permission === target) continue;
    calls.push(
      limit(async () => {
        const account = current?.user ?? (await findMember(name));
        const address = account === undefined ? undefined : userAddress(account);
        if (address === undefined) {
          throw new ProviderError('bitbucket.invalid', `\`collaborators.${name}\`: no member of workspace ${client.workspace} has the nickname "${name}"`, 'Bitbucket grants repository permissions only to workspace members; invite the user to the workspace first, or fix the nickname.');
        }
        await client.putUserPermission(repository, address, { permission: target });
      }),
    );
  }
  if (ownership === 'exclusive') {
    for (const extra of liveByKey.values()) {
      const address = userAddress(extra.user);
      if (address !== undefined) calls.push(limit(() => client.deleteUserPermission(repository, address)));
    }
  }
  await Promise.all(calls);
}

export async function applyTeams(
  client: BitbucketClient,
  repository: string,
  wanted: ReadonlyMap<string, string>,
  live: readonly RepositoryGroupPermission[],
  ownership: Ownership,
  limit: LimitFunction,
): Promise<void> {
  const liveBySlug = new Map(live.filter((g) => g.permission !== 'none').map((g) => [g.group.slug, g]));
  const calls: Promise<unknown>[] = [];
  for (const [slug, permission] of wanted) {
    const target = checkedPermission('teams', slug, permission);
    const current = liveBySlug.get(slug);
    liveBySlug.delete(slug);
    if (current?.permission !== target) calls.push(limit(() => client.putGroupPermission(repository, slug, { permission: target })));
  }
  if (ownership === 'exclusive') {
    for (const slug of liveBySlug.keys()) calls.push(limit(() => client.deleteGroupPermission(repository, slug)));
  }
  await Promise.all(calls);
}
