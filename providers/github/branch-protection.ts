// Branch protection: reading the rules of the branches mosaic manages, and replacing them
// (GitHub's PUT sets every rule at once) with the managed rules changed and every other rule,
// including ones mosaic has no word for (push restrictions, dismissal restrictions, bypass
// allowances, conversation resolution, ...), kept as they were.
import type { GithubConnection } from './github-client.js';
import { apiMessageOf, statusOf } from './github-errors.js';
import { ensureBranch } from './branches.js';
import { normalizeProtection } from './normalize-repository.js';
import { perPage, readAllPages } from './pages.js';
import { pickProtection, type ProtectionRecord } from './repository-record.js';
import { readBoolean, readInteger, readRecord, readStringList, type Json } from './spec-fields.js';

/** The rules of `branch`, or null when it is not protected (or does not exist). */
export async function readBranchProtection(api: GithubConnection, repo: string, branch: string): Promise<ProtectionRecord | null> {
  const raw = await readRawProtection(api, repo, branch);
  return raw === undefined ? null : pickProtection(raw);
}

/** Names of the protected branches, for a refresh that was not told which branches matter. */
export async function readProtectedBranches(api: GithubConnection, repo: string): Promise<string[]> {
  const { client, owner } = api;
  const branches = await readAllPages((page) => client.rest.repos.listBranches({ owner, repo, protected: true, per_page: perPage, page }));
  return branches.map((branch) => branch.name);
}

/** Applies the desired rules of each branch named in `desired`; branches not named are left alone. */
export async function writeBranchProtection(api: GithubConnection, repo: string, defaultBranch: string, desired: Json): Promise<void> {
  for (const [branch, value] of Object.entries(desired)) {
    const rules = readRecord(value);
    let raw = await readRawProtection(api, repo, branch, true);
    if (raw === 'missing-branch') {
      await ensureBranch(api, repo, branch, defaultBranch);
      raw = undefined;
    }
    const current = raw === undefined ? undefined : normalizeProtection(pickProtection(raw));
    const wanted = mergeRules(current, rules);
    if (current !== undefined && sameRules(current, wanted)) continue;
    await api.client.rest.repos.updateBranchProtection({ owner: api.owner, repo, branch, ...protectionBody(wanted, raw === undefined ? {} : readRecord(raw)) });
  }
}

type RawProtection = Json | undefined;

async function readRawProtection(api: GithubConnection, repo: string, branch: string): Promise<RawProtection>;
async function readRawProtection(api: GithubConnection, repo: string, branch: string, tellMissingBranch: true): Promise<RawProtection | 'missing-branch'>;
async function readRawProtection(api: GithubConnection, repo: string, branch: string, tellMissingBranch = false): Promise<RawProtection | 'missing-branch'> {
  try {
    return readRecord((await api.client.rest.repos.getBranchProtection({ owner: api.owner, repo, branch })).data);
  } catch (error) {
    // 404 "Branch not protected" means no rules; "Branch not found" that there is no branch.
    if (statusOf(error) !== 404) throw error;
    return tellMissingBranch && apiMessageOf(error) === 'Branch not found' ? 'missing-branch' : undefined;
  }
}

interface Rules {
  required_reviews: number;
  dismiss_stale_reviews: boolean;
  require_code_owner_reviews: boolean;
  required_status_checks: readonly string[];
  strict_status_checks: boolean;
  enforce_admins: boolean;
  linear_history: boolean;
  allow_force_pushes: boolean;
  allow_deletions: boolean;
}

/** The rules the branch should have: the managed ones from the spec, the rest as they are. */
function mergeRules(current: Json | undefined, desired: Json): Rules {
  const base = current ?? {};
  const bool = (field: string): boolean => readBoolean(desired, field) ?? readBoolean(base, field) ?? false;
  return {
    required_reviews: readInteger(desired, 'required_reviews') ?? readInteger(base, 'required_reviews') ?? 0,
    dismiss_stale_reviews: bool('dismiss_stale_reviews'),
    require_code_owner_reviews: bool('require_code_owner_reviews'),
    required_status_checks: readStringList(desired, 'required_status_checks') ?? readStringList(base, 'required_status_checks') ?? [],
    strict_status_checks: bool('strict_status_checks'),
    enforce_admins: bool('enforce_admins'),
    linear_history: bool('linear_history'),
    allow_force_pushes: bool('allow_force_pushes'),
    allow_deletions: bool('allow_deletions'),
  };
}

function sameRules(current: Json, wanted: Rules): boolean {
  return Object.entries(wanted).every(([field, value]) => JSON.stringify(current[field]) === JSON.stringify(value));
}

/** The PUT body: `raw` (the rules GitHub has now) supplies everything mosaic does not manage. */
function protectionBody(rules: Rules, raw: Json) {
  const rawChecks = readRecord(raw['required_status_checks']);
  const appOf = new Map<string, unknown>();
  for (const check of Array.isArray(rawChecks['checks']) ? rawChecks['checks'] : []) {
    const { context, app_id } = readRecord(check);
    if (typeof context === 'string') appOf.set(context, app_id);
  }
  const rawReviews = raw['required_pull_request_reviews'] ? readRecord(raw['required_pull_request_reviews']) : undefined;
  const reviewsWanted = rules.required_reviews > 0 || rules.dismiss_stale_reviews || rules.require_code_owner_reviews;
  const enabled = (field: string): boolean | undefined => (raw[field] === undefined ? undefined : readRecord(raw[field])['enabled'] === true);
  return {
    required_status_checks:
      rules.required_status_checks.length > 0 || rules.strict_status_checks
        ? {
            strict: rules.strict_status_checks,
            contexts: [...rules.required_status_checks],
            // A check GitHub ties to an app stays tied to it.
            checks: rules.required_status_checks.map((context) => {
              const app = appOf.get(context);
              return typeof app === 'number' ? { context, app_id: app } : { context };
            }),
          }
        : null,
    enforce_admins: rules.enforce_admins,
    required_pull_request_reviews: reviewsWanted
      ? {
          required_approving_review_count: rules.required_reviews,
          dismiss_stale_reviews: rules.dismiss_stale_reviews,
          require_code_owner_reviews: rules.require_code_owner_reviews,
          ...(rawReviews ? keptReviewRules(rawReviews) : {}),
        }
      : null,
    restrictions: raw['restrictions'] ? actorsOf(readRecord(raw['restrictions'])) : null,
    required_linear_history: rules.linear_history,
    allow_force_pushes: rules.allow_force_pushes,
    allow_deletions: rules.allow_deletions,
    ...definedFlags({
      block_creations: enabled('block_creations'),
      required_conversation_resolution: enabled('required_conversation_resolution'),
      lock_branch: enabled('lock_branch'),
      allow_fork_syncing: enabled('allow_fork_syncing'),
    }),
  };
}

function keptReviewRules(reviews: Json): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  if (typeof reviews['require_last_push_approval'] === 'boolean') kept['require_last_push_approval'] = reviews['require_last_push_approval'];
  if (reviews['dismissal_restrictions']) kept['dismissal_restrictions'] = actorsOf(readRecord(reviews['dismissal_restrictions']));
  if (reviews['bypass_pull_request_allowances']) kept['bypass_pull_request_allowances'] = actorsOf(readRecord(reviews['bypass_pull_request_allowances']));
  return kept;
}

/** Users, teams and apps as a PUT names them: logins and slugs. */
function actorsOf(policy: Json): { users: string[]; teams: string[]; apps: string[] } {
  const names = (field: string, key: string): string[] =>
    (Array.isArray(policy[field]) ? policy[field] : []).map((item: unknown) => readRecord(item)[key]).filter((name): name is string => typeof name === 'string');
  return { users: names('users', 'login'), teams: names('teams', 'slug'), apps: names('apps', 'slug') };
}

function definedFlags(flags: Record<string, boolean | undefined>): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const [name, value] of Object.entries(flags)) if (value !== undefined) result[name] = value;
  return result;
}
