// The GitLab emulator's records rendered as GitLab's REST API (v4, GitLab.com with Premium
// features answered as an EE instance does) renders them: the complete project entity a
// maintainer sees, hooks, members, protected branches, namespaces and branches.
import type { GitlabStore, GroupRecord, HookRecord, MemberRecord, ProjectRecord, ProtectedBranchRecord, UserRecord } from './gitlab-store.js';

type Json = Record<string, unknown>;

/** GitLab reports an empty repository's default branch as the instance default. */
const instanceDefaultBranch = 'main';

export const hookSwitchNames = [
  'push_events',
  'issues_events',
  'confidential_issues_events',
  'merge_requests_events',
  'tag_push_events',
  'note_events',
  'confidential_note_events',
  'job_events',
  'pipeline_events',
  'wiki_page_events',
  'deployment_events',
  'feature_flag_events',
  'releases_events',
  'emoji_events',
  'resource_access_token_events',
] as const;

const accessDescriptions: Readonly<Record<number, string>> = { 0: 'No one', 30: 'Developers + Maintainers', 40: 'Maintainers', 60: 'Admins' };

export function renderProject(project: ProjectRecord, base: string, viewer: UserRecord): Json {
  const fullPath = `${project.namespace.full_path}/${project.path}`;
  const webUrl = `${base}/${fullPath}`;
  const api = `${base}/api/v4/projects/${String(project.id)}`;
  const host = new URL(base).host;
  const enabled = (level: string): boolean => level !== 'disabled';
  return {
    id: project.id,
    description: project.description,
    name: project.name,
    name_with_namespace: `${project.namespace.name} / ${project.name}`,
    path: project.path,
    path_with_namespace: fullPath,
    created_at: project.created_at,
    default_branch: project.default_branch ?? instanceDefaultBranch,
    tag_list: [...project.topics],
    topics: [...project.topics],
    ssh_url_to_repo: `git@${host}:${fullPath}.git`,
    http_url_to_repo: `${webUrl}.git`,
    web_url: webUrl,
    readme_url: project.branches.length > 0 ? `${webUrl}/-/blob/${project.default_branch ?? instanceDefaultBranch}/README.md` : null,
    forks_count: 0,
    avatar_url: null,
    star_count: 0,
    last_activity_at: project.updated_at,
    namespace: renderNamespaceSummary(project.namespace, base),
    container_registry_image_prefix: `registry.${host}/${fullPath.toLowerCase()}`,
    _links: {
      self: api,
      issues: `${api}/issues`,
      merge_requests: `${api}/merge_requests`,
      repo_branches: `${api}/repository/branches`,
      labels: `${api}/labels`,
      events: `${api}/events`,
      members: `${api}/members`,
      cluster_agents: `${api}/cluster_agents`,
    },
    packages_enabled: true,
    empty_repo: project.branches.length === 0,
    archived: project.archived,
    visibility: project.visibility,
    resolve_outdated_diff_discussions: false,
    container_expiration_policy: {
      cadence: '1d',
      enabled: false,
      keep_n: 10,
      older_than: '90d',
      name_regex: '.*',
      name_regex_keep: null,
      name_regex_delete: '.*',
      next_run_at: new Date(Date.parse(project.created_at) + 86_400_000).toISOString(),
    },
    repository_object_format: 'sha1',
    issues_enabled: enabled(project.issues_access_level),
    merge_requests_enabled: true,
    wiki_enabled: enabled(project.wiki_access_level),
    jobs_enabled: true,
    snippets_enabled: true,
    container_registry_enabled: true,
    service_desk_enabled: false,
    service_desk_address: null,
    can_create_merge_request_in: true,
    issues_access_level: project.issues_access_level,
    repository_access_level: 'enabled',
    merge_requests_access_level: 'enabled',
    forking_access_level: 'enabled',
    wiki_access_level: project.wiki_access_level,
    builds_access_level: 'enabled',
    snippets_access_level: 'enabled',
    pages_access_level: 'private',
    analytics_access_level: 'enabled',
    container_registry_access_level: 'enabled',
    security_and_compliance_access_level: 'private',
    releases_access_level: 'enabled',
    environments_access_level: 'enabled',
    feature_flags_access_level: 'enabled',
    infrastructure_access_level: 'enabled',
    monitor_access_level: 'enabled',
    model_experiments_access_level: 'enabled',
    model_registry_access_level: 'enabled',
    emails_disabled: false,
    emails_enabled: true,
    shared_runners_enabled: true,
    lfs_enabled: true,
    creator_id: project.creator.id,
    import_url: null,
    import_type: null,
    import_status: 'none',
    import_error: null,
    open_issues_count: 0,
    description_html: project.description === null || project.description === '' ? '' : `<p data-sourcepos="1:1-1:${String(project.description.length)}" dir="auto">${escapeHtml(project.description)}</p>`,
    updated_at: project.updated_at,
    ci_default_git_depth: 20,
    ci_delete_pipelines_in_seconds: null,
    ci_forward_deployment_enabled: true,
    ci_forward_deployment_rollback_allowed: true,
    ci_job_token_scope_enabled: false,
    ci_separated_caches: true,
    ci_allow_fork_pipelines_to_run_in_parent_project: true,
    ci_id_token_sub_claim_components: ['project_path', 'ref_type', 'ref'],
    build_git_strategy: 'fetch',
    keep_latest_artifact: true,
    restrict_user_defined_variables: true,
    ci_pipeline_variables_minimum_override_role: 'developer',
    runners_token: project.runners_token,
    runner_token_expiration_interval: null,
    group_runners_enabled: true,
    auto_cancel_pending_pipelines: 'enabled',
    build_timeout: 3600,
    auto_devops_enabled: false,
    auto_devops_deploy_strategy: 'continuous',
    ci_push_repository_for_job_token_allowed: false,
    ci_config_path: '',
    public_jobs: true,
    shared_with_groups: project.shares.map((share) => ({
      group_id: share.group.id,
      group_name: share.group.name,
      group_full_path: share.group.full_path,
      group_access_level: share.group_access,
      expires_at: null,
    })),
    only_allow_merge_if_pipeline_succeeds: false,
    allow_merge_on_skipped_pipeline: false,
    request_access_enabled: true,
    only_allow_merge_if_all_discussions_are_resolved: false,
    remove_source_branch_after_merge: project.remove_source_branch_after_merge,
    printing_merge_request_link_enabled: true,
    merge_method: project.merge_method,
    squash_option: project.squash_option,
    enforce_auth_checks_on_uploads: true,
    suggestion_commit_message: null,
    merge_commit_template: null,
    squash_commit_template: null,
    issue_branch_template: null,
    warn_about_potentially_unwanted_characters: true,
    autoclose_referenced_issues: true,
    max_artifacts_size: null,
    external_authorization_classification_label: null,
    requirements_enabled: false,
    requirements_access_level: 'enabled',
    security_and_compliance_enabled: true,
    compliance_frameworks: [],
    ci_restrict_pipeline_cancellation_role: 'developer',
    mirror: false,
    repository_storage: 'default',
    marked_for_deletion_at: project.marked_for_deletion_on,
    marked_for_deletion_on: project.marked_for_deletion_on,
    approvals_before_merge: 0,
    merge_pipelines_enabled: false,
    merge_trains_enabled: false,
    merge_trains_skip_train_allowed: false,
    only_allow_merge_if_all_status_checks_passed: false,
    allow_pipeline_trigger_approve_deployment: false,
    prevent_merge_without_jira_issue: false,
    duo_remote_flows_enabled: true,
    permissions: {
      project_access: renderAccess(project.members.find((member) => member.user.id === viewer.id)?.access_level),
      // The emulator's token belongs to an owner of the group.
      group_access: renderAccess(50),
    },
  };
}

function renderAccess(level: number | undefined): Json | null {
  return level === undefined ? null : { access_level: level, notification_level: 3 };
}

function renderNamespaceSummary(group: GroupRecord, base: string): Json {
  return { id: group.id, name: group.name, path: group.path, kind: 'group', full_path: group.full_path, parent_id: group.parent_id, avatar_url: null, web_url: `${base}/groups/${group.full_path}` };
}

export function renderNamespace(group: GroupRecord, store: GitlabStore, base: string): Json {
  const projects = [...store.projects.values()].filter((project) => project.namespace.id === group.id).length;
  return {
    ...renderNamespaceSummary(group, base),
    members_count_with_descendants: store.users.size,
    billable_members_count: store.users.size,
    root_repository_size: 0,
    projects_count: projects,
    plan: 'premium',
    trial_ends_on: null,
    trial: false,
  };
}

export function renderHook(hook: HookRecord, project: ProjectRecord): Json {
  const switches = Object.fromEntries(hookSwitchNames.map((name) => [name, hook.switches[name] ?? false]));
  return {
    id: hook.id,
    url: hook.url,
    name: '',
    description: '',
    created_at: hook.created_at,
    ...switches,
    push_events_branch_filter: hook.push_events_branch_filter,
    branch_filter_strategy: 'wildcard',
    repository_update_events: false,
    enable_ssl_verification: hook.enable_ssl_verification,
    alert_status: hook.alert_status,
    disabled_until: null,
    url_variables: [],
    custom_webhook_template: '',
    custom_headers: [],
    project_id: project.id,
  };
}

export function renderUser(user: UserRecord, base: string): Json {
  return { id: user.id, username: user.username, name: user.name, state: 'active', locked: false, avatar_url: `https://secure.gravatar.com/avatar/${String(user.id)}?s=80&d=identicon`, web_url: `${base}/${user.username}` };
}

/** GET /user: the token's own user, with the fields GitLab adds for it (a regular, non-admin user). */
export function renderCurrentUser(user: UserRecord, base: string): Json {
  return {
    ...renderUser(user, base),
    created_at: user.created_at,
    bio: '',
    bot: false,
    location: null,
    public_email: null,
    skype: '',
    linkedin: '',
    twitter: '',
    discord: '',
    website_url: '',
    pronouns: null,
    organization: null,
    job_title: '',
    work_information: null,
    followers: 0,
    following: 0,
    local_time: null,
    is_followed: false,
    is_admin: false,
    last_sign_in_at: user.created_at,
    confirmed_at: user.created_at,
    last_activity_on: user.created_at.slice(0, 10),
    email: `${user.username}@example.com`,
    theme_id: 1,
    color_scheme_id: 1,
    projects_limit: 100000,
    current_sign_in_at: user.created_at,
    note: null,
    identities: [],
    can_create_group: true,
    can_create_project: true,
    two_factor_enabled: false,
    external: false,
    private_profile: null,
    namespace_id: user.id,
    created_by: null,
  };
}

export function renderMember(member: MemberRecord, base: string): Json {
  return {
    ...renderUser(member.user, base),
    access_level: member.access_level,
    created_at: member.created_at,
    created_by: renderUser(member.created_by, base),
    expires_at: null,
    membership_state: 'active',
  };
}

export function renderProtectedBranch(branch: ProtectedBranchRecord): Json {
  const level = (id: number, access: number): Json => ({ id, access_level: access, access_level_description: accessDescriptions[access] ?? 'Maintainers', deploy_key_id: null, user_id: null, group_id: null });
  return {
    id: branch.id,
    name: branch.name,
    push_access_levels: [level(branch.access_ids[0], branch.push_access_level)],
    merge_access_levels: [level(branch.access_ids[1], branch.merge_access_level)],
    unprotect_access_levels: [],
    allow_force_push: branch.allow_force_push,
    code_owner_approval_required: branch.code_owner_approval_required,
    inherited: false,
  };
}

export function renderBranch(project: ProjectRecord, name: string, base: string, author: UserRecord, when: string): Json {
  const sha = fakeSha(`${String(project.id)}:${name}`);
  const protectedRule = project.protected_branches.find((branch) => branch.name === name);
  return {
    name,
    commit: {
      id: sha,
      short_id: sha.slice(0, 8),
      created_at: when,
      parent_ids: [],
      title: 'Initial commit',
      message: 'Initial commit',
      author_name: author.name,
      author_email: `${author.username}@example.com`,
      authored_date: when,
      committer_name: author.name,
      committer_email: `${author.username}@example.com`,
      committed_date: when,
      trailers: {},
      extended_trailers: {},
      web_url: `${base}/${project.namespace.full_path}/${project.path}/-/commit/${sha}`,
    },
    merged: false,
    protected: protectedRule !== undefined,
    developers_can_push: protectedRule === undefined || protectedRule.push_access_level === 30,
    developers_can_merge: protectedRule === undefined || protectedRule.merge_access_level === 30,
    can_push: true,
    default: project.default_branch === name,
    web_url: `${base}/${project.namespace.full_path}/${project.path}/-/tree/${name}`,
  };
}

function fakeSha(seed: string): string {
  let hex = '';
  let h = 2166136261;
  while (hex.length < 40) {
    for (const ch of seed + String(hex.length)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return hex.slice(0, 40);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
