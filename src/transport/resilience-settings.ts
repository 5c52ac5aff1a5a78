// How calls to one provider instance are guarded: its `resilience:` block, defaults filled.

export interface ResilienceSettings {
  /** Longest one handler call may take, retries included. */
  readonly timeoutMs: number;
  readonly maxConcurrency: number;
  /** Attempts after the first for a retriable failure. */
  readonly retries: number;
  /** Longest Retry-After or rate-limit reset waited out. */
  readonly maxRetryWaitMs: number;
  readonly breaker: {
    /** Consecutive unavailable-failures that open the breaker. */
    readonly failures: number;
    readonly halfOpenAfterMs: number;
  };
}
