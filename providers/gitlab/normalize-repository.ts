// A GitLab project (and the settings read with it) in mosaic's repository spec shape, so that
// a project equal to what was applied compares equal: path as the name, description '' when
// GitLab has none (mosaic writes '' to clear it), topics sorted, features and merge settings
// in mosaic's words, and every live member of the list-valued settings. Never a secret.
import type { LiveObject, RawObject } from '../../src/resources/provider-contract.js';
import { normalizeBranchProtection } from './branch-protection.js';
import { normalizeCollaborators } from './collaborators.js';
import { readMergeSettings } from './merge-settings.js';
import { isFeatureOn, mergeFieldsOf } from './project-attributes.js';
import type { RepositoryData } from './repository-data.js';
import { compact } from './spec-fields.js';
import { normalizeTeams } from './teams.js';
import { normalizeWebhooks } from './webhooks.js';

export function normalizeRepository(raw: RawObject, namespace: string): LiveObject {
  const data = raw.data as RepositoryData;
  const { project } = data;
  return {
    id: raw.id,
    spec: compact({
      name: project.path,
      description: project.description ?? '',
      visibility: project.visibility,
      default_branch: project.default_branch,
      topics: [...(project.topics ?? [])].sort(),
      archived: project.archived,
      features: { issues: isFeatureOn(project, 'issues'), wiki: isFeatureOn(project, 'wiki') },
      merge: readMergeSettings(mergeFieldsOf(project)),
      teams: normalizeTeams(project.shared_with_groups ?? [], namespace),
      branch_protection: data.protectedBranches === undefined ? undefined : normalizeBranchProtection(data.protectedBranches),
      webhooks: data.hooks === undefined ? undefined : normalizeWebhooks(data.hooks),
      collaborators: data.members === undefined ? undefined : normalizeCollaborators(data.members),
    }),
  };
}
