// adaptive: Thompson sampling over the adaptive model — one draw of each candidate's cost
// (milliseconds per successful call) from its posterior, lowest wins. The draws come from a
// random source seeded by the resource address and the history, so a decision is repeatable.
import type { AdaptiveModel } from '../adaptive-model.js';
import { createSeededRandom, hashText, mixSeeds } from '../seeded-random.js';
import { candidateAt, lowestScore, type Strategy } from './strategy.js';

/** The history's part of every adaptive seed: its length and the time of its last observation. */
export function seedOfHistory(length: number, lastTime: string | undefined): number {
  return mixSeeds(hashText(lastTime ?? ''), length);
}

export function seedOfDecision(address: string, historySeed: number): number {
  return mixSeeds(hashText(address), historySeed);
}

export function createAdaptive(modelOf: () => AdaptiveModel, historySeed: number): Strategy {
  // One source, reseeded per decision: a decision's draws depend on its seed alone.
  const random = createSeededRandom(historySeed);
  const describeArm = (provider: string, kind: string): string => {
    const e = modelOf().estimate(provider, kind);
    if (e.weight === 0) return 'no observations yet (prior only)';
    return `success ~${String(Math.round(e.successRate * 1000) / 10)}%, latency ~${String(Math.round(e.latencyMs))} ms ±${String(Math.round(e.latencySpread * 100))}%, ${String(Math.round(e.weight * 10) / 10)} observations (discounted)`;
  };
  return {
    skipsUnhealthy: true,
    scoring: 'sampled milliseconds per successful call (lowest wins)',
    choose(input, scores) {
      const model = modelOf();
      random.reseed(seedOfDecision(input.address, historySeed));
      for (let i = 0; i < input.candidates.length; i++) scores[i] = model.sampleCost(candidateAt(input, i), input.kind, random);
      return lowestScore(scores, input.candidates.length);
    },
    explainChoice(input, chosen, scores) {
      const provider = candidateAt(input, chosen);
      const e = modelOf().estimate(provider, input.kind);
      const known = e.weight === 0 ? 'no observations yet' : `success ~${String(Math.round(e.successRate * 100))}%, latency ~${String(Math.round(e.latencyMs))} ms`;
      return `${provider} drew the lowest cost, ${String(Math.round(scores[chosen] ?? 0))} ms per successful call (${known})`;
    },
    describe: (input, index, scores) => `drew ${String(Math.round(scores[index] ?? 0))} ms per successful call; ${describeArm(candidateAt(input, index), input.kind)}`,
  };
}
