// least-connections: the fewest calls in flight now, then the fewest resources of any kind on
// the provider (state plus this batch), then `to` order. At plan time nothing is in flight,
// so it spreads by managed resources.
import type { ProviderCondition } from '../routing-inputs.js';
import type { PlacementTally } from '../placement-tally.js';
import { candidateAt, type Strategy } from './strategy.js';

export function createLeastConnections(tally: PlacementTally, conditionOf: (provider: string) => ProviderCondition): Strategy {
  return {
    skipsUnhealthy: false,
    scoring: 'resources it manages, after calls in flight (fewest wins)',
    choose(input, scores) {
      let best = 0;
      let bestInFlight = Infinity;
      for (let i = 0; i < input.candidates.length; i++) {
        const provider = candidateAt(input, i);
        const inFlight = conditionOf(provider).inFlight;
        const managed = tally.managedBy(provider);
        scores[i] = managed;
        if (inFlight < bestInFlight || (inFlight === bestInFlight && managed < (scores[best] ?? Infinity))) {
          best = i;
          bestInFlight = inFlight;
        }
      }
      return best;
    },
    explainChoice(input, chosen, scores) {
      const provider = candidateAt(input, chosen);
      return `${provider} has the fewest calls in flight (${String(conditionOf(provider).inFlight)}), then resources (${String(scores[chosen])})`;
    },
    describe: (input, index, scores) => `${String(conditionOf(candidateAt(input, index)).inFlight)} in flight, manages ${String(scores[index])}`,
  };
}
