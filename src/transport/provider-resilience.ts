// ProviderResilience: how one run guards its provider instances. Every handler call and
// health() goes through the instance's bulkhead (max_concurrency, the rest queued), its
// circuit breaker, and a timeout; failures that say the provider is unavailable become
// ProviderUnavailableError and count for the breaker, the others (a 4xx) pass through as
// thrown. Breakers persist beside the ETag caches; transitions are kept and announced.
import { BrokenCircuitError, bulkhead, IsolatedCircuitError, TaskCancelledError, timeout, TimeoutStrategy, type BulkheadPolicy, type TimeoutPolicy } from 'cockatiel';
import type { ResilienceSettings } from './resilience-settings.js';
import type { KindHandler, ListScope, ProviderHealth, ProviderInstance } from '../resources/provider-contract.js';
import { readBreakerRecord, writeBreakerRecord, type BreakerRecord, type BreakerState } from './breaker-store.js';
import { emptyWriteTrace, mayHaveWritten, runInCallScope, type CallScope } from './call-scope.js';
import { classifyFailure } from './classify-failure.js';
import { createProviderBreaker, type BreakerSnapshot, type BreakerTransition, type ProviderBreaker } from './provider-breaker.js';
import { ProviderUnavailableError } from './provider-unavailable-error.js';

export type { BreakerState } from './breaker-store.js';
export type { BreakerSnapshot, BreakerTransition } from './provider-breaker.js';
export { isProviderUnavailable, ProviderUnavailableError, type UnavailableReason } from './provider-unavailable-error.js';

interface GuardedProvider {
  readonly breaker: ProviderBreaker;
  readonly bulkhead: BulkheadPolicy;
  readonly timeout: TimeoutPolicy;
  readonly settings: ResilienceSettings;
  /** As read at guard time, to save only what changed. */
  readonly saved: string;
  inFlight: number;
}

/** health() reports failures instead of throwing them; this carries one through the breaker. */
class UnreachableHealth extends Error {
  constructor(readonly health: ProviderHealth) {
    super(health.detail ?? 'unreachable');
  }
}

export class ProviderResilience {
  private readonly providers = new Map<string, GuardedProvider>();
  private readonly listeners: ((transition: BreakerTransition) => void)[] = [];
  private readonly log: BreakerTransition[] = [];

  /**
   * stateDir: where breaker states persist (STATE_DIR/breakers/); undefined keeps them in
   * memory for this run. now: the clock of breaker timing and transition times.
   */
  constructor(
    private readonly stateDir: string | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** The instance with every handler method and health() guarded; close() is left as is. */
  guard(name: string, instance: ProviderInstance, settings: ResilienceSettings): ProviderInstance {
    const restored = this.stateDir === undefined ? undefined : readBreakerRecord(this.stateDir, name);
    const breaker = createProviderBreaker(name, settings.breaker, this.now, restored, (transition) => {
      this.log.push(transition);
      for (const listener of this.listeners) listener(transition);
    });
    const guarded: GuardedProvider = {
      breaker,
      bulkhead: bulkhead(settings.maxConcurrency, Number.POSITIVE_INFINITY),
      // Aggressive: a call that ignores the signal is still given up on at the deadline.
      timeout: timeout(settings.timeoutMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false }),
      settings,
      saved: JSON.stringify(restored ?? breaker.record()),
      inFlight: 0,
    };
    this.providers.set(name, guarded);
    const run = <T>(what: string, call: () => Promise<T>, timing: Timing = 'whole-call'): Promise<T> => this.run(name, guarded, what, call, timing);

    const handlers: Partial<Record<string, KindHandler>> = {};
    for (const [kind, handler] of Object.entries(instance.handlers)) {
      const remote = handler.gitRemote?.bind(handler);
      handlers[kind] = {
        ...handler,
        ...(remote ? { gitRemote: (id: string) => run(`reading the git remote of ${kind} ${id}`, () => remote(id)) } : {}),
        // A list is as long as the provider's collection: its requests are timed one by one.
        list: (scope?: ListScope) => run(`listing ${kind}`, () => handler.list(scope), 'per-request'),
        read: (id) => run(`reading ${kind} ${id}`, () => handler.read(id)),
        create: (spec) => run(`creating a ${kind}`, () => handler.create(spec)),
        update: (id, spec, changes) => run(`updating ${kind} ${id}`, () => handler.update(id, spec, changes)),
        delete: (id) => run(`deleting ${kind} ${id}`, () => handler.delete(id)),
      };
    }
    const health = async (): Promise<ProviderHealth> => {
      try {
        return await run('checking health', async () => {
          const answer = await instance.health();
          if (!answer.reachable) throw new UnreachableHealth(answer);
          return answer;
        });
      } catch (error) {
        if (error instanceof UnreachableHealth) return error.health;
        if (error instanceof ProviderUnavailableError) return error.cause instanceof UnreachableHealth ? error.cause.health : { reachable: false, detail: error.message };
        throw error;
      }
    };
    return { handlers, health, close: () => instance.close() };
  }

  /**
   * 'open' while calls fail at once; 'half-open' once half_open_after has passed (the next
   * call probes) or while a probe runs; 'closed' for an instance not guarded.
   */
  breakerState(name: string): BreakerState {
    return this.providers.get(name)?.breaker.snapshot().state ?? 'closed';
  }

  /** The breaker with its counts and times; undefined for an instance not guarded. */
  breakerSnapshot(name: string): BreakerSnapshot | undefined {
    return this.providers.get(name)?.breaker.snapshot();
  }

  /** Calls currently executing on that instance (not those waiting for a place). */
  inFlight(name: string): number {
    return this.providers.get(name)?.inFlight ?? 0;
  }

  onTransition(listener: (transition: BreakerTransition) => void): void {
    this.listeners.push(listener);
  }

  transitions(): readonly BreakerTransition[] {
    return [...this.log];
  }

  /** Writes the breakers that changed during the run; nothing without a state folder. */
  async save(): Promise<void> {
    const { stateDir } = this;
    if (stateDir === undefined) return;
    await Promise.all(
      [...this.providers].map(async ([name, guarded]) => {
        const record: BreakerRecord = guarded.breaker.record();
        if (JSON.stringify(record) === guarded.saved) return;
        await writeBreakerRecord(stateDir, name, record);
      }),
    );
  }

  private async run<T>(name: string, guarded: GuardedProvider, what: string, call: () => Promise<T>, timing: Timing): Promise<T> {
    try {
      return await guarded.bulkhead.execute(() => guarded.breaker.policy.execute(() => this.attempt(name, guarded, what, call, timing)));
    } catch (error) {
      // instanceof, not cockatiel 3.2.1's isIsolatedCircuitError / isTaskCancelledError, which
      // test for the bulkhead's marker by mistake.
      if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) throw this.circuitOpen(name, guarded, what, error);
      throw error;
    }
  }

  /** One call under the timeout, in a call scope the provider fetch reports answers to. */
  private async attempt<T>(name: string, guarded: GuardedProvider, what: string, call: () => Promise<T>, timing: Timing): Promise<T> {
    let scope: CallScope | undefined;
    guarded.inFlight += 1;
    try {
      if (timing === 'per-request') {
        scope = { signal: undefined, last: undefined, writes: emptyWriteTrace(), requestTimeoutMs: guarded.settings.timeoutMs };
        return await runInCallScope(scope, call);
      }
      return await guarded.timeout.execute(({ signal }) => {
        scope = { signal, last: undefined, writes: emptyWriteTrace() };
        return runInCallScope(scope, call);
      });
    } catch (error) {
      const writes = scope?.writes;
      if (error instanceof TaskCancelledError) {
        const limit = formatSeconds(guarded.settings.timeoutMs);
        // A plugin that sends nothing through mosaic's fetch cannot say what it did: assume the worst.
        const unknown = writes === undefined || writes.requests === 0;
        throw new ProviderUnavailableError(name, 'timeout', `provider "${name}", ${what}: no answer within ${limit} (resilience.timeout)`, {
          detail: `timed out after ${limit}`,
          cause: error,
          mayHaveWritten: unknown || mayHaveWritten(writes),
        });
      }
      const unavailable = classifyFailure(error, scope?.last);
      if (unavailable === undefined) throw error;
      const message = error instanceof Error ? error.message : String(error);
      const hint = (error as { hint?: unknown }).hint;
      throw new ProviderUnavailableError(name, unavailable.reason, message.includes(`"${name}"`) ? message : `provider "${name}", ${what}: ${message}`, {
        detail: unavailable.detail,
        cause: error,
        mayHaveWritten: writes !== undefined && mayHaveWritten(writes),
        ...(typeof hint === 'string' ? { hint } : {}),
      });
    } finally {
      guarded.inFlight -= 1;
    }
  }

  private circuitOpen(name: string, guarded: GuardedProvider, what: string, cause: unknown): ProviderUnavailableError {
    const snapshot = guarded.breaker.snapshot();
    const since = snapshot.openedAt !== undefined && Number.isFinite(snapshot.openedAt) ? ` since ${new Date(snapshot.openedAt).toISOString()}` : '';
    const last = snapshot.lastFailure === undefined ? '' : ` (last failure: ${snapshot.lastFailure})`;
    const probe = snapshot.probeAt !== undefined && Number.isFinite(snapshot.probeAt) ? `; the next call after ${new Date(snapshot.probeAt).toISOString()} probes it` : '';
    return new ProviderUnavailableError(name, 'circuit-open', `provider "${name}", ${what}: not called, its circuit breaker is open${since}${last}${probe}`, {
      detail: 'circuit breaker open',
      cause,
    });
  }
}

/** A whole call under resilience.timeout, or (a list) each of its requests. */
type Timing = 'whole-call' | 'per-request';

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${String(ms / 1000)}s` : `${String(ms)}ms`;
}
