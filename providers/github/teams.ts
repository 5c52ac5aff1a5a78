// Teams with access to a repository (organizations only), and giving or taking that access.
import type { GithubConnection } from './github-client.js';
import { perPage, readAllPages } from './pages.js';
import { isPermission, toGithubPermission, toMosaicPermission } from './permissions.js';
import { pickTeam, type TeamRecord } from './repository-record.js';
import type { Json, OwnershipMode } from './spec-fields.js';
import { namingMember } from './github-errors.js';

export async function readTeams(api: GithubConnection, repo: string): Promise<TeamRecord[]> {
  const { client, owner } = api;
  const teams = await readAllPages((page) => client.rest.repos.listTeams({ owner, repo, per_page: perPage, page }));
  return teams.map(pickTeam);
}

export async function writeTeams(api: GithubConnection, repo: string, desired: Json, ownership: OwnershipMode): Promise<void> {
  const { client, owner } = api;
  const live = await readTeams(api, repo);
  const wanted = new Set<string>();
  for (const [slug, permission] of Object.entries(desired)) {
    if (!isPermission(permission)) continue;
    wanted.add(slug.toLowerCase());
    const current = live.find((team) => team.slug.toLowerCase() === slug.toLowerCase());
    if (current && toMosaicPermission(current.permission) === permission) continue;
    await namingMember('the team', slug, () => client.rest.teams.addOrUpdateRepoPermissionsInOrg({ org: owner, team_slug: slug, owner, repo, permission: toGithubPermission(permission) }));
  }
  if (ownership === 'additive') return;
  for (const team of live) {
    if (!wanted.has(team.slug.toLowerCase())) await client.rest.teams.removeRepoInOrg({ org: owner, team_slug: team.slug, owner, repo });
  }
}
