// `providers check` as a run: each provider instance of the config, started and guarded as a
// run does, asked for its health: reachable, authenticated, latency, rate limit, breaker.
import { performance } from 'node:perf_hooks';
import type { Config } from '../config/config.js';
import type { StartedProviders } from '../plugins/start-providers.js';
import type { Run } from './open-run.js';

export type BreakerStateName = 'closed' | 'open' | 'half-open';

/** One provider instance as checked. null: not known (not probed, or not reported). */
export interface ProviderCheck {
  readonly name: string;
  readonly type: string;
  readonly reachable: boolean | null;
  readonly authenticated: boolean | null;
  /** Around health(); null when not probed. */
  readonly latencyMs: number | null;
  readonly rateLimit: { readonly remaining: number; readonly limit: number; readonly resetAt?: string } | null;
  readonly breaker: {
    readonly state: BreakerStateName;
    readonly consecutiveFailures: number;
    readonly openedAt: string | null;
    readonly probeAt: string | null;
  };
  readonly detail: string | null;
}

export interface BreakerChange {
  readonly provider: string;
  readonly from: BreakerStateName;
  readonly to: BreakerStateName;
  readonly time: string;
  readonly reason: string;
}

/** Healthy: answered, the credential (if any) accepted, breaker not open. */
export function isHealthy(check: ProviderCheck): boolean {
  return check.reachable === true && check.authenticated !== false && check.breaker.state !== 'open';
}

export interface ProvidersReport {
  readonly checks: readonly ProviderCheck[];
  readonly transitions: readonly BreakerChange[];
}

export async function checkProviders(run: Run): Promise<ProvidersReport> {
  const { config } = run;
  const started = await run.startProviders(new Set(config.providers.keys()));
  let checks: ProviderCheck[];
  try {
    checks = await Promise.all([...config.providers.keys()].sort().map((name) => checkProvider(name, config, started)));
  } finally {
    // Saves what the probes taught the breakers, and the ETag caches.
    await started.close();
  }
  return { checks, transitions: started.resilience.transitions() };
}
async function checkProvider(name: string, config: Config, started: StartedProviders): Promise<ProviderCheck> {
  const instance = started.instances.get(name);
  const type = config.providers.get(name)?.type ?? 'unknown';
  const before = started.resilience.breakerSnapshot(name);
  // An open breaker that is not yet due for a probe is reported, not knocked on.
  const probe = before?.state !== 'open' || before.probeAt === undefined || before.probeAt <= Date.now();
  let health: Awaited<ReturnType<NonNullable<typeof instance>['health']>> | undefined;
  let latencyMs: number | null = null;
  if (instance && probe) {
    const startedAt = performance.now();
    health = await instance.health();
    latencyMs = Math.round(performance.now() - startedAt);
  }
  const breaker = started.resilience.breakerSnapshot(name);
  // The budget the API last reported, unless it refused the credential (that budget is not the token's).
  const rateLimit = health?.rateLimit ?? (health?.authenticated === false ? undefined : started.traffic.rateLimit(name)) ?? null;
  const iso = (ms: number | undefined): string | null => (ms === undefined || !Number.isFinite(ms) ? null : new Date(ms).toISOString());
  return {
    name,
    type,
    reachable: health?.reachable ?? null,
    authenticated: health?.authenticated ?? null,
    latencyMs,
    rateLimit,
    breaker: { state: breaker?.state ?? 'closed', consecutiveFailures: breaker?.consecutiveFailures ?? 0, openedAt: iso(breaker?.openedAt), probeAt: iso(breaker?.probeAt) },
    detail: health?.detail ?? (probe ? null : `not probed: the circuit breaker is open${breaker?.lastFailure === undefined ? '' : ` after ${breaker.lastFailure}`}`),
  };
}
