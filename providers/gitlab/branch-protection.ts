// Branch protection as GitLab's protected branches. GitLab (Free) protects a branch with
// push/merge access levels, force-push permission and, on Premium, code-owner approval; a
// protected branch can never be deleted by a push, and no approvals are required. So a rule
// reads back as allow_force_pushes and require_code_owner_reviews from the API, plus the
// values GitLab's behaviour fixes (allow_deletions false, required_reviews 0, no status
// checks, nothing strict or dismissed); asking for anything else is refused by check().
import type { ProtectedBranchSchema } from '@gitbeaker/rest';
import type { GitlabClient } from './gitlab-client.js';
import { AccessLevel } from '@gitbeaker/rest';
import { asRecord, fieldOf } from './spec-fields.js';

/** Maintainers push and merge: GitLab's default for a new protected branch. */
const maintainers = AccessLevel.MAINTAINER;

/** Code-owner approval is Premium: GitLab Free leaves the field out. */
function requiresCodeOwners(branch: ProtectedBranchSchema): boolean {
  return fieldOf(branch, 'code_owner_approval_required') === true;
}

export function normalizeBranchProtection(list: readonly ProtectedBranchSchema[]): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const branch of [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    result[branch.name] = {
      allow_force_pushes: branch.allow_force_push,
      allow_deletions: false,
      require_code_owner_reviews: requiresCodeOwners(branch),
      required_reviews: 0,
      dismiss_stale_reviews: false,
      required_status_checks: [],
      strict_status_checks: false,
    };
  }
  return result;
}

/** What in one branch's rule GitLab cannot do, one sentence each. */
export function branchProtectionProblems(branch: string, value: unknown): string[] {
  const rule = asRecord(value) ?? {};
  const problems: string[] = [];
  const at = `branch_protection.${branch}`;
  const reviews = rule['required_reviews'];
  if (typeof reviews === 'number' && reviews > 0) {
    problems.push(`${at}.required_reviews: GitLab Free has no required approvals (approval rules are a Premium feature mosaic does not manage); use 0 or leave it out.`);
  }
  if (rule['dismiss_stale_reviews'] === true) problems.push(`${at}.dismiss_stale_reviews: GitLab protected branches cannot reset approvals on push; use false or leave it out.`);
  const checks = rule['required_status_checks'];
  if (Array.isArray(checks) && checks.length > 0) {
    problems.push(`${at}.required_status_checks: GitLab cannot require named status checks on a branch (only "pipelines must succeed" for the whole project); use [] or leave it out.`);
  }
  if (rule['strict_status_checks'] === true) problems.push(`${at}.strict_status_checks: GitLab cannot require a branch to be up to date per protected branch; use false or leave it out.`);
  if (rule['allow_deletions'] === true) problems.push(`${at}.allow_deletions: GitLab never lets a push delete a protected branch; use false or leave it out.`);
  if (rule['enforce_admins'] !== undefined) problems.push(`${at}.enforce_admins: GitLab protected branches have no administrator bypass to switch; leave enforce_admins out.`);
  if (rule['linear_history'] !== undefined) {
    problems.push(`${at}.linear_history: GitLab has no per-branch linear history; leave it out and use merge: { merge_commit: false, rebase: true } (fast-forward merges) for the project.`);
  }
  return problems;
}

/** Protects the branches `wanted` names, or edits their rules; other protected branches stay as they are. */
export async function applyBranchProtection(
  client: GitlabClient,
  projectId: number,
  wanted: Readonly<Record<string, unknown>>,
  live: readonly ProtectedBranchSchema[],
): Promise<void> {
  const byName = new Map(live.map((branch) => [branch.name, branch]));
  for (const [name, value] of Object.entries(wanted)) {
    const rule = asRecord(value) ?? {};
    const forcePush = typeof rule['allow_force_pushes'] === 'boolean' ? rule['allow_force_pushes'] : undefined;
    const codeOwners = typeof rule['require_code_owner_reviews'] === 'boolean' ? rule['require_code_owner_reviews'] : undefined;
    const current = byName.get(name);
    if (current === undefined) {
      await client.protectedBranches.protect(projectId, name, {
        pushAccessLevel: maintainers,
        mergeAccessLevel: maintainers,
        allowForcePush: forcePush ?? false,
        ...(codeOwners === undefined ? {} : { codeOwnerApprovalRequired: codeOwners }),
      });
      continue;
    }
    const edit: { allowForcePush?: boolean; codeOwnerApprovalRequired?: boolean } = {};
    if (forcePush !== undefined && forcePush !== current.allow_force_push) edit.allowForcePush = forcePush;
    if (codeOwners !== undefined && codeOwners !== requiresCodeOwners(current)) edit.codeOwnerApprovalRequired = codeOwners;
    if (Object.keys(edit).length > 0) await client.protectedBranches.edit(projectId, name, edit);
  }
}
