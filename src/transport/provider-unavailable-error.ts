// ProviderUnavailableError: a provider call failed because the provider cannot be used right
// now (its breaker is open, it timed out, it kept answering 5xx or 429, or refused the
// connection), as opposed to a failure that is the user's to fix (a 4xx). Creates fail over
// on it; the breaker counts it.

export type UnavailableReason = 'circuit-open' | 'timeout' | 'server-error' | 'connection' | 'rate-limited';

export class ProviderUnavailableError extends Error {
  /** A stable diagnostic code, as a ProviderError has. */
  readonly code = 'provider.unavailable';
  readonly provider: string;
  readonly reason: UnavailableReason;
  /** A short account for breaker transitions and summaries: "HTTP 503", "timed out after 60s". */
  readonly detail: string;
  readonly hint: string;
  /**
   * The call may have changed something at the provider before it failed (a write was
   * answered with success, or its connection broke or timed out after it was sent). A create
   * that may have made its object is not failed over: the object would exist twice.
   */
  readonly mayHaveWritten: boolean;
  override readonly cause: unknown;

  constructor(provider: string, reason: UnavailableReason, message: string, options: { detail: string; cause: unknown; hint?: string; mayHaveWritten?: boolean }) {
    super(message);
    this.name = 'ProviderUnavailableError';
    this.provider = provider;
    this.reason = reason;
    this.detail = options.detail;
    this.cause = options.cause;
    this.mayHaveWritten = options.mayHaveWritten ?? false;
    this.hint = options.hint ?? defaultHint(reason);
  }
}

export function isProviderUnavailable(error: unknown): error is ProviderUnavailableError {
  return error instanceof ProviderUnavailableError;
}

function defaultHint(reason: UnavailableReason): string {
  switch (reason) {
    case 'circuit-open':
      return 'mosaic stops calling a provider after consecutive failures and tries again after resilience.circuit_breaker.half_open_after; `mosaic providers check` shows its state.';
    case 'timeout':
      return 'The provider was too slow; raise resilience.timeout for this provider if it is merely slow, or run again later.';
    case 'rate-limited':
      return 'The provider is rate-limiting mosaic beyond resilience.max_retry_wait; wait until the limit resets, or lower the concurrency.';
    case 'server-error':
    case 'connection':
      return 'mosaic retried what was safe to retry; check the provider\'s status and the network, and run again later.';
  }
}
