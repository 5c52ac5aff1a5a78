// Strategy: how a routing rule chooses among its eligible candidates. One file per strategy
// implements it; the router picks one by the rule's `strategy`.
import type { RoutingRule } from '../../config/config.js';
import type { ResourceKind } from '../../resources/resource-kind.js';

export interface StrategyInput {
  readonly rule: RoutingRule;
  readonly kind: ResourceKind;
  readonly address: string;
  /** The eligible candidates, in the order of the rule's `to`. */
  readonly candidates: readonly string[];
}

export interface Strategy {
  /** Whether an unhealthy candidate is ineligible (an open breaker always is, while another is eligible). */
  readonly skipsUnhealthy: boolean;
  /** What a candidate's score means, for `route explain`. */
  readonly scoring: string;
  /** Chooses a candidate: returns its index and leaves every candidate's score in `scores`. */
  choose(input: StrategyInput, scores: Float64Array): number;
  /** Why the chosen candidate, in a few words for the plan (which names the rule and strategy before it). */
  explainChoice(input: StrategyInput, chosen: number, scores: Float64Array): string;
  /** One candidate's standing, for `route explain`. */
  describe(input: StrategyInput, index: number, scores: Float64Array): string;
}

/** Index of the lowest score; ties go to the earliest candidate (the rule's `to` order). */
export function lowestScore(scores: Float64Array, count: number): number {
  let best = 0;
  for (let i = 1; i < count; i++) if ((scores[i] ?? Infinity) < (scores[best] ?? Infinity)) best = i;
  return best;
}

export function candidateAt(input: StrategyInput, index: number): string {
  return input.candidates[index] ?? '';
}
