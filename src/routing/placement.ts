// Placement: where routing puts one resource of the config, and why — what the plan shows and
// what apply records in state.
import type { RoutingStrategy } from '../config/config.js';

export interface Placement {
  readonly provider: string;
  /** Why this provider, in a few words, for the plan and `route explain`. */
  readonly reason: string;
  /** The routing rule that decided, when one did. */
  readonly rule?: string;
  readonly strategy?: RoutingStrategy;
  /**
   * The other candidates apply may fail over to, in order (the rule's failover order minus
   * the chosen provider); empty when the rule forbids failover or no rule decided.
   */
  readonly failover: readonly string[];
  /**
   * Set when state places the resource on a provider the config no longer admits: the
   * provider it lives on now. The plan turns this into a `move`.
   */
  readonly moveFrom?: string;
}
