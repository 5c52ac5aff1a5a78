// The plain settings of a repository (one POST or PATCH carries them all): the bodies built
// from a spec, and topics, which GitHub replaces whole with one PUT.
import type { Spec } from '../../src/resources/provider-contract.js';
import type { GithubConnection } from './github-client.js';
import type { RepositoryRecord, Visibility } from './repository-record.js';
import { readBoolean, readObject, readString, readStringList, type Json, type OwnershipMode } from './spec-fields.js';

/** mosaic's feature and merge names -> GitHub's repository fields. */
const featureFields: Readonly<Record<string, string>> = { issues: 'has_issues', wiki: 'has_wiki', projects: 'has_projects' };
const mergeFields: Readonly<Record<string, string>> = {
  merge_commit: 'allow_merge_commit',
  squash: 'allow_squash_merge',
  rebase: 'allow_rebase_merge',
  delete_branch_on_merge: 'delete_branch_on_merge',
};

export interface SettingsBody {
  name?: string;
  description?: string;
  homepage?: string;
  // api.github.com's description lists public and private; GitHub Enterprise also takes internal.
  visibility?: 'public' | 'private';
  private?: boolean;
  default_branch?: string;
  archived?: boolean;
  [githubField: string]: unknown;
}

/** The fields of `spec` named in `fields`, as GitHub's repository fields. */
export function settingsBody(spec: Spec, fields: ReadonlySet<string>, ownerType: GithubConnection['ownerType']): SettingsBody {
  const body: SettingsBody = {};
  const name = readString(spec, 'name');
  if (fields.has('name') && name !== undefined) body.name = name;
  const description = readString(spec, 'description');
  if (fields.has('description')) body.description = description ?? '';
  const homepage = readString(spec, 'homepage');
  if (fields.has('homepage')) body.homepage = homepage ?? '';
  const visibility = readString(spec, 'visibility') as Visibility | undefined;
  if (fields.has('visibility') && visibility !== undefined) {
    if (ownerType === 'user') body.private = visibility !== 'public';
    else body.visibility = visibility as 'public' | 'private';
  }
  const branch = readString(spec, 'default_branch');
  if (fields.has('default_branch') && branch !== undefined) body.default_branch = branch;
  copyFlags(fields.has('features') ? readObject(spec, 'features') : undefined, featureFields, body);
  copyFlags(fields.has('merge') ? readObject(spec, 'merge') : undefined, mergeFields, body);
  return body;
}

function copyFlags(source: Json | undefined, names: Readonly<Record<string, string>>, body: SettingsBody): void {
  if (!source) return;
  for (const [ours, theirs] of Object.entries(names)) {
    const value = readBoolean(source, ours);
    if (value !== undefined) body[theirs] = value;
  }
}

/** Whether `body` asks GitHub for anything `current` does not already have. */
export function changesSomething(body: SettingsBody, current: RepositoryRecord): boolean {
  const now: Record<string, unknown> = {
    ...current,
    ...current.merge,
    description: current.description ?? '',
    homepage: current.homepage ?? '',
    private: current.visibility !== 'public',
  };
  return Object.entries(body).some(([field, value]) => now[field] !== value);
}

/** Replaces the topics when they differ: exclusive sets the spec's, additive adds to the live. */
export async function writeTopics(api: GithubConnection, repo: string, current: readonly string[], spec: Spec, ownership: OwnershipMode): Promise<void> {
  const desired = readStringList(spec, 'topics');
  if (desired === undefined) return;
  const names = ownership === 'exclusive' ? [...new Set(desired)] : [...new Set([...current, ...desired])];
  if (names.length === current.length && names.every((topic) => current.includes(topic))) return;
  await api.client.rest.repos.replaceAllTopics({ owner: api.owner, repo, names: names.sort() });
}
