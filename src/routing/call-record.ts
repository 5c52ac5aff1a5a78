// Per provider instance, what the recent calls in the routing history say: how many, how many
// failed, and their mean latency. The health-based strategy ranks candidates by it.
import type { RoutingObservation } from '../state/routing-history.js';

export interface CallRecord {
  readonly calls: number;
  readonly failures: number;
  /** Mean latency of every call, failed ones included. */
  readonly meanLatencyMs: number;
}

export function summarizeCalls(history: readonly RoutingObservation[]): ReadonlyMap<string, CallRecord> {
  const sums = new Map<string, { calls: number; failures: number; latency: number }>();
  for (const o of history) {
    let s = sums.get(o.provider);
    if (!s) sums.set(o.provider, (s = { calls: 0, failures: 0, latency: 0 }));
    s.calls++;
    if (o.outcome === 'failed') s.failures++;
    s.latency += o.latency_ms;
  }
  return new Map([...sums].map(([provider, s]) => [provider, { calls: s.calls, failures: s.failures, meanLatencyMs: s.latency / s.calls }]));
}

/** Failed share of the calls; 0 for a provider with no calls (untried is not unreliable). */
export function errorRate(record: CallRecord | undefined): number {
  return record && record.calls > 0 ? record.failures / record.calls : 0;
}
