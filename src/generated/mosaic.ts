/* Generated from schemas/ by `npm run gen` (json-schema-to-typescript). Do not edit. */

/**
 * A mosaic configuration as written: mosaic.yaml, or the merge of every *.yaml file of a directory.
 */
export interface RawConfig {
  /**
   * Configuration format version.
   */
  version: 1;
  /**
   * Named provider instances. Each names its plugin in `type`; the other keys are that plugin's settings.
   */
  providers?: {
    [k: string]: RawProviderInstance;
  };
  /**
   * Provider plugins beyond the built-in ones: a folder holding mosaic-plugin.json (relative to the config) or the name of an installed npm package.
   */
  plugins?: string[];
  routing?: RawRouting;
  state?: RawStateSettings;
  /**
   * Renames of resource addresses: the live object is kept and changed in place instead of deleted and created.
   */
  moved?: RawMoved[];
  resources?: RawResources;
}
export interface RawProviderInstance {
  /**
   * The provider plugin, e.g. local.
   */
  type: string;
  resilience?: RawResilience;
  [k: string]: unknown;
}
/**
 * How mosaic guards calls to this provider instance. Every key has a default.
 */
export interface RawResilience {
  /**
   * Longest a single provider call (one handler call, retries included) may take, e.g. 30s. Default: 60s
   */
  timeout?: string;
  /**
   * Most calls in flight to this instance at once; more wait their turn. Default: 8
   */
  max_concurrency?: number;
  /**
   * Attempts after the first for a retriable failure (429, 408, 5xx on idempotent requests, dropped connections). Default: 3
   */
  retries?: number;
  /**
   * Longest Retry-After or rate-limit reset mosaic waits out; a longer one fails the call at once. Default: 60s
   */
  max_retry_wait?: string;
  /**
   * Opens after consecutive failures that say the provider is unavailable; while open, calls fail at once (creates fail over). After half_open_after one probe call is let through: success closes it.
   */
  circuit_breaker?: {
    /**
     * Consecutive unavailable-failures that open the breaker. Default: 5
     */
    failures?: number;
    /**
     * How long the breaker stays open before a probe. Default: 30s
     */
    half_open_after?: string;
  };
}
export interface RawRouting {
  /**
   * The provider instance that receives new resources of each kind that name no provider.
   */
  defaults?: {
    repository?: string;
    pipeline?: string;
    space?: string;
    page?: string;
    project?: string;
    issue?: string;
  };
  /**
   * The strategy of rules that name none. Default: round-robin
   */
  default_strategy?: 'round-robin' | 'weighted' | 'least-connections' | 'health-based' | 'adaptive';
  /**
   * Evaluated in order; the first rule that matches a new resource places it. A resource's own `provider:` wins over every rule.
   */
  rules?: RawRoutingRule[];
}
export interface RawRoutingRule {
  /**
   * Names the rule in plans, `route explain` and state. Default: rules[INDEX]
   */
  name?: string;
  match?: RawRoutingMatch;
  /**
   * The candidate provider instances, in order of preference.
   *
   * @minItems 1
   */
  to: [string, ...string[]];
  /**
   * How to choose among the candidates. Default: routing.default_strategy
   */
  strategy?: 'round-robin' | 'weighted' | 'least-connections' | 'health-based' | 'adaptive';
  /**
   * weighted only: provider -> positive weight; new resources are spread in these proportions.
   */
  weights?: {
    [k: string]: number;
  };
  /**
   * Whether a create whose chosen provider is unavailable moves on to another candidate. Default: true
   */
  failover?: boolean;
  /**
   * The candidates to try, in this order, when the chosen one is unavailable. Default: the order of `to`.
   */
  failover_order?: string[];
}
/**
 * What the rule applies to; every key given must match. No match block matches every resource.
 */
export interface RawRoutingMatch {
  /**
   * A kind or a list of kinds.
   */
  kind?:
    | ('repository' | 'pipeline' | 'space' | 'page' | 'project' | 'issue')
    | [
        'repository' | 'pipeline' | 'space' | 'page' | 'project' | 'issue',
        ...('repository' | 'pipeline' | 'space' | 'page' | 'project' | 'issue')[]
      ];
  /**
   * A glob on the resource name (* any run of characters, ? one, [abc] a set), or a list of globs (any may match).
   */
  name?: string | [string, ...string[]];
  /**
   * Labels the resource must carry with these values.
   */
  labels?: {
    [k: string]: string;
  };
  /**
   * The tenant the resource must have, or a list of tenants.
   */
  tenant?: string | [string, ...string[]];
}
/**
 * Where state, the intent journal, the audit trail and the routing history are kept.
 */
export interface RawStateSettings {
  /**
   * local (files in path) or postgres (tables in a PostgreSQL database). Default: local
   */
  backend?: 'local' | 'postgres';
  /**
   * Folder relative to the config: the local state, or with backend postgres the local caches and the selected workspace. Default: state
   */
  path?: string;
  /**
   * PostgreSQL connection URL, e.g. ${env:MOSAIC_PG_URL} holding postgres://USER:PASSWORD@HOST:5432/DATABASE. Required with backend postgres; with backend local, the target of `mosaic state migrate --to postgres`. mosaic never prints or stores its password.
   */
  url?: string;
  /**
   * PostgreSQL schema that holds mosaic's tables, created when missing. Default: mosaic
   */
  schema?: string;
}
export interface RawMoved {
  /**
   * The old address, e.g. repository.api
   */
  from: string;
  /**
   * The new address, e.g. repository.api-v2
   */
  to: string;
}
/**
 * Resources by kind, then by name. The address of a resource is KIND.NAME.
 */
export interface RawResources {
  repository?: {
    [k: string]: RepositorySpec;
  };
  pipeline?: {
    [k: string]: PipelineSpec;
  };
  space?: {
    [k: string]: SpaceSpec;
  };
  page?: {
    [k: string]: PageSpec;
  };
  project?: {
    [k: string]: ProjectSpec;
  };
  issue?: {
    [k: string]: IssueSpec;
  };
}
/**
 * A git repository. Every field but the name is optional; a field left out is not managed.
 */
export interface RepositorySpec {
  /**
   * Name of the provider instance (a key of `providers`) that manages this resource. Overrides routing.
   */
  provider?: string;
  labels?: Labels;
  /**
   * The team or tenant that owns this resource; routing rules match on it.
   */
  tenant?: string;
  lifecycle?: Lifecycle;
  /**
   * Name of the repository on the provider. Defaults to the resource name.
   */
  name?: string;
  description?: string;
  default_branch?: string;
  visibility?: 'private' | 'internal' | 'public';
  topics?: string[];
  homepage?: string;
  archived?: boolean;
  features?: RepositoryFeatures;
  merge?: MergeSettings;
  /**
   * Protection rules by branch name. Only the branches listed are managed.
   */
  branch_protection?: {
    [k: string]: BranchProtection;
  };
  /**
   * Webhooks, identified by their URL.
   */
  webhooks?: Webhook[];
  /**
   * Permission of each user (login) on the repository.
   */
  collaborators?: {
    /**
     * mosaic's permission names; each provider maps them onto its own (e.g. write is GitHub's push, GitLab's developer).
     */
    [k: string]: 'read' | 'triage' | 'write' | 'maintain' | 'admin';
  };
  /**
   * Permission of each team (slug) on the repository.
   */
  teams?: {
    /**
     * mosaic's permission names; each provider maps them onto its own (e.g. write is GitHub's push, GitLab's developer).
     */
    [k: string]: 'read' | 'triage' | 'write' | 'maintain' | 'admin';
  };
  mirror?: PullMirror;
  ownership?: Ownership;
}
/**
 * Free-form key/value labels; routing rules match on them.
 */
export interface Labels {
  [k: string]: string;
}
export interface Lifecycle {
  /**
   * When true, a plan that would delete or replace this resource is an error.
   */
  prevent_destroy?: boolean;
  /**
   * Fields whose live value mosaic leaves alone once the resource exists.
   */
  ignore_changes?: string[];
}
/**
 * Which features of the host are switched on; a host without one of them rejects it at plan time.
 */
export interface RepositoryFeatures {
  issues?: boolean;
  wiki?: boolean;
  projects?: boolean;
}
/**
 * How pull (merge) requests may be merged.
 */
export interface MergeSettings {
  merge_commit?: boolean;
  squash?: boolean;
  rebase?: boolean;
  delete_branch_on_merge?: boolean;
}
export interface BranchProtection {
  /**
   * Approving reviews a pull request needs; 0 means reviews are not required.
   */
  required_reviews?: number;
  dismiss_stale_reviews?: boolean;
  require_code_owner_reviews?: boolean;
  required_status_checks?: string[];
  /**
   * The branch must be up to date with its base before merging.
   */
  strict_status_checks?: boolean;
  enforce_admins?: boolean;
  linear_history?: boolean;
  allow_force_pushes?: boolean;
  allow_deletions?: boolean;
}
export interface Webhook {
  url: string;
  /**
   * Event names in GitHub's vocabulary (push, pull_request, issues, release, ...); each provider maps them onto its own.
   */
  events?: string[];
  active?: boolean;
  content_type?: 'json' | 'form';
  /**
   * Sent to the provider; state and plan keep only its SHA-256. Use ${env:NAME}.
   */
  secret?: string;
}
/**
 * Make the repository a pull mirror of another (Gitea). Set at creation only.
 */
export interface PullMirror {
  url: string;
  /**
   * How often the mirror syncs, e.g. 8h0m0s.
   */
  interval?: string;
}
/**
 * Whether mosaic owns a list-valued setting whole (exclusive: members not in the config are removed, and the plan shows them) or only ensures what is listed (additive). Defaults: exclusive for topics and webhooks, additive for collaborators and teams.
 */
export interface Ownership {
  topics?: 'exclusive' | 'additive';
  webhooks?: 'exclusive' | 'additive';
  collaborators?: 'exclusive' | 'additive';
  teams?: 'exclusive' | 'additive';
}
/**
 * A CI/CD pipeline: a CI file committed to a repository's default branch.
 */
export interface PipelineSpec {
  /**
   * Name of the provider instance (a key of `providers`) that manages this resource. Overrides routing.
   */
  provider?: string;
  labels?: Labels;
  /**
   * The team or tenant that owns this resource; routing rules match on it.
   */
  tenant?: string;
  lifecycle?: Lifecycle;
  /**
   * The repository resource the pipeline runs in.
   */
  repository: string;
  engine: 'github-actions' | 'woodpecker' | 'jenkins' | 'gitlab-ci';
  /**
   * Path of the CI file in the repository. Defaults by engine: .github/workflows/NAME.yml, .woodpecker/NAME.yml, Jenkinsfile, .gitlab-ci.yml.
   */
  path?: string;
  /**
   * The CI file's text.
   */
  content: string;
}
/**
 * A documentation space holding pages.
 */
export interface SpaceSpec {
  /**
   * Name of the provider instance (a key of `providers`) that manages this resource. Overrides routing.
   */
  provider?: string;
  labels?: Labels;
  /**
   * The team or tenant that owns this resource; routing rules match on it.
   */
  tenant?: string;
  lifecycle?: Lifecycle;
  /**
   * Short unique key of the space on the provider. Defaults to the resource name.
   */
  key?: string;
  title?: string;
  description?: string;
}
/**
 * A documentation page in a space.
 */
export interface PageSpec {
  /**
   * Name of the provider instance (a key of `providers`) that manages this resource. Overrides routing.
   */
  provider?: string;
  labels?: Labels;
  /**
   * The team or tenant that owns this resource; routing rules match on it.
   */
  tenant?: string;
  lifecycle?: Lifecycle;
  /**
   * The space resource the page lives in.
   */
  space: string;
  /**
   * The parent page resource, if any.
   */
  parent?: string;
  /**
   * URL-safe identifier of the page within its space. Defaults to the resource name.
   */
  slug?: string;
  title: string;
  /**
   * Markdown body of the page.
   */
  content?: string;
}
/**
 * A project-management project holding issues.
 */
export interface ProjectSpec {
  /**
   * Name of the provider instance (a key of `providers`) that manages this resource. Overrides routing.
   */
  provider?: string;
  labels?: Labels;
  /**
   * The team or tenant that owns this resource; routing rules match on it.
   */
  tenant?: string;
  lifecycle?: Lifecycle;
  /**
   * Short unique key of the project, e.g. PLAT. Defaults to the resource name.
   */
  key?: string;
  name?: string;
  description?: string;
  lead?: string;
  status?: 'planned' | 'active' | 'paused' | 'completed' | 'cancelled';
}
/**
 * An issue (work item) in a project.
 */
export interface IssueSpec {
  /**
   * Name of the provider instance (a key of `providers`) that manages this resource. Overrides routing.
   */
  provider?: string;
  labels?: Labels;
  /**
   * The team or tenant that owns this resource; routing rules match on it.
   */
  tenant?: string;
  lifecycle?: Lifecycle;
  /**
   * The project resource the issue belongs to.
   */
  project: string;
  title: string;
  description?: string;
  state?: 'todo' | 'in_progress' | 'done' | 'cancelled';
  priority?: 'none' | 'low' | 'medium' | 'high' | 'urgent';
  assignee?: string;
  tags?: string[];
}
