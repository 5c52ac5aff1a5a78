// The raw live object of the repository kind: Bitbucket's repository plus the per-repository
// lists (restrictions, hooks, explicit permissions) read for the fields a run manages. Each list
// costs requests, so a list is present only when it was read.
import type { LimitFunction } from 'p-limit';
import type { BitbucketClient } from './bitbucket-client.js';
import type { BitbucketRepository, BranchRestriction, RepositoryGroupPermission, RepositoryUserPermission, WebhookSubscription } from './bitbucket-shapes.js';

export interface RepositoryRecord {
  readonly repository: BitbucketRepository;
  readonly restrictions?: readonly BranchRestriction[];
  readonly hooks?: readonly WebhookSubscription[];
  readonly users?: readonly RepositoryUserPermission[];
  readonly groups?: readonly RepositoryGroupPermission[];
}

/** Spec fields that need a request of their own per repository. */
export const detailFields = ['branch_protection', 'webhooks', 'collaborators', 'teams'] as const;
export type DetailField = (typeof detailFields)[number];

export function isDetailField(field: string): field is DetailField {
  return (detailFields as readonly string[]).includes(field);
}

/** Reads the lists behind `fields` (others are skipped), each request under `limit`. */
export async function readRepositoryRecord(client: BitbucketClient, repository: BitbucketRepository, fields: Iterable<string>, limit: LimitFunction): Promise<RepositoryRecord> {
  const wanted = new Set([...fields].filter(isDetailField));
  const id = repository.uuid;
  const [restrictions, hooks, users, groups] = await Promise.all([
    wanted.has('branch_protection') ? limit(() => client.listBranchRestrictions(id)) : undefined,
    wanted.has('webhooks') ? limit(() => client.listHooks(id)) : undefined,
    wanted.has('collaborators') ? limit(() => client.listUserPermissions(id)) : undefined,
    wanted.has('teams') ? limit(() => client.listGroupPermissions(id)) : undefined,
  ]);
  return {
    repository,
    ...(restrictions ? { restrictions } : {}),
    ...(hooks ? { hooks } : {}),
    ...(users ? { users } : {}),
    ...(groups ? { groups } : {}),
  };
}
