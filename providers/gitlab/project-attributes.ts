// The project's own attributes (one POST /projects or PUT /projects/:id carries them all):
// name and path, description, visibility, topics, features and merge settings, encoded from
// a spec and, on update, only where they differ from the live project.
import type { ProjectSchema } from '@gitbeaker/rest';
import type { FieldChange, Spec } from '../../src/resources/provider-contract.js';
import { ProviderError } from '../../src/resources/provider-contract.js';
import { completeMergeSpec, encodeMergeSettings, isExpressible, newProjectMergeFields, type ProjectMergeFields } from './merge-settings.js';
import { isFieldCleared, ownershipOf, readObject, readString, readStringList } from './spec-fields.js';

export interface ProjectAttributes {
  name?: string;
  path?: string;
  description?: string;
  visibility?: 'public' | 'internal' | 'private';
  topics?: string[];
  issuesAccessLevel?: 'enabled' | 'disabled';
  wikiAccessLevel?: 'enabled' | 'disabled';
  mergeMethod?: string;
  squashOption?: 'never' | 'always' | 'default_on' | 'default_off';
  removeSourceBranchAfterMerge?: boolean;
}

/** Whether a feature is on: any access level but disabled (private means members only). */
export function isFeatureOn(project: Readonly<Record<string, unknown>>, feature: 'issues' | 'wiki'): boolean {
  const level = project[`${feature}_access_level`];
  if (typeof level === 'string') return level !== 'disabled';
  return project[`${feature}_enabled`] === true;
}

export function mergeFieldsOf(project: ProjectSchema): ProjectMergeFields {
  return { merge_method: project.merge_method, squash_option: project.squash_option, remove_source_branch_after_merge: project.remove_source_branch_after_merge };
}

/** Attributes for `spec`; with `live`, only those that would change it. */
export function encodeProjectAttributes(spec: Spec, live?: ProjectSchema, changes: readonly FieldChange[] = []): ProjectAttributes {
  const attributes: ProjectAttributes = {};
  const name = readString(spec, 'name');
  if (name !== undefined && name !== live?.path) {
    attributes.name = name;
    attributes.path = name;
  }
  const description = readString(spec, 'description') ?? (isFieldCleared(spec, changes, 'description') ? '' : undefined);
  if (description !== undefined && description !== (live?.description ?? '')) attributes.description = description;
  const visibility = readString(spec, 'visibility');
  if (visibility !== undefined && visibility !== live?.visibility) {
    if (visibility !== 'public' && visibility !== 'internal' && visibility !== 'private') throw new ProviderError('gitlab.invalid-spec', `visibility "${visibility}" is not private, internal or public`, 'Use private, internal or public.');
    attributes.visibility = visibility;
  }
  const topics = readStringList(spec, 'topics');
  if (topics !== undefined) {
    const liveTopics = live?.topics ?? [];
    const wanted = ownershipOf(spec, 'topics') === 'additive' ? [...new Set([...liveTopics, ...topics])] : [...new Set(topics)];
    if (live === undefined || wanted.slice().sort().join('\n') !== liveTopics.slice().sort().join('\n')) attributes.topics = wanted.sort();
  }
  const features = readObject(spec, 'features');
  for (const feature of ['issues', 'wiki'] as const) {
    const on = features?.[feature];
    if (typeof on !== 'boolean' || (live !== undefined && on === isFeatureOn(live, feature))) continue;
    attributes[feature === 'issues' ? 'issuesAccessLevel' : 'wikiAccessLevel'] = on ? 'enabled' : 'disabled';
  }
  const merge = readObject(spec, 'merge');
  if (merge !== undefined) {
    const current = live === undefined ? newProjectMergeFields : mergeFieldsOf(live);
    const complete = completeMergeSpec(merge, current);
    if (!isExpressible(complete)) {
      throw new ProviderError('gitlab.invalid-spec', 'merge: merge_commit, rebase and squash are all false', 'Allow at least one way to merge a merge request.');
    }
    const encoded = encodeMergeSettings(complete, current);
    if (encoded.merge_method !== undefined) attributes.mergeMethod = encoded.merge_method;
    if (encoded.squash_option !== undefined) attributes.squashOption = encoded.squash_option as ProjectAttributes['squashOption'];
    if (encoded.remove_source_branch_after_merge !== undefined) attributes.removeSourceBranchAfterMerge = encoded.remove_source_branch_after_merge;
  }
  return attributes;
}
