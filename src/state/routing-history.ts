// RoutingHistory: what adaptive routing learns from — one observation per provider call
// (which provider, which kind, how it went, how long it took) — kept by the state backend of
// each workspace. apply records every provider call; adaptive and health-based routing read it.

export interface RoutingObservation {
  /** ISO time the call ended. */
  readonly time: string;
  /** The provider instance named in the config. */
  readonly provider: string;
  readonly kind: string;
  readonly outcome: 'succeeded' | 'failed';
  readonly latency_ms: number;
}

export interface RoutingHistory {
  record(observation: RoutingObservation): Promise<void>;
  /** Appends many at once (one write): what apply does at its end. */
  recordAll(observations: readonly RoutingObservation[]): Promise<void>;
  /** The last `limit` observations, oldest first. */
  readRecent(limit: number): Promise<RoutingObservation[]>;
}
