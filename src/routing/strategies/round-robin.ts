// round-robin: the candidate this rule has placed the fewest resources on (state plus this
// batch), ties in `to` order — from nothing that is a, b, c, a, b, c; after a change of
// candidates it evens the counts out first.
import type { PlacementTally } from '../placement-tally.js';
import { candidateAt, lowestScore, type Strategy } from './strategy.js';

export function createRoundRobin(tally: PlacementTally): Strategy {
  return {
    skipsUnhealthy: false,
    scoring: 'resources this rule placed on it (fewest wins)',
    choose(input, scores) {
      for (let i = 0; i < input.candidates.length; i++) scores[i] = tally.placedByRule(input.rule.name, candidateAt(input, i));
      return lowestScore(scores, input.candidates.length);
    },
    explainChoice(input, chosen, scores) {
      let total = 0;
      for (let i = 0; i < input.candidates.length; i++) total += scores[i] ?? 0;
      return `${candidateAt(input, chosen)}'s turn, with ${String(scores[chosen])} of the ${String(total)} resources it placed`;
    },
    describe: (_input, index, scores) => `${String(scores[index])} placed by this rule`,
  };
}
