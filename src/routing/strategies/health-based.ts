// health-based: among healthy candidates whose breaker is not open, the lowest error rate in
// the recent routing history (per provider, every kind), then the lowest latency (the
// history's mean, else the last probe's), then `to` order. Untried means no errors; unknown
// latency ranks last.
import { errorRate, type CallRecord } from '../call-record.js';
import type { ProviderCondition } from '../routing-inputs.js';
import { candidateAt, type Strategy } from './strategy.js';

export function createHealthBased(recordOf: (provider: string) => CallRecord | undefined, conditionOf: (provider: string) => ProviderCondition): Strategy {
  const latencyOf = (provider: string): number => recordOf(provider)?.meanLatencyMs ?? conditionOf(provider).latencyMs ?? Infinity;
  const ms = (value: number): string => (Number.isFinite(value) ? `${String(Math.round(value))} ms` : 'latency unknown');
  const rate = (provider: string): string => {
    const record = recordOf(provider);
    return record ? `${String(Math.round(errorRate(record) * 1000) / 10)}% of ${String(record.calls)} calls failed` : 'no calls recorded';
  };
  return {
    skipsUnhealthy: true,
    scoring: 'error rate in the routing history, then latency (lowest wins)',
    choose(input, scores) {
      let best = 0;
      let bestLatency = Infinity;
      for (let i = 0; i < input.candidates.length; i++) {
        const provider = candidateAt(input, i);
        const rateNow = errorRate(recordOf(provider));
        const latency = latencyOf(provider);
        scores[i] = rateNow;
        const bestRate = scores[best] ?? Infinity;
        if (i === 0 || rateNow < bestRate || (rateNow === bestRate && latency < bestLatency)) {
          best = i;
          bestLatency = latency;
        }
      }
      return best;
    },
    explainChoice(input, chosen) {
      const provider = candidateAt(input, chosen);
      return `${provider} has the lowest error rate (${rate(provider)}), then latency (${ms(latencyOf(provider))})`;
    },
    describe: (input, index) => `${rate(candidateAt(input, index))}, ${ms(latencyOf(candidateAt(input, index)))}`,
  };
}
