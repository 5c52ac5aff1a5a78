// DecisionTrace: the whole of one routing decision in plain data — rules tried, candidates
// with their eligibility, scores and health, the winner and why — for `mosaic route explain`.
import type { RoutingStrategy } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Placement } from './placement.js';
import type { ProviderCondition } from './routing-inputs.js';

/** Which step of the precedence decided. */
export type DecisionStep = 'state' | 'resource-provider' | 'rule' | 'routing-default' | 'only-provider' | 'none';

export interface RuleTrace {
  readonly name: string;
  /** The rule's match admits the resource (it may still have no candidate for its kind). */
  readonly matched: boolean;
  readonly why: string;
}

export interface CandidateTrace {
  readonly provider: string;
  readonly eligible: boolean;
  readonly why: string;
  /** The strategy's score (see DecisionTrace.scoring); eligible candidates only. */
  readonly score?: number;
  readonly health?: ProviderCondition;
  /** Resources the deciding rule placed on it (state plus this batch). */
  readonly placed?: number;
}

export interface StickyTrace {
  /** Where state says the resource lives. */
  readonly provider: string;
  /** The config still admits it there, so it stays. */
  readonly admitted: boolean;
  readonly why: string;
}

export interface DecisionTrace {
  readonly address: string;
  readonly step: DecisionStep;
  readonly sticky?: StickyTrace;
  /** The rules tried, in order, up to the one that decided. */
  readonly rules: readonly RuleTrace[];
  readonly rule?: string;
  readonly strategy?: RoutingStrategy;
  /** What CandidateTrace.score means for this strategy. */
  readonly scoring?: string;
  /** The deciding rule's candidates, in `to` order. */
  readonly candidates: readonly CandidateTrace[];
  readonly winner?: string;
  readonly because: string;
  readonly placement?: Placement;
  readonly diagnostic?: Diagnostic;
}
