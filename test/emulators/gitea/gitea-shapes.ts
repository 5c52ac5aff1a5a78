// Renders the emulator's records as Gitea 1.24 answers them: Repository, User, Organization,
// Team, Hook, BranchProtection, with every property the official description lists.
import { createHash } from 'node:crypto';
import type { GiteaStore, StoredHook, StoredOrganization, StoredProtection, StoredRepository, StoredTeam, StoredUser } from './gitea-store.js';

type Json = Record<string, unknown>;

/** Gitea's zero time (TimeStamp 0), which it sends for "never". */
const epoch = '1970-01-01T00:00:00Z';

export interface ShapeContext {
  readonly store: GiteaStore;
  /** ROOT_URL with its trailing slash, as Gitea builds links from it. */
  readonly appUrl: string;
  /** The user the request is made as. */
  readonly doer: StoredUser;
}

function avatar(appUrl: string, seed: string): string {
  return `${appUrl}avatars/${createHash('md5').update(seed).digest('hex')}`;
}

export function renderUser(context: ShapeContext, user: StoredUser): Json {
  return {
    id: user.id,
    login: user.login,
    login_name: '',
    source_id: 0,
    full_name: user.fullName,
    email: `${user.login.toLowerCase()}@noreply.localhost`,
    avatar_url: avatar(context.appUrl, user.login),
    html_url: `${context.appUrl}${user.login}`,
    language: '',
    is_admin: false,
    last_login: epoch,
    created: user.createdAt,
    restricted: false,
    active: true,
    prohibit_login: false,
    location: '',
    website: '',
    description: '',
    visibility: 'public',
    followers_count: 0,
    following_count: 0,
    starred_repos_count: 0,
  };
}

export function renderOrganization(context: ShapeContext, organization: StoredOrganization): Json {
  return {
    id: organization.id,
    name: organization.name,
    full_name: '',
    email: '',
    avatar_url: avatar(context.appUrl, organization.name),
    description: '',
    website: '',
    location: '',
    visibility: 'public',
    repo_admin_change_team_access: false,
    username: organization.name,
  };
}

/** Organizations appear as users where Gitea embeds an owner (repository.owner). */
function renderOwner(context: ShapeContext, ownerId: number): Json {
  const user = context.store.users.get(ownerId);
  if (user) return renderUser(context, user);
  const organization = context.store.organizations.get(ownerId);
  const name = organization?.name ?? 'unknown';
  return { ...renderUser(context, { id: ownerId, login: name, fullName: '', createdAt: organization?.createdAt ?? epoch }), email: '' };
}

export function renderRepository(context: ShapeContext, repo: StoredRepository): Json {
  const owner = context.store.ownerName(repo.ownerId);
  const fullName = `${owner}/${repo.name}`;
  const host = new URL(context.appUrl).host;
  const access = context.store.accessOf(repo, context.doer.id);
  const admin = access === 'admin' || access === 'owner';
  return {
    id: repo.id,
    owner: renderOwner(context, repo.ownerId),
    name: repo.name,
    full_name: fullName,
    description: repo.description,
    empty: repo.empty,
    private: repo.private,
    fork: false,
    template: repo.template,
    mirror: repo.mirror !== undefined,
    size: repo.empty ? 0 : 24,
    language: '',
    languages_url: `${context.appUrl}api/v1/repos/${fullName}/languages`,
    html_url: `${context.appUrl}${fullName}`,
    url: `${context.appUrl}api/v1/repos/${fullName}`,
    link: '',
    ssh_url: `git@${host}:${fullName}.git`,
    clone_url: `${context.appUrl}${fullName}.git`,
    original_url: repo.mirror?.originalUrl ?? '',
    website: repo.website,
    stars_count: 0,
    forks_count: 0,
    watchers_count: 1,
    open_issues_count: 0,
    open_pr_counter: 0,
    release_counter: 0,
    default_branch: repo.defaultBranch,
    archived: repo.archived,
    created_at: repo.createdAt,
    updated_at: repo.updatedAt,
    archived_at: repo.archivedAt ?? epoch,
    permissions: { admin, push: admin || access === 'write', pull: access !== 'none' },
    has_issues: repo.units.issues,
    ...(repo.units.issues ? { internal_tracker: { enable_time_tracker: true, allow_only_contributors_to_track_time: true, enable_issue_dependencies: true } } : {}),
    has_wiki: repo.units.wiki,
    has_pull_requests: repo.units.pullRequests,
    has_projects: repo.units.projects,
    projects_mode: 'all',
    has_releases: repo.units.releases,
    has_packages: repo.units.packages,
    has_actions: repo.units.actions,
    ignore_whitespace_conflicts: false,
    allow_merge_commits: repo.merge.allowMerge,
    allow_rebase: repo.merge.allowRebase,
    allow_rebase_explicit: repo.merge.allowRebaseExplicit,
    allow_squash_merge: repo.merge.allowSquash,
    allow_fast_forward_only_merge: repo.merge.allowFastForwardOnly,
    allow_rebase_update: repo.merge.allowRebaseUpdate,
    default_delete_branch_after_merge: repo.merge.deleteBranchAfterMerge,
    default_merge_style: repo.merge.defaultMergeStyle,
    default_allow_maintainer_edit: false,
    avatar_url: '',
    internal: false,
    mirror_interval: repo.mirror?.interval ?? '',
    object_format_name: 'sha1',
    mirror_updated: repo.mirror?.updatedAt ?? '0001-01-01T00:00:00Z',
    topics: [...repo.topics],
    licenses: [],
  };
}

export function renderTeam(context: ShapeContext, organization: StoredOrganization, team: StoredTeam): Json {
  return {
    id: team.id,
    name: team.name,
    description: team.description,
    organization: renderOrganization(context, organization),
    includes_all_repositories: team.includesAllRepositories,
    permission: team.permission,
    units: Object.keys(team.unitsMap),
    units_map: { ...team.unitsMap },
    can_create_org_repo: team.permission === 'owner' || team.permission === 'admin',
  };
}

export function renderHook(hook: StoredHook): Json {
  return {
    id: hook.id,
    type: hook.type,
    branch_filter: hook.branchFilter,
    config: { url: hook.url, content_type: hook.contentType },
    events: hookEventOrder.filter((event) => hook.events.has(event)),
    authorization_header: '',
    active: hook.active,
    updated_at: hook.updatedAt,
    created_at: hook.createdAt,
  };
}

/**
 * Gitea 1.24 keeps a hook's events in a map and lists them in map order, which Go leaves
 * unspecified; a fixed order that is not alphabetical keeps clients honest about sorting.
 */
export const hookEventOrder = [
  'push', 'create', 'delete', 'fork', 'issues', 'issue_assign', 'issue_label', 'issue_milestone', 'issue_comment',
  'pull_request', 'pull_request_assign', 'pull_request_label', 'pull_request_milestone', 'pull_request_comment',
  'pull_request_review', 'pull_request_sync', 'pull_request_review_request', 'wiki', 'repository', 'release', 'package',
  'status', 'workflow_job',
] as const;

export const protectionDefaults: Readonly<Record<string, unknown>> = {
  enable_push: false,
  enable_push_whitelist: false,
  push_whitelist_usernames: [],
  push_whitelist_teams: [],
  push_whitelist_deploy_keys: false,
  enable_force_push: false,
  enable_force_push_allowlist: false,
  force_push_allowlist_usernames: [],
  force_push_allowlist_teams: [],
  force_push_allowlist_deploy_keys: false,
  enable_merge_whitelist: false,
  merge_whitelist_usernames: [],
  merge_whitelist_teams: [],
  enable_status_check: false,
  status_check_contexts: [],
  required_approvals: 0,
  enable_approvals_whitelist: false,
  approvals_whitelist_username: [],
  approvals_whitelist_teams: [],
  block_on_rejected_reviews: false,
  block_on_official_review_requests: false,
  block_on_outdated_branch: false,
  dismiss_stale_approvals: false,
  ignore_stale_approvals: false,
  require_signed_commits: false,
  protected_file_patterns: '',
  unprotected_file_patterns: '',
  block_admin_merge_override: false,
};

export function renderProtection(protection: StoredProtection, priority: number): Json {
  return {
    branch_name: protection.ruleName,
    rule_name: protection.ruleName,
    priority,
    ...protectionDefaults,
    ...protection.fields,
    created_at: protection.createdAt,
    updated_at: protection.updatedAt,
  };
}
