// One provider's circuit breaker: cockatiel's CircuitBreakerPolicy with a ConsecutiveBreaker,
// measured on the resilience clock, restored from and saved as a BreakerRecord, and reporting
// each transition with its reason.
import {
  CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleType,
  type IBackoff,
  type IBackoffFactory,
} from 'cockatiel';
import type { BreakerRecord, BreakerState } from './breaker-store.js';
import { ProviderUnavailableError } from './provider-unavailable-error.js';

export interface BreakerTransition {
  readonly provider: string;
  readonly from: BreakerState;
  readonly to: BreakerState;
  /** ISO 8601. */
  readonly time: string;
  /** e.g. "5 consecutive failures: HTTP 503", "half-open after 30s", "probe succeeded". */
  readonly reason: string;
}

/** A breaker as `providers check` and routing see it. */
export interface BreakerSnapshot {
  /** 'open': calls fail at once now. 'half-open': the next call is let through as a probe. */
  readonly state: BreakerState;
  readonly consecutiveFailures: number;
  /** While open or half-open: when it opened, and when a probe will be let through (ms). */
  readonly openedAt?: number;
  readonly probeAt?: number;
  readonly lastFailure?: string;
}

export interface BreakerSettings {
  readonly failures: number;
  readonly halfOpenAfterMs: number;
}

export interface ProviderBreaker {
  readonly policy: CircuitBreakerPolicy;
  snapshot(): BreakerSnapshot;
  record(): BreakerRecord;
}

export function createProviderBreaker(
  provider: string,
  settings: BreakerSettings,
  now: () => number,
  restored: BreakerRecord | undefined,
  emit: (transition: BreakerTransition) => void,
): ProviderBreaker {
  const counter = new ConsecutiveBreaker(settings.failures);
  const wasOpen = restored !== undefined && restored.state !== 'closed';
  // Open or half-open when saved: open since then (a half-open one is due for a probe anyway).
  let openedAt: number | undefined = wasOpen ? (restored.opened_at === undefined ? Number.NEGATIVE_INFINITY : Date.parse(restored.opened_at)) : undefined;
  let lastFailure = restored?.last_failure;
  let state: BreakerState = wasOpen ? 'open' : 'closed';

  const initialState = restored === undefined
    ? undefined
    : {
        // cockatiel's own toJSON() shape; the opening time that matters is ours (below).
        ownState: wasOpen ? { value: CircuitState.Open, openedAt: Date.now(), attemptNo: 1 } : { value: CircuitState.Closed },
        breakerState: restored.consecutive_failures,
      };
  const policy = circuitBreaker(handleType(ProviderUnavailableError), {
    breaker: counter,
    halfOpenAfter: clockedHalfOpen(settings.halfOpenAfterMs, now, openedAt),
    ...(initialState === undefined ? {} : { initialState }),
  });

  const move = (to: BreakerState, reason: string): void => {
    const from = state;
    state = to;
    emit({ provider, from, to, time: new Date(now()).toISOString(), reason });
  };
  policy.onBreak((failure) => {
    const detail = 'error' in failure && failure.error instanceof ProviderUnavailableError ? failure.error.detail : 'isolated';
    const from = state;
    openedAt = now();
    lastFailure = detail;
    move('open', from === 'half-open' ? `probe failed: ${detail}` : `${String(counter.state)} consecutive failures: ${detail}`);
  });
  policy.onHalfOpen(() => {
    move('half-open', `half-open after ${formatMs(settings.halfOpenAfterMs)}`);
  });
  policy.onReset(() => {
    openedAt = undefined;
    move('closed', 'probe succeeded');
  });

  return {
    policy,
    snapshot: () => ({
      // Open and due for a probe: the next call goes through, so to callers it is half-open
      // (cockatiel moves there itself when that call arrives).
      state: state === 'open' && openedAt !== undefined && now() >= openedAt + settings.halfOpenAfterMs ? 'half-open' : state,
      consecutiveFailures: counter.state,
      ...(openedAt === undefined ? {} : { openedAt, probeAt: openedAt + settings.halfOpenAfterMs }),
      ...(lastFailure === undefined ? {} : { lastFailure }),
    }),
    record: () => ({
      state,
      consecutive_failures: counter.state,
      ...(openedAt === undefined || !Number.isFinite(openedAt) ? {} : { opened_at: new Date(openedAt).toISOString() }),
      ...(lastFailure === undefined || state === 'closed' ? {} : { last_failure: lastFailure }),
    }),
  };
}

/**
 * cockatiel decides "open long enough" as `Date.now() - openedAt < backoff.duration`, on the
 * wall clock, from the moment it opened in this process. This backoff answers that test on the
 * resilience clock instead (a duration of +Infinity while `now() - openedAt < halfOpenAfterMs`,
 * -Infinity after), so a restored breaker counts from when it really opened and tests can move
 * time. cockatiel reads `duration` nowhere else.
 */
function clockedHalfOpen(halfOpenAfterMs: number, now: () => number, restoredOpenedAt: number | undefined): IBackoffFactory<unknown> {
  let pending = restoredOpenedAt;
  const wait = (openedAt: number): IBackoff<unknown> => ({
    get duration() {
      return now() - openedAt < halfOpenAfterMs ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    },
    next: () => wait(now()),
  });
  return {
    next: () => {
      const openedAt = pending ?? now();
      pending = undefined;
      return wait(openedAt);
    },
  };
}

function formatMs(ms: number): string {
  if (ms % 60_000 === 0 && ms >= 60_000) return `${String(ms / 60_000)}m`;
  if (ms % 1000 === 0) return `${String(ms / 1000)}s`;
  return `${String(ms)}ms`;
}
