// The repository's own settings as Gitea's edit request (PATCH /repos/{owner}/{repo}) takes
// them, and its topics. Archiving is left to the caller, which must do it last.
import type { EditRepoOption } from 'gitea-js';
import { ownershipOf, type RepositorySpec } from './repository-spec.js';

/** Spec fields the edit request carries. */
export const editedFields = ['name', 'description', 'homepage', 'visibility', 'default_branch', 'features', 'merge', 'mirror'] as const;

/** The edit for the spec's values of `fields` (those that differ, or all on creation). */
export function editOption(spec: RepositorySpec, fields: ReadonlySet<string>): EditRepoOption {
  const option: EditRepoOption = {};
  if (fields.has('name')) option.name = spec.name;
  if (fields.has('description') && spec.description !== undefined) option.description = spec.description;
  if (fields.has('homepage') && spec.homepage !== undefined) option.website = spec.homepage;
  if (fields.has('visibility') && spec.visibility !== undefined) option.private = spec.visibility === 'private';
  if (fields.has('default_branch') && spec.default_branch !== undefined) option.default_branch = spec.default_branch;
  if (fields.has('features') && spec.features) {
    if (spec.features.issues !== undefined) option.has_issues = spec.features.issues;
    if (spec.features.wiki !== undefined) option.has_wiki = spec.features.wiki;
    if (spec.features.projects !== undefined) option.has_projects = spec.features.projects;
  }
  if (fields.has('merge') && spec.merge) {
    // Gitea applies merge settings only in an edit that also switches pull requests on.
    option.has_pull_requests = true;
    if (spec.merge.merge_commit !== undefined) option.allow_merge_commits = spec.merge.merge_commit;
    if (spec.merge.squash !== undefined) option.allow_squash_merge = spec.merge.squash;
    if (spec.merge.rebase !== undefined) {
      // GitHub's rebase merge is Gitea's "rebase"; its "rebase then merge commit" follows it.
      option.allow_rebase = spec.merge.rebase;
      option.allow_rebase_explicit = spec.merge.rebase;
    }
    if (spec.merge.delete_branch_on_merge !== undefined) option.default_delete_branch_after_merge = spec.merge.delete_branch_on_merge;
  }
  if (fields.has('mirror') && spec.mirror?.interval !== undefined) option.mirror_interval = spec.mirror.interval;
  return option;
}

export function isEmptyOption(option: object): boolean {
  return Object.keys(option).length === 0;
}

/** The topics to write: the spec's (exclusive), or the spec's added to the live ones (additive). */
export function topicsToWrite(spec: RepositorySpec, live: readonly string[]): string[] {
  const wanted = spec.topics ?? [];
  const topics = ownershipOf(spec, 'topics') === 'additive' ? [...live, ...wanted] : [...wanted];
  return [...new Set(topics)].sort();
}
