// What a routing decision depends on besides the resource: the config's routing, the state,
// each provider's condition now, and the recent outcomes of provider calls.
import type { Config } from '../config/config.js';
import type { RoutingObservation } from '../state/routing-history.js';
import type { State } from '../state/state.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

/** One provider instance's condition, gathered by the caller before routing. */
export interface ProviderCondition {
  /** Reachable and authenticated per the last health probe; true when not probed. */
  readonly healthy: boolean;
  readonly breaker: BreakerState;
  /** Calls in flight now (0 at plan time). */
  readonly inFlight: number;
  /** Probe latency, when probed. */
  readonly latencyMs?: number;
}

export interface RoutingInputs {
  readonly config: Pick<Config, 'routing' | 'routingDefaults' | 'providers' | 'plugins'>;
  readonly state: State;
  /** A provider missing here is healthy, its breaker closed, nothing in flight. */
  readonly conditions: ReadonlyMap<string, ProviderCondition>;
  /** Recent provider calls, oldest first. */
  readonly history: readonly RoutingObservation[];
}

export const unprobedCondition: ProviderCondition = { healthy: true, breaker: 'closed', inFlight: 0 };
