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
  [k: string]: unknown;
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
}
export interface RawStateSettings {
  backend?: 'local';
  /**
   * Folder of the local state, relative to the config. Default: state
   */
  path?: string;
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
 * A git repository.
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
