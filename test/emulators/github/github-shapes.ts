// The JSON the GitHub emulator answers, shaped as api.github.com answers it (complete objects
// with the properties GitHub's OpenAPI description requires), built from the store's records.
import type { GithubStore, HookState, InvitationState, ProtectionState, RepoState, Role, TeamState, UserState } from './github-store.js';

type Json = Record<string, unknown>;

const html = 'https://github.com';
const roleFlags: Readonly<Record<Role, { pull: boolean; triage: boolean; push: boolean; maintain: boolean; admin: boolean }>> = {
  read: { pull: true, triage: false, push: false, maintain: false, admin: false },
  triage: { pull: true, triage: true, push: false, maintain: false, admin: false },
  write: { pull: true, triage: true, push: true, maintain: false, admin: false },
  maintain: { pull: true, triage: true, push: true, maintain: true, admin: false },
  admin: { pull: true, triage: true, push: true, maintain: true, admin: true },
};
/** GitHub's permission names (teams, PUT bodies) and the roles they stand for. */
export const roleOfPermission: Readonly<Record<string, Role>> = { pull: 'read', triage: 'triage', push: 'write', maintain: 'maintain', admin: 'admin' };

export function createGithubShapes(store: GithubStore, apiBase: () => string) {
  const api = (path: string): string => `${apiBase()}${path}`;

  function user(login: string, id: number, type: 'User' | 'Organization' = 'User'): Json {
    return {
      login,
      id,
      node_id: nodeId(type === 'User' ? 'U' : 'O', id),
      avatar_url: `https://avatars.githubusercontent.com/u/${String(id)}?v=4`,
      gravatar_id: '',
      url: api(`/users/${login}`),
      html_url: `${html}/${login}`,
      followers_url: api(`/users/${login}/followers`),
      following_url: api(`/users/${login}/following{/other_user}`),
      gists_url: api(`/users/${login}/gists{/gist_id}`),
      starred_url: api(`/users/${login}/starred{/owner}{/repo}`),
      subscriptions_url: api(`/users/${login}/subscriptions`),
      organizations_url: api(`/users/${login}/orgs`),
      repos_url: api(`/users/${login}/repos`),
      events_url: api(`/users/${login}/events{/privacy}`),
      received_events_url: api(`/users/${login}/received_events`),
      type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  const ownerJson = (): Json => user(store.owner, store.ownerId, store.ownerType === 'organization' ? 'Organization' : 'User');

  function userOf(state: UserState): Json {
    return user(state.login, state.id);
  }

  /** The properties every repository shape shares (minimal-repository's). */
  function repositoryBase(repo: RepoState): Json {
    const full = `${store.owner}/${repo.name}`;
    const url = api(`/repos/${full}`);
    return {
      id: repo.id,
      node_id: nodeId('R', repo.id),
      name: repo.name,
      full_name: full,
      private: repo.visibility !== 'public',
      owner: ownerJson(),
      html_url: `${html}/${full}`,
      description: repo.description,
      fork: false,
      url,
      forks_url: `${url}/forks`,
      keys_url: `${url}/keys{/key_id}`,
      collaborators_url: `${url}/collaborators{/collaborator}`,
      teams_url: `${url}/teams`,
      hooks_url: `${url}/hooks`,
      issue_events_url: `${url}/issues/events{/number}`,
      events_url: `${url}/events`,
      assignees_url: `${url}/assignees{/user}`,
      branches_url: `${url}/branches{/branch}`,
      tags_url: `${url}/tags`,
      blobs_url: `${url}/git/blobs{/sha}`,
      git_tags_url: `${url}/git/tags{/sha}`,
      git_refs_url: `${url}/git/refs{/sha}`,
      trees_url: `${url}/git/trees{/sha}`,
      statuses_url: `${url}/statuses/{sha}`,
      languages_url: `${url}/languages`,
      stargazers_url: `${url}/stargazers`,
      contributors_url: `${url}/contributors`,
      subscribers_url: `${url}/subscribers`,
      subscription_url: `${url}/subscription`,
      commits_url: `${url}/commits{/sha}`,
      git_commits_url: `${url}/git/commits{/sha}`,
      comments_url: `${url}/comments{/number}`,
      issue_comment_url: `${url}/issues/comments{/number}`,
      contents_url: `${url}/contents/{+path}`,
      compare_url: `${url}/compare/{base}...{head}`,
      merges_url: `${url}/merges`,
      archive_url: `${url}/{archive_format}{/ref}`,
      downloads_url: `${url}/downloads`,
      issues_url: `${url}/issues{/number}`,
      pulls_url: `${url}/pulls{/number}`,
      milestones_url: `${url}/milestones{/number}`,
      notifications_url: `${url}/notifications{?since,all,participating}`,
      labels_url: `${url}/labels{/name}`,
      releases_url: `${url}/releases{/id}`,
      deployments_url: `${url}/deployments`,
      created_at: repo.created_at,
      updated_at: repo.updated_at,
      pushed_at: repo.pushed_at ?? repo.created_at,
      git_url: `git://github.com/${full}.git`,
      ssh_url: `git@github.com:${full}.git`,
      // git over HTTP is served by the emulator itself (framework/git-http.ts).
      clone_url: api(`/${full}.git`),
      svn_url: `${html}/${full}`,
      homepage: repo.homepage,
      size: repo.branches.size === 0 ? 0 : 12,
      stargazers_count: 0,
      watchers_count: 0,
      language: null,
      has_issues: repo.has_issues,
      has_projects: repo.has_projects,
      has_downloads: true,
      has_wiki: repo.has_wiki,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: repo.archived,
      disabled: false,
      open_issues_count: 0,
      license: null,
      allow_forking: repo.visibility === 'public',
      is_template: false,
      web_commit_signoff_required: false,
      topics: [...repo.topics],
      visibility: repo.visibility,
      forks: 0,
      open_issues: 0,
      watchers: 0,
      default_branch: repo.default_branch,
      permissions: { ...roleFlags.admin },
    };
  }

  /** GET /orgs/{org}/repos, GET /user/repos: like api.github.com, without merge settings. */
  function listedRepository(repo: RepoState): Json {
    return repositoryBase(repo);
  }

  /** GET, POST and PATCH of one repository: full-repository, merge settings included. */
  function fullRepository(repo: RepoState): Json {
    return {
      ...repositoryBase(repo),
      allow_merge_commit: repo.allow_merge_commit,
      allow_squash_merge: repo.allow_squash_merge,
      allow_rebase_merge: repo.allow_rebase_merge,
      allow_auto_merge: repo.allow_auto_merge,
      delete_branch_on_merge: repo.delete_branch_on_merge,
      allow_update_branch: false,
      use_squash_pr_title_as_default: false,
      squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
      squash_merge_commit_message: 'COMMIT_MESSAGES',
      merge_commit_title: 'MERGE_MESSAGE',
      merge_commit_message: 'PR_TITLE',
      temp_clone_token: '',
      network_count: 0,
      subscribers_count: 1,
      ...(store.ownerType === 'organization' ? { organization: ownerJson() } : {}),
      security_and_analysis: {
        secret_scanning: { status: 'disabled' },
        secret_scanning_push_protection: { status: 'disabled' },
        dependabot_security_updates: { status: 'disabled' },
      },
    };
  }

  function protection(repo: RepoState, branch: string, rules: ProtectionState): Json {
    const url = api(`/repos/${store.owner}/${repo.name}/branches/${encodeURIComponent(branch)}/protection`);
    const checks = rules.required_status_checks;
    const reviews = rules.required_pull_request_reviews;
    return {
      url,
      ...(checks
        ? {
            required_status_checks: {
              url: `${url}/required_status_checks`,
              strict: checks.strict,
              contexts: checks.checks.map((c) => c.context),
              contexts_url: `${url}/required_status_checks/contexts`,
              checks: checks.checks.map((c) => ({ context: c.context, app_id: c.app_id })),
            },
          }
        : {}),
      ...(reviews
        ? {
            required_pull_request_reviews: {
              url: `${url}/required_pull_request_reviews`,
              dismiss_stale_reviews: reviews.dismiss_stale_reviews,
              require_code_owner_reviews: reviews.require_code_owner_reviews,
              required_approving_review_count: reviews.required_approving_review_count,
              require_last_push_approval: reviews.require_last_push_approval,
            },
          }
        : {}),
      ...(rules.restrictions
        ? {
            restrictions: {
              url: `${url}/restrictions`,
              users_url: `${url}/restrictions/users`,
              teams_url: `${url}/restrictions/teams`,
              apps_url: `${url}/restrictions/apps`,
              users: rules.restrictions.users.flatMap((login) => {
                const found = store.users.get(login.toLowerCase());
                return found ? [userOf(found)] : [];
              }),
              teams: rules.restrictions.teams.flatMap((slug) => {
                const found = store.teams.get(slug.toLowerCase());
                return found ? [team(found, 'push')] : [];
              }),
              apps: [],
            },
          }
        : {}),
      required_signatures: { url: `${url}/required_signatures`, enabled: false },
      enforce_admins: { url: `${url}/enforce_admins`, enabled: rules.enforce_admins },
      required_linear_history: { enabled: rules.required_linear_history },
      allow_force_pushes: { enabled: rules.allow_force_pushes },
      allow_deletions: { enabled: rules.allow_deletions },
      block_creations: { enabled: rules.block_creations },
      required_conversation_resolution: { enabled: rules.required_conversation_resolution },
      lock_branch: { enabled: rules.lock_branch },
      allow_fork_syncing: { enabled: rules.allow_fork_syncing },
    };
  }

  function shortBranch(repo: RepoState, name: string, sha: string): Json {
    const base = api(`/repos/${store.owner}/${repo.name}`);
    return {
      name,
      commit: { sha, url: `${base}/commits/${sha}` },
      protected: repo.protection.has(name),
      protection_url: `${base}/branches/${encodeURIComponent(name)}/protection`,
    };
  }

  function gitRef(repo: RepoState, branch: string, sha: string): Json {
    const base = api(`/repos/${store.owner}/${repo.name}/git`);
    return {
      ref: `refs/heads/${branch}`,
      node_id: nodeId('REF', repo.id),
      url: `${base}/refs/heads/${branch}`,
      object: { sha, type: 'commit', url: `${base}/commits/${sha}` },
    };
  }

  function hook(repo: RepoState, state: HookState): Json {
    const url = api(`/repos/${store.owner}/${repo.name}/hooks/${String(state.id)}`);
    return {
      type: 'Repository',
      id: state.id,
      name: 'web',
      active: state.active,
      events: [...state.events],
      config: {
        url: state.config.url,
        content_type: state.config.content_type,
        insecure_ssl: state.config.insecure_ssl,
        // GitHub never answers a secret, only that there is one.
        ...(state.config.secret === undefined ? {} : { secret: '********' }),
      },
      updated_at: state.updated_at,
      created_at: state.created_at,
      url,
      test_url: `${url}/test`,
      ping_url: `${url}/pings`,
      deliveries_url: `${url}/deliveries`,
      last_response: { code: null, status: 'unused', message: null },
    };
  }

  function collaborator(state: UserState, role: Role): Json {
    return { ...userOf(state), permissions: { ...roleFlags[role] }, role_name: role };
  }

  function invitation(repo: RepoState, state: InvitationState): Json {
    const invitee = store.users.get(state.login.toLowerCase());
    return {
      id: state.id,
      node_id: nodeId('RI', state.id),
      repository: listedRepository(repo),
      invitee: invitee ? userOf(invitee) : null,
      inviter: user(store.viewer, store.ownerId + 1),
      permissions: state.permissions,
      created_at: state.created_at,
      expired: false,
      url: api(`/user/repository_invitations/${String(state.id)}`),
      html_url: `${html}/${store.owner}/${repo.name}/invitations`,
    };
  }

  function team(state: TeamState, permission: string): Json {
    const url = api(`/organizations/${String(store.ownerId)}/team/${String(state.id)}`);
    const role = roleOfPermission[permission] ?? 'read';
    return {
      id: state.id,
      node_id: nodeId('T', state.id),
      url,
      html_url: `${html}/orgs/${store.owner}/teams/${state.slug}`,
      name: state.name,
      slug: state.slug,
      description: state.description,
      privacy: 'closed',
      notification_setting: 'notifications_enabled',
      permission,
      permissions: { ...roleFlags[role] },
      members_url: `${url}/members{/member}`,
      repositories_url: `${url}/repos`,
      type: 'organization',
      organization_id: store.ownerId,
      parent: null,
    };
  }

  function organization(): Json {
    return {
      ...orgBasics(),
      name: store.owner,
      description: null,
      is_verified: false,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: [...store.repos.values()].filter((r) => r.visibility === 'public').length,
      public_gists: 0,
      followers: 0,
      following: 0,
      html_url: `${html}/${store.owner}`,
      type: 'Organization',
      total_private_repos: [...store.repos.values()].filter((r) => r.visibility !== 'public').length,
      owned_private_repos: [...store.repos.values()].filter((r) => r.visibility !== 'public').length,
      default_repository_permission: 'read',
      members_can_create_repositories: true,
      two_factor_requirement_enabled: false,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      archived_at: null,
    };
  }

  function orgBasics(): Json {
    const url = api(`/orgs/${store.owner}`);
    return {
      login: store.owner,
      id: store.ownerId,
      node_id: nodeId('O', store.ownerId),
      url,
      repos_url: `${url}/repos`,
      events_url: `${url}/events`,
      hooks_url: `${url}/hooks`,
      issues_url: `${url}/issues`,
      members_url: `${url}/members{/member}`,
      public_members_url: `${url}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${String(store.ownerId)}?v=4`,
    };
  }

  function viewer(): Json {
    const id = store.ownerType === 'user' ? store.ownerId : store.ownerId + 1;
    const repos = [...store.repos.values()];
    return {
      ...user(store.viewer, id),
      name: store.viewer,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: store.ownerType === 'user' ? repos.filter((r) => r.visibility === 'public').length : 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      private_gists: 0,
      total_private_repos: store.ownerType === 'user' ? repos.filter((r) => r.visibility !== 'public').length : 0,
      owned_private_repos: store.ownerType === 'user' ? repos.filter((r) => r.visibility !== 'public').length : 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
    };
  }

  return { user, userOf, listedRepository, fullRepository, protection, shortBranch, gitRef, hook, collaborator, invitation, team, organization, viewer };
}

export type GithubShapes = ReturnType<typeof createGithubShapes>;

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kg${Buffer.from(String(id)).toString('base64url')}`;
}
