// normalize: a RepositoryRecord in the spec shape of schemas/repository.schema.json, in
// mosaic's words (permission names, features, merge), so that a live repository equal to
// what was applied compares equal. Webhook secrets never appear (GitHub does not return them).
import type { LiveObject, RawObject, Spec } from '../../src/resources/provider-contract.js';
import { toMosaicPermission, type Permission } from './permissions.js';
import type { CollaboratorRecord, HookRecord, ProtectionRecord, RepositoryRecord } from './repository-record.js';
import { compactRecord } from './spec-fields.js';

export function normalizeRepository(raw: RawObject): LiveObject {
  const record = raw.data as RepositoryRecord;
  const spec: Record<string, unknown> = {
    name: record.name,
    // GitHub reports a cleared description or homepage as null; mosaic writes '' to clear.
    description: record.description ?? '',
    default_branch: record.default_branch,
    visibility: record.visibility,
    topics: [...record.topics].sort(),
    homepage: record.homepage ?? '',
    archived: record.archived,
    features: { issues: record.has_issues, wiki: record.has_wiki, projects: record.has_projects },
  };
  if (record.merge) {
    spec['merge'] = {
      merge_commit: record.merge.allow_merge_commit,
      squash: record.merge.allow_squash_merge,
      rebase: record.merge.allow_rebase_merge,
      delete_branch_on_merge: record.merge.delete_branch_on_merge,
    };
  }
  if (record.branch_protection) {
    const protection: Record<string, Spec> = {};
    for (const branch of Object.keys(record.branch_protection).sort()) {
      const rules = record.branch_protection[branch];
      if (rules) protection[branch] = normalizeProtection(rules);
    }
    spec['branch_protection'] = protection;
  }
  if (record.hooks) spec['webhooks'] = normalizeHooks(record.hooks);
  if (record.collaborators) spec['collaborators'] = normalizeCollaborators(record.collaborators);
  if (record.teams) {
    spec['teams'] = normalizePermissionMap(record.teams.map((team) => [team.slug, toMosaicPermission(team.permission)]));
  }
  return { id: raw.id, spec };
}

/** Every rule in mosaic's words; an unset GitHub rule reads as its off value. */
export function normalizeProtection(rules: ProtectionRecord): Spec {
  const reviews = rules.required_pull_request_reviews;
  const checks = rules.required_status_checks;
  return {
    required_reviews: reviews?.required_approving_review_count ?? 0,
    dismiss_stale_reviews: reviews?.dismiss_stale_reviews ?? false,
    require_code_owner_reviews: reviews?.require_code_owner_reviews ?? false,
    required_status_checks: [...(checks?.contexts ?? [])],
    strict_status_checks: checks?.strict ?? false,
    enforce_admins: rules.enforce_admins,
    linear_history: rules.required_linear_history,
    allow_force_pushes: rules.allow_force_pushes,
    allow_deletions: rules.allow_deletions,
  };
}

/** Sorted by URL; the first hook of a URL stands for it (mosaic identifies hooks by URL). */
export function normalizeHooks(hooks: readonly HookRecord[]): Spec[] {
  const byUrl = new Map<string, Spec>();
  for (const hook of hooks) {
    if (byUrl.has(hook.config.url)) continue;
    byUrl.set(hook.config.url, compactRecord({ url: hook.config.url, events: [...hook.events], active: hook.active, content_type: hook.config.content_type }));
  }
  return [...byUrl.keys()].sort().map((url) => byUrl.get(url) as Spec);
}

function normalizeCollaborators(collaborators: readonly CollaboratorRecord[]): Record<string, Permission> {
  // A direct collaborator wins over a pending invitation of the same login.
  const ordered = [...collaborators].sort((a, b) => Number(a.invitation_id !== undefined) - Number(b.invitation_id !== undefined));
  return normalizePermissionMap(ordered.map((c) => [c.login, toMosaicPermission(c.role_name, c.permissions)]));
}

function normalizePermissionMap(entries: readonly (readonly [string, Permission | undefined])[]): Record<string, Permission> {
  const map = new Map<string, Permission>();
  for (const [name, permission] of entries) {
    if (permission !== undefined && !map.has(name)) map.set(name, permission);
  }
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
