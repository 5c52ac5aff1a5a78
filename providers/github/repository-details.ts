// The settings of a repository that cost a request each (merge settings, branch protection,
// webhooks, collaborators, teams): which of them a refresh needs, and reading them.
import type { GithubConnection } from './github-client.js';
import { readBranchProtection, readProtectedBranches } from './branch-protection.js';
import { readCollaborators } from './collaborators.js';
import { pickRepository, type ProtectionRecord, type RepositoryRecord } from './repository-record.js';
import { readTeams } from './teams.js';
import { readHooks } from './webhooks.js';

export interface DetailRequest {
  /** The list answer lacks merge settings: GET /repos/{owner}/{repo} has them. */
  readonly merge: boolean;
  /** Branches whose protection to read; 'protected' lists the protected ones first. */
  readonly branches: readonly string[] | 'protected' | undefined;
  readonly webhooks: boolean;
  readonly collaborators: boolean;
  readonly teams: boolean;
}

export const everyDetail: DetailRequest = { merge: true, branches: 'protected', webhooks: true, collaborators: true, teams: true };

/**
 * What to read for a repository whose managed fields are `fields`. A field
 * `branch_protection.BRANCH` names a branch; `branch_protection` alone means "the protected
 * branches", which costs one more request.
 */
export function detailRequestOf(fields: ReadonlySet<string>): DetailRequest | undefined {
  const branches = [...fields].filter((field) => field.startsWith('branch_protection.')).map((field) => field.slice('branch_protection.'.length));
  const request: DetailRequest = {
    merge: fields.has('merge'),
    branches: branches.length > 0 ? branches.sort() : fields.has('branch_protection') ? 'protected' : undefined,
    webhooks: fields.has('webhooks'),
    collaborators: fields.has('collaborators'),
    teams: fields.has('teams'),
  };
  const none = !request.merge && request.branches === undefined && !request.webhooks && !request.collaborators && !request.teams;
  return none ? undefined : request;
}

/** `base` with the requested details added; the reads of one repository run side by side. */
export async function readDetails(api: GithubConnection, base: RepositoryRecord, request: DetailRequest): Promise<RepositoryRecord> {
  const { client, owner } = api;
  const repo = base.name;
  const [full, protection, hooks, collaborators, teams] = await Promise.all([
    request.merge && !base.merge ? client.rest.repos.get({ owner, repo }).then((answer) => pickRepository(answer.data)) : undefined,
    request.branches === undefined ? undefined : readProtection(api, repo, request.branches, base.default_branch),
    request.webhooks ? readHooks(api, repo) : undefined,
    request.collaborators ? readCollaborators(api, repo) : undefined,
    request.teams && api.ownerType === 'organization' ? readTeams(api, repo) : request.teams ? [] : undefined,
  ]);
  return {
    ...base,
    ...(full?.merge ? { merge: full.merge } : {}),
    ...(protection ? { branch_protection: protection } : {}),
    ...(hooks ? { hooks } : {}),
    ...(collaborators ? { collaborators } : {}),
    ...(teams ? { teams } : {}),
  };
}

async function readProtection(api: GithubConnection, repo: string, branches: readonly string[] | 'protected', defaultBranch: string): Promise<Record<string, ProtectionRecord | null>> {
  if (branches !== 'protected') {
    const rules = await Promise.all(branches.map((branch) => readBranchProtection(api, repo, branch)));
    return Object.fromEntries(branches.map((branch, i) => [branch, rules[i] ?? null]));
  }
  // The default branch is the one most often protected: its rules are asked for alongside the
  // list of protected branches rather than after it, saving a round trip per repository.
  const [names, defaultRules] = await Promise.all([readProtectedBranches(api, repo), readBranchProtection(api, repo, defaultBranch)]);
  const others = names.filter((name) => name !== defaultBranch);
  const rules = await Promise.all(others.map((branch) => readBranchProtection(api, repo, branch)));
  const result: Record<string, ProtectionRecord | null> = Object.fromEntries(others.map((branch, i) => [branch, rules[i] ?? null]));
  if (names.includes(defaultBranch)) result[defaultBranch] = defaultRules;
  return result;
}
