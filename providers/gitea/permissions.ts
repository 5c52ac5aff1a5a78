// Collaborators and teams of a repository, with permission names mapped between mosaic and
// Gitea (read, write, admin; Gitea's "owner" reads as admin). Gitea's collaborator list has no
// permissions, so each collaborator's is read on its own. A team has one permission for all the
// repositories it sees: mosaic can give a team access, but not a permission of its own here.
import type { Team } from 'gitea-js';
import { ProviderError } from '../../src/resources/provider-contract.js';
import type { GiteaClient } from './gitea-client.js';
import type { RepositoryRef } from './repository-ref.js';
import type { Permission } from './repository-spec.js';

export interface CollaboratorAccess {
  readonly login: string;
  /** Gitea's name: read, write, admin, owner (or none). */
  readonly permission: string;
}

type GiteaPermission = 'read' | 'write' | 'admin';

/** Gitea's word for a mosaic permission; undefined for triage and maintain, which it lacks. */
export function giteaPermission(permission: Permission): GiteaPermission | undefined {
  return permission === 'read' || permission === 'write' || permission === 'admin' ? permission : undefined;
}

export function mosaicPermission(giteaName: string | undefined): Permission {
  if (giteaName === 'owner' || giteaName === 'admin') return 'admin';
  if (giteaName === 'write') return 'write';
  return 'read';
}

export async function readCollaborators(client: GiteaClient, ref: RepositoryRef): Promise<CollaboratorAccess[]> {
  const users = await client.listAll(`reading the collaborators of ${ref.fullName}`, (api, query) => api.repos.repoListCollaborators(ref.owner, ref.name, query));
  return Promise.all(
    users.map(async (user) => {
      const login = user.login ?? '';
      const access = await client.call(`reading the permission of ${login} on ${ref.fullName}`, (api) => api.repos.repoGetRepoPermissions(ref.owner, ref.name, encodeURIComponent(login)));
      return { login, permission: access.permission ?? 'read' };
    }),
  );
}

export function normalizeCollaborators(collaborators: readonly CollaboratorAccess[]): Record<string, Permission> {
  const sorted = [...collaborators].sort((a, b) => (a.login < b.login ? -1 : 1));
  return Object.fromEntries(sorted.map((c) => [c.login, mosaicPermission(c.permission)]));
}

function unsupportedPermission(instance: string, who: string, permission: Permission): ProviderError {
  return new ProviderError('gitea.invalid', `Gitea provider "${instance}": Gitea has no "${permission}" permission (for ${who})`, 'Use read, write or admin.');
}

/** Sets each listed collaborator's permission; removes the others when `exclusive`. */
export async function syncCollaborators(client: GiteaClient, ref: RepositoryRef, wanted: Readonly<Record<string, Permission>>, exclusive: boolean, live?: readonly CollaboratorAccess[]): Promise<CollaboratorAccess[]> {
  const current = live ?? (await readCollaborators(client, ref));
  const byLogin = new Map(current.map((c) => [c.login.toLowerCase(), c]));
  const result = new Map(byLogin);
  await Promise.all(
    Object.entries(wanted).map(async ([login, permission]) => {
      const gitea = giteaPermission(permission);
      if (!gitea) throw unsupportedPermission(client.instance, `collaborator ${login}`, permission);
      const existing = byLogin.get(login.toLowerCase());
      if (existing && mosaicPermission(existing.permission) === permission) return;
      await client.call(`giving ${login} ${permission} access to ${ref.fullName}`, (api) => api.repos.repoAddCollaborator(ref.owner, ref.name, encodeURIComponent(login), { permission: gitea }));
      result.set(login.toLowerCase(), { login: existing?.login ?? login, permission: gitea });
    }),
  );
  if (exclusive) {
    const keep = new Set(Object.keys(wanted).map((login) => login.toLowerCase()));
    await Promise.all(
      current
        .filter((c) => !keep.has(c.login.toLowerCase()))
        .map(async (c) => {
          await client.call(`removing collaborator ${c.login} from ${ref.fullName}`, (api) => api.repos.repoDeleteCollaborator(ref.owner, ref.name, encodeURIComponent(c.login)));
          result.delete(c.login.toLowerCase());
        }),
    );
  }
  return [...result.values()];
}

/** A team's permission on every repository it sees; teams made in the UI set it per unit. */
export function teamPermission(team: Team): Permission {
  if (team.permission !== undefined && team.permission !== 'none') return mosaicPermission(team.permission);
  return mosaicPermission(team.units_map?.['repo.code']);
}

export function readTeams(client: GiteaClient, ref: RepositoryRef): Promise<Team[]> {
  return client.call(`reading the teams of ${ref.fullName}`, (api) => api.repos.repoListTeams(ref.owner, ref.name));
}

export function normalizeTeams(teams: readonly Team[]): Record<string, Permission> {
  const sorted = [...teams].sort((a, b) => ((a.name ?? '') < (b.name ?? '') ? -1 : 1));
  return Object.fromEntries(sorted.map((team) => [team.name ?? '', teamPermission(team)]));
}

/**
 * Gives the listed teams access (and, when `exclusive`, takes it from the others); returns the
 * teams as Gitea now has them. Fails, after doing what it can, when a team's own permission
 * is not the one the spec asks for, or a team that sees all repositories would have to go.
 */
export async function syncTeams(client: GiteaClient, ref: RepositoryRef, wanted: Readonly<Record<string, Permission>>, exclusive: boolean, live?: readonly Team[]): Promise<Team[]> {
  const current = live ?? (await readTeams(client, ref));
  const byName = new Map(current.map((team) => [(team.name ?? '').toLowerCase(), team]));
  for (const [name, permission] of Object.entries(wanted)) {
    if (!giteaPermission(permission)) throw unsupportedPermission(client.instance, `team ${name}`, permission);
  }
  const missing = Object.keys(wanted).filter((name) => !byName.has(name.toLowerCase()));
  await Promise.all(missing.map((name) => client.call(`giving team ${name} access to ${ref.fullName}`, (api) => api.repos.repoAddTeam(ref.owner, ref.name, encodeURIComponent(name)))));
  const problems: string[] = [];
  const removed = new Set<string>();
  if (exclusive) {
    const keep = new Set(Object.keys(wanted).map((name) => name.toLowerCase()));
    const extra = current.filter((team) => !keep.has((team.name ?? '').toLowerCase()));
    for (const team of extra.filter((t) => t.includes_all_repositories === true)) problems.push(`team ${team.name ?? ''} has access to every repository of the organization and cannot be removed from one`);
    await Promise.all(
      extra
        .filter((team) => team.includes_all_repositories !== true)
        .map(async (team) => {
          await client.call(`taking access to ${ref.fullName} from team ${team.name ?? ''}`, (api) => api.repos.repoDeleteTeam(ref.owner, ref.name, encodeURIComponent(team.name ?? '')));
          removed.add((team.name ?? '').toLowerCase());
        }),
    );
  }
  const final = missing.length > 0 ? await readTeams(client, ref) : current.filter((team) => !removed.has((team.name ?? '').toLowerCase()));
  const finalByName = new Map(final.map((team) => [(team.name ?? '').toLowerCase(), team]));
  for (const [name, permission] of Object.entries(wanted)) {
    const team = finalByName.get(name.toLowerCase());
    if (team && teamPermission(team) !== permission) problems.push(`team ${team.name ?? name} has ${teamPermission(team)} permission on all its repositories, not ${permission}`);
  }
  if (problems.length > 0) {
    throw new ProviderError(
      'gitea.invalid',
      `Gitea provider "${client.instance}" could not give ${ref.fullName} the teams asked for: ${problems.join('; ')}`,
      "Gitea sets a team's permission on the team, for all its repositories: write the team's permission in the config (or change it in the organization's team settings), and list teams that see every repository or use `ownership: {teams: additive}`.",
    );
  }
  return final;
}
