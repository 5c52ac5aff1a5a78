/* Generated from schemas/ by `npm run gen` (json-schema-to-typescript). Do not edit. */

/**
 * The state file on disk: which live object each resource address is, and what mosaic last applied to it.
 */
export interface StateFileV1 {
  version: 1;
  /**
   * Identity of this state, fixed when it is first written.
   */
  lineage: string;
  /**
   * Grows by one with every write.
   */
  serial: number;
  resources: {
    [k: string]: StateResourceV1;
  };
}
export interface StateResourceV1 {
  kind: 'repository' | 'pipeline' | 'space' | 'page' | 'project' | 'issue';
  name: string;
  /**
   * The provider instance that holds the live object.
   */
  provider: string;
  /**
   * The provider's id of the live object.
   */
  id: string;
  natural_key: string;
  /**
   * The managed fields as last applied, references resolved to provider ids.
   */
  spec: {
    [k: string]: unknown;
  };
  depends_on: string[];
  created_at: string;
  updated_at: string;
  /**
   * lifecycle.prevent_destroy as last applied, so a resource removed from the config stays protected.
   */
  prevent_destroy?: boolean;
  placement?: Placement;
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
}
