// Branch protection as Bitbucket branch restrictions: one restriction per (kind, branch) on
// a glob pattern equal to the branch name. mosaic's fields map onto five restriction kinds;
// other kinds (push, restrict_merges, ...) and other patterns are left alone.
import type { LimitFunction } from 'p-limit';
import type { BitbucketClient } from './bitbucket-client.js';
import type { BranchRestriction, BranchRestrictionWrite, ManagedRestrictionKind } from './bitbucket-shapes.js';
import { isRecord, readBoolean, readInteger, readStringList, type SpecRecord } from './spec-values.js';

/**
 * Bitbucket requires a number of passing builds, not checks by name; mosaic writes that number
 * as a list of this many names, build-1 … build-N, and reads it back the same way.
 */
export const buildCheckPrefix = 'build-';

export function buildCheckNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${buildCheckPrefix}${String(i + 1)}`);
}

/** A branch name mosaic can address (the schema's branch pattern): no glob characters. */
const plainBranch = /^[^\s~^:?*[\\]+$/;

function restrictionsOf(restrictions: readonly BranchRestriction[], branch: string): BranchRestriction[] {
  return restrictions.filter((r) => (r.branch_match_kind ?? 'glob') === 'glob' && r.pattern === branch);
}

/** Live restrictions -> branch_protection in mosaic's terms, by branch name. */
export function normalizeBranchProtection(restrictions: readonly BranchRestriction[]): Record<string, SpecRecord> {
  const branches = [...new Set(restrictions.filter((r) => (r.branch_match_kind ?? 'glob') === 'glob').map((r) => r.pattern ?? ''))]
    .filter((pattern) => plainBranch.test(pattern))
    .sort();
  const result: Record<string, SpecRecord> = {};
  for (const branch of branches) {
    const mine = restrictionsOf(restrictions, branch);
    const find = (kind: ManagedRestrictionKind): BranchRestriction | undefined => mine.find((r) => r.kind === kind);
    result[branch] = {
      required_reviews: find('require_approvals_to_merge')?.value ?? 0,
      dismiss_stale_reviews: find('reset_pullrequest_approvals_on_change') !== undefined,
      // Bitbucket has no rule requiring code owners' reviews, an up-to-date branch or a linear history.
      require_code_owner_reviews: false,
      required_status_checks: buildCheckNames(find('require_passing_builds_to_merge')?.value ?? 0),
      strict_status_checks: false,
      linear_history: false,
      allow_force_pushes: find('force') === undefined,
      allow_deletions: find('delete') === undefined,
    };
  }
  return result;
}

/**
 * What the protection of one branch asks of each managed kind: a number (present with that
 * value), true (present, no value), false (absent). Kinds the spec does not touch are missing.
 */
export function desiredRestrictions(protection: SpecRecord): Map<ManagedRestrictionKind, number | boolean> {
  const wanted = new Map<ManagedRestrictionKind, number | boolean>();
  const reviews = readInteger(protection, 'required_reviews');
  if (reviews !== undefined) wanted.set('require_approvals_to_merge', reviews > 0 ? reviews : false);
  const dismiss = readBoolean(protection, 'dismiss_stale_reviews');
  if (dismiss !== undefined) wanted.set('reset_pullrequest_approvals_on_change', dismiss);
  const checks = readStringList(protection, 'required_status_checks');
  if (checks !== undefined) wanted.set('require_passing_builds_to_merge', checks.length > 0 ? checks.length : false);
  const force = readBoolean(protection, 'allow_force_pushes');
  if (force !== undefined) wanted.set('force', !force);
  const deletions = readBoolean(protection, 'allow_deletions');
  if (deletions !== undefined) wanted.set('delete', !deletions);
  return wanted;
}

/**
 * Makes the restrictions of each branch in `protection` what it asks; branches it does not
 * list keep theirs. `live` is the repository's current list.
 */
export async function applyBranchProtection(
  client: BitbucketClient,
  repository: string,
  protection: SpecRecord,
  live: readonly BranchRestriction[],
  limit: LimitFunction,
): Promise<void> {
  const calls: Promise<unknown>[] = [];
  for (const [branch, value] of Object.entries(protection)) {
    if (!isRecord(value)) continue;
    const current = restrictionsOf(live, branch);
    for (const [kind, want] of desiredRestrictions(value)) {
      const existing = current.filter((r) => r.kind === kind);
      const body: BranchRestrictionWrite = { kind, branch_match_kind: 'glob', pattern: branch, ...(typeof want === 'number' ? { value: want } : {}) };
      if (want === false) {
        for (const r of existing) calls.push(limit(() => client.deleteBranchRestriction(repository, r.id)));
        continue;
      }
      const [first, ...duplicates] = existing;
      if (first === undefined) calls.push(limit(() => client.createBranchRestriction(repository, body)));
      else if (typeof want === 'number' && first.value !== want) calls.push(limit(() => client.updateBranchRestriction(repository, first.id, body)));
      for (const r of duplicates) calls.push(limit(() => client.deleteBranchRestriction(repository, r.id)));
    }
  }
  await Promise.all(calls);
}
