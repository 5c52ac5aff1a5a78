// Branch protection rules: read all of a repository's rules in one request, map them to
// mosaic's BranchProtection both ways, and bring the listed branches' rules to the spec
// (rules of branches the spec does not list are left alone).
//
// Mapping: required_reviews = required_approvals; dismiss_stale_reviews = dismiss_stale_approvals;
// require_code_owner_reviews = block_on_official_review_requests (Gitea requests reviews from
// CODEOWNERS and this blocks the merge while they are pending); required_status_checks =
// enable_status_check + status_check_contexts; strict_status_checks = block_on_outdated_branch;
// enforce_admins = block_admin_merge_override; allow_force_pushes = enable_force_push without
// an allowlist. Gitea has no linear-history rule, and never lets a protected branch be deleted.
import type { BranchProtection, CreateBranchProtectionOption } from 'gitea-js';
import type { GiteaClient } from './gitea-client.js';
import type { BranchProtectionSpec } from './repository-spec.js';
import type { RepositoryRef } from './repository-ref.js';

export type NormalizedProtection = Required<Omit<BranchProtectionSpec, 'required_status_checks'>> & { readonly required_status_checks: readonly string[] };

export function readProtections(client: GiteaClient, ref: RepositoryRef): Promise<BranchProtection[]> {
  return client.call(`reading branch protection of ${ref.fullName}`, (api) => api.repos.repoListBranchProtection(ref.owner, ref.name));
}

export function ruleNameOf(rule: BranchProtection): string {
  return rule.rule_name !== undefined && rule.rule_name !== '' ? rule.rule_name : (rule.branch_name ?? '');
}

export function normalizeProtection(rule: BranchProtection): NormalizedProtection {
  return {
    required_reviews: rule.required_approvals ?? 0,
    dismiss_stale_reviews: rule.dismiss_stale_approvals ?? false,
    require_code_owner_reviews: rule.block_on_official_review_requests ?? false,
    required_status_checks: rule.enable_status_check === true ? [...(rule.status_check_contexts ?? [])] : [],
    strict_status_checks: rule.block_on_outdated_branch ?? false,
    enforce_admins: rule.block_admin_merge_override ?? false,
    linear_history: false,
    allow_force_pushes: rule.enable_force_push === true && rule.enable_force_push_allowlist !== true,
    allow_deletions: false,
  };
}

export function normalizeProtections(rules: readonly BranchProtection[]): Record<string, NormalizedProtection> {
  const byBranch: Record<string, NormalizedProtection> = {};
  for (const rule of [...rules].sort((a, b) => (ruleNameOf(a) < ruleNameOf(b) ? -1 : 1))) byBranch[ruleNameOf(rule)] = normalizeProtection(rule);
  return byBranch;
}

/**
 * The Gitea fields for what a spec's rule says; only the keys it writes. Requiring reviews
 * disables direct pushes (changes then go through pull requests, as on GitHub); without
 * them, pushing stays allowed, which force pushes need.
 */
export function protectionOption(rule: BranchProtectionSpec, creating: boolean): CreateBranchProtectionOption {
  const option: CreateBranchProtectionOption = {};
  if (rule.required_reviews !== undefined) {
    option.required_approvals = rule.required_reviews;
    option.enable_push = rule.required_reviews === 0;
  } else if (creating) {
    option.enable_push = true;
  }
  if (rule.dismiss_stale_reviews !== undefined) option.dismiss_stale_approvals = rule.dismiss_stale_reviews;
  if (rule.require_code_owner_reviews !== undefined) option.block_on_official_review_requests = rule.require_code_owner_reviews;
  if (rule.required_status_checks !== undefined) {
    option.enable_status_check = rule.required_status_checks.length > 0;
    option.status_check_contexts = [...rule.required_status_checks];
  }
  if (rule.strict_status_checks !== undefined) option.block_on_outdated_branch = rule.strict_status_checks;
  if (rule.enforce_admins !== undefined) option.block_admin_merge_override = rule.enforce_admins;
  if (rule.allow_force_pushes !== undefined) {
    option.enable_force_push = rule.allow_force_pushes;
    option.enable_force_push_allowlist = false;
  }
  return option;
}

/** Whether the live rule already has every value the spec's rule writes. */
function satisfies(live: NormalizedProtection, wanted: BranchProtectionSpec): boolean {
  return Object.entries(wanted).every(([key, value]: [string, unknown]) => {
    const current: unknown = live[key as keyof NormalizedProtection];
    if (Array.isArray(value) && Array.isArray(current)) return sortedText(value as string[]) === sortedText(current as string[]);
    return current === value;
  });
}

function sortedText(list: readonly string[]): string {
  return [...list].sort().join('\n');
}

/**
 * Creates or edits the rule of each branch the spec lists; returns every rule as Gitea now has
 * it. `live` is the repository's current rules when the caller knows them (a new repository).
 */
export async function syncProtections(client: GiteaClient, ref: RepositoryRef, wanted: Readonly<Record<string, BranchProtectionSpec>>, live?: readonly BranchProtection[]): Promise<BranchProtection[]> {
  const rules = [...(live ?? (await readProtections(client, ref)))];
  await Promise.all(
    Object.entries(wanted).map(async ([branch, rule]) => {
      const index = rules.findIndex((r) => ruleNameOf(r) === branch);
      const current = rules[index];
      if (current && satisfies(normalizeProtection(current), rule)) return;
      const doing = `${current ? 'editing' : 'creating'} the protection of branch ${branch} in ${ref.fullName}`;
      const saved = current
        ? await client.call(doing, (api) => api.repos.repoEditBranchProtection(ref.owner, ref.name, encodeURIComponent(branch), protectionOption(rule, false)))
        : await client.call(doing, (api) => api.repos.repoCreateBranchProtection(ref.owner, ref.name, { rule_name: branch, ...protectionOption(rule, true) }));
      if (current) rules[index] = saved;
      else rules.push(saved);
    }),
  );
  return rules;
}
