// The shapes of the Bitbucket Cloud REST 2.0 requests and answers this provider uses, as the
// official description (definitions repository, branchrestriction, webhook_subscription,
// repository_user_permission, repository_group_permission, workspace_membership, error) has them.
// Only the members mosaic reads or writes are declared; answers carry more.

export interface BitbucketLink {
  readonly href: string;
  readonly name?: string;
}

/** The paginated envelope of every list: follow `next` until it is absent. */
export interface BitbucketPage<T> {
  readonly size?: number;
  readonly page?: number;
  readonly pagelen?: number;
  readonly next?: string;
  readonly previous?: string;
  readonly values: readonly T[];
}

export interface BitbucketErrorBody {
  readonly type: 'error';
  readonly error?: { readonly message?: string; readonly detail?: string };
}

export interface BitbucketAccount {
  readonly type: string;
  readonly uuid?: string;
  readonly account_id?: string;
  readonly nickname?: string;
  readonly display_name?: string;
}

export interface BitbucketGroup {
  readonly type: string;
  readonly slug: string;
  readonly name?: string;
  readonly full_slug?: string;
}

export interface BitbucketBranch {
  readonly type: string;
  readonly name: string;
}

export interface BitbucketRepository {
  readonly type: 'repository';
  /** Immutable id in braces, usable in place of the slug in URLs. */
  readonly uuid: string;
  readonly name: string;
  /** Not in the official description's properties, but sent by the API. */
  readonly slug?: string;
  readonly full_name: string;
  readonly description?: string;
  readonly is_private: boolean;
  /** The repository's homepage; the API sends null or '' when there is none. */
  readonly website?: string | null;
  readonly has_issues?: boolean;
  readonly has_wiki?: boolean;
  readonly mainbranch?: BitbucketBranch | null;
  readonly project?: { readonly key?: string; readonly uuid?: string };
  /** `clone` lists where git reaches the repository: name https (with the user in the URL) and ssh. */
  readonly links?: { readonly clone?: readonly { readonly name?: string; readonly href?: string }[] };
}

/** Body of POST (create) and PUT (update) /repositories/{workspace}/{repo_slug}. */
export interface RepositoryWrite {
  scm?: 'git';
  name?: string;
  description?: string;
  is_private?: boolean;
  website?: string;
  has_issues?: boolean;
  has_wiki?: boolean;
  mainbranch?: { readonly name: string };
  project?: { readonly key: string };
}

/** The restriction kinds mosaic manages; a repository may hold others, which are left alone. */
export type ManagedRestrictionKind = 'require_approvals_to_merge' | 'reset_pullrequest_approvals_on_change' | 'require_passing_builds_to_merge' | 'force' | 'delete';

export interface BranchRestriction {
  readonly type: string;
  readonly id: number;
  readonly kind: string;
  readonly branch_match_kind?: 'glob' | 'branching_model';
  readonly pattern?: string;
  readonly branch_type?: string;
  readonly value?: number | null;
  readonly users?: readonly BitbucketAccount[];
  readonly groups?: readonly BitbucketGroup[];
}

/** Body of POST and PUT /repositories/{workspace}/{repo_slug}/branch-restrictions[/{id}]. */
export interface BranchRestrictionWrite {
  readonly kind: ManagedRestrictionKind;
  readonly branch_match_kind: 'glob';
  readonly pattern: string;
  readonly value?: number;
}

export interface WebhookSubscription {
  readonly type: string;
  /** The hook's id, in braces. */
  readonly uuid: string;
  readonly url: string;
  readonly description?: string;
  readonly active: boolean;
  readonly events: readonly string[];
  readonly secret_set?: boolean;
}

/** Body of POST and PUT /repositories/{workspace}/{repo_slug}/hooks[/{uid}]. */
export interface WebhookWrite {
  readonly url: string;
  readonly description: string;
  readonly active: boolean;
  readonly events: readonly string[];
  /** A new secret; null removes it; absent leaves it unchanged (on update). */
  readonly secret?: string | null;
}

export type BitbucketPermission = 'read' | 'write' | 'admin';

export interface RepositoryUserPermission {
  readonly type: string;
  readonly permission: BitbucketPermission | 'none';
  readonly user: BitbucketAccount;
}

export interface RepositoryGroupPermission {
  readonly type: string;
  readonly permission: BitbucketPermission | 'none';
  readonly group: BitbucketGroup;
}

/** Body of PUT .../permissions-config/{users,groups}/{id} (RepoPermissionUpdateSchema). */
export interface PermissionWrite {
  readonly permission: BitbucketPermission;
}

export interface WorkspaceMembership {
  readonly type: string;
  readonly user: BitbucketAccount;
}
