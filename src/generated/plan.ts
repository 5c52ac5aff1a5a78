/* Generated from schemas/ by `npm run gen` (json-schema-to-typescript). Do not edit. */

export type Action = 'create' | 'update' | 'replace' | 'move' | 'delete' | 'import' | 'no-op';

/**
 * A plan: what `mosaic plan --json` prints and what `mosaic plan --out FILE` saves for `mosaic apply FILE`.
 */
export interface PlanFileV1 {
  format_version: 1;
  mosaic_version: string;
  /**
   * apply for a plan that converges on the config, destroy for one that removes everything.
   */
  command: 'apply' | 'destroy';
  /**
   * Lineage of the state the plan was made against; empty when no state existed.
   */
  lineage: string;
  /**
   * Serial of the state the plan was made against.
   */
  serial: number;
  /**
   * The workspace whose state the plan was made against; apply refuses the plan in another.
   */
  workspace?: string;
  /**
   * SHA-256 of the decoded configuration.
   */
  config_hash: string;
  options: {
    target: string[];
    exclude: string[];
    replace: string[];
    /**
     * --allow-move-delete: a move deletes the old object once the new one holds everything.
     */
    allow_move_delete?: boolean;
  };
  drift: Drift[];
  changes: ResourceChange[];
  summary: PlanSummary;
  /**
   * HTTP requests refresh made, per provider instance that made any; absent when none did. Not part of a saved plan's identity.
   */
  requests?: {
    [k: string]: RequestCounts;
  };
}
export interface Drift {
  address: string;
  kind: 'repository' | 'pipeline' | 'space' | 'page' | 'project' | 'issue';
  provider: string;
  id: string;
  /**
   * The live object no longer exists.
   */
  deleted: boolean;
  /**
   * Fields whose live value differs from the last applied one: before is the state's value, after the live one.
   */
  fields: FieldChange[];
}
export interface FieldChange {
  field: string;
  /**
   * Absent when the field had no value.
   */
  before?: unknown;
  /**
   * Absent when the field will have no value.
   */
  after?: unknown;
  /**
   * The value is known only after apply (it is the id of a resource not yet created).
   */
  after_unknown?: boolean;
  forces_replacement?: boolean;
  /**
   * For a list-valued setting: exclusive (live members not in the config are removed) or additive (only what is listed is ensured).
   */
  ownership?: 'exclusive' | 'additive';
  /**
   * The value is a secret; before and after hold its SHA-256, never the secret.
   */
  sensitive?: boolean;
}
export interface ResourceChange {
  address: string;
  kind: 'repository' | 'pipeline' | 'space' | 'page' | 'project' | 'issue';
  name: string;
  provider: string;
  action: Action;
  /**
   * The live object's id, when it exists.
   */
  id?: string;
  /**
   * Why this action, in a few words.
   */
  reason?: string;
  /**
   * The address the resource had in state before a moved block renamed it.
   */
  moved_from?: string;
  natural_key?: string;
  fields: FieldChange[];
  /**
   * The desired managed fields, references as resource names.
   */
  spec?: {
    [k: string]: unknown;
  };
  /**
   * Addresses that this change waits for.
   */
  depends_on: string[];
  /**
   * lifecycle.prevent_destroy of the resource, recorded in state so it keeps protecting the resource after it leaves the config.
   */
  prevent_destroy?: boolean;
  placement?: Placement;
  move?: MoveSource;
}
/**
 * How routing chose the provider of a new resource.
 */
export interface Placement {
  /**
   * The routing rule that placed it (its name, or rules[INDEX]); absent when no rule did.
   */
  rule?: string;
  strategy?: 'round-robin' | 'weighted' | 'least-connections' | 'health-based' | 'adaptive';
  /**
   * Why this provider, in a few words.
   */
  reason: string;
  /**
   * The candidates apply may fail over to, in order, when the chosen provider is unavailable.
   */
  failover?: string[];
}
/**
 * move only: where the resource lives now; apply creates it on `provider`, copies it (a repository: every ref, git push --mirror), and deletes the old one only with --allow-move-delete.
 */
export interface MoveSource {
  provider: string;
  id: string;
  /**
   * Whether apply deletes the old object (--allow-move-delete).
   */
  delete?: boolean;
}
export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  delete: number;
  import: number;
  no_op: number;
  drifted: number;
  move?: number;
}
export interface RequestCounts {
  /**
   * Requests sent.
   */
  requests: number;
  /**
   * Answered 304 Not Modified from the ETag cache.
   */
  not_modified: number;
  /**
   * Requests that count against the API's rate limit.
   */
  rate_limited: number;
  retries: number;
  /**
   * The budget the API last reported.
   */
  rate_limit?: {
    remaining: number;
    limit: number;
  };
}
