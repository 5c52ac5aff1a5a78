// The raw object of one repository: Gitea's Repository plus the per-repository settings read
// for it (each a request of its own, so present only when asked for).
import type { BranchProtection, Hook, Repository, Team } from 'gitea-js';
import { readProtections } from './branch-protection.js';
import type { GiteaClient } from './gitea-client.js';
import type { GiteaOwner } from './gitea-owner.js';
import { readCollaborators, readTeams, type CollaboratorAccess } from './permissions.js';
import { refOf } from './repository-ref.js';
import type { DetailField } from './repository-spec.js';
import { readHooks } from './webhooks.js';

export interface GiteaRepositoryRecord {
  readonly repository: Repository;
  readonly branch_protections?: readonly BranchProtection[];
  readonly hooks?: readonly Hook[];
  readonly collaborators?: readonly CollaboratorAccess[];
  readonly teams?: readonly Team[];
}

export function isRepositoryRecord(data: unknown): data is GiteaRepositoryRecord {
  return typeof data === 'object' && data !== null && 'repository' in data;
}

/** The record with the settings of `fields` read; teams only exist for an organization's repositories. */
export async function readRecord(client: GiteaClient, owner: GiteaOwner, repository: Repository, fields: ReadonlySet<DetailField>): Promise<GiteaRepositoryRecord> {
  const ref = refOf(repository);
  const [branchProtections, hooks, collaborators, teams] = await Promise.all([
    fields.has('branch_protection') ? readProtections(client, ref) : undefined,
    fields.has('webhooks') ? readHooks(client, ref) : undefined,
    fields.has('collaborators') ? readCollaborators(client, ref) : undefined,
    fields.has('teams') ? (owner.kind === 'organization' ? readTeams(client, ref) : Promise.resolve([])) : undefined,
  ]);
  return {
    repository,
    ...(branchProtections ? { branch_protections: branchProtections } : {}),
    ...(hooks ? { hooks } : {}),
    ...(collaborators ? { collaborators } : {}),
    ...(teams ? { teams } : {}),
  };
}
