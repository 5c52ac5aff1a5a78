// A live Bitbucket repository (with the lists that were read) in the repository spec's shape and
// mosaic's vocabulary, so that what mosaic applied compares equal to what it reads back.
import type { LiveObject, RawObject } from '../../src/resources/provider-contract.js';
import type { BitbucketRepository } from './bitbucket-shapes.js';
import { normalizeBranchProtection } from './branch-protection.js';
import { normalizeCollaborators, normalizeTeams } from './permissions.js';
import type { RepositoryRecord } from './repository-record.js';
import { compactSpec } from './spec-values.js';
import { normalizeWebhooks } from './webhooks.js';

/**
 * The slug Bitbucket derives from a name mosaic accepts ([A-Za-z0-9._-]+): the name in lower
 * case. Slugs are unique per workspace and case-insensitive, so they are the natural key.
 */
export function slugOf(name: string): string {
  return name.toLowerCase();
}

/**
 * The name as mosaic writes it: Bitbucket's display name when it is a name mosaic accepts and
 * slugs to this repository, else the slug (a name typed in the web UI, e.g. with spaces).
 */
export function mosaicNameOf(repository: BitbucketRepository): string {
  const slug = repository.slug ?? repository.full_name.split('/').pop() ?? repository.name;
  return /^[A-Za-z0-9._-]+$/.test(repository.name) && slugOf(repository.name) === slug ? repository.name : slug;
}

export function normalizeRepository(raw: RawObject): LiveObject {
  const record = raw.data as RepositoryRecord;
  const repo = record.repository;
  return {
    id: raw.id,
    spec: compactSpec({
      name: mosaicNameOf(repo),
      description: repo.description ?? '',
      visibility: repo.is_private ? 'private' : 'public',
      default_branch: repo.mainbranch?.name,
      homepage: repo.website ?? '',
      // Bitbucket has neither topics nor archiving: a live repository has none and is never archived.
      topics: [],
      archived: false,
      features: { issues: repo.has_issues ?? false, wiki: repo.has_wiki ?? false, projects: false },
      branch_protection: record.restrictions ? normalizeBranchProtection(record.restrictions) : undefined,
      webhooks: record.hooks ? normalizeWebhooks(record.hooks) : undefined,
      collaborators: record.users ? normalizeCollaborators(record.users) : undefined,
      teams: record.groups ? normalizeTeams(record.groups) : undefined,
    }),
  };
}
