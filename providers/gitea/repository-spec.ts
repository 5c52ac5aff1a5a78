// A typed view of a repository spec (schemas/repository.schema.json), which the core has
// validated against the schema before a provider sees it; only the name is checked again.
import { ProviderError, type Spec } from '../../src/resources/provider-contract.js';
import { listOwnership } from '../../src/resources/resource-kind.js';

export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';
export type Ownership = 'exclusive' | 'additive';

export interface BranchProtectionSpec {
  readonly required_reviews?: number;
  readonly dismiss_stale_reviews?: boolean;
  readonly require_code_owner_reviews?: boolean;
  readonly required_status_checks?: readonly string[];
  readonly strict_status_checks?: boolean;
  readonly enforce_admins?: boolean;
  readonly linear_history?: boolean;
  readonly allow_force_pushes?: boolean;
  readonly allow_deletions?: boolean;
}

export interface WebhookSpec {
  readonly url: string;
  readonly events?: readonly string[];
  readonly active?: boolean;
  readonly content_type?: 'json' | 'form';
  /** Plaintext at create/update time (the core reveals it from the config). */
  readonly secret?: string;
}

export interface MirrorSpec {
  readonly url: string;
  readonly interval?: string;
}

export interface RepositorySpec {
  readonly name: string;
  readonly description?: string;
  readonly default_branch?: string;
  readonly visibility?: 'private' | 'internal' | 'public';
  readonly topics?: readonly string[];
  readonly homepage?: string;
  readonly archived?: boolean;
  readonly features?: { readonly issues?: boolean; readonly wiki?: boolean; readonly projects?: boolean };
  readonly merge?: { readonly merge_commit?: boolean; readonly squash?: boolean; readonly rebase?: boolean; readonly delete_branch_on_merge?: boolean };
  readonly branch_protection?: Readonly<Record<string, BranchProtectionSpec>>;
  readonly webhooks?: readonly WebhookSpec[];
  readonly collaborators?: Readonly<Record<string, Permission>>;
  readonly teams?: Readonly<Record<string, Permission>>;
  readonly mirror?: MirrorSpec;
  readonly ownership?: { readonly topics?: Ownership; readonly webhooks?: Ownership; readonly collaborators?: Ownership; readonly teams?: Ownership };
}

/** The per-repository settings that cost requests of their own to read. */
export const detailFields = ['branch_protection', 'webhooks', 'collaborators', 'teams'] as const;
export type DetailField = (typeof detailFields)[number];

export function repositorySpecOf(spec: Spec): RepositorySpec {
  if (typeof spec['name'] !== 'string' || spec['name'] === '') {
    throw new ProviderError('gitea.invalid-spec', 'a repository needs a `name`', 'Set `name` on the repository (it defaults to the resource name).');
  }
  return spec as unknown as RepositorySpec;
}

export function ownershipOf(spec: RepositorySpec, field: 'topics' | 'webhooks' | 'collaborators' | 'teams'): Ownership {
  return listOwnership('repository', spec as unknown as Spec, field);
}
