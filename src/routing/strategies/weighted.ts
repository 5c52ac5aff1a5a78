// weighted: a deficit rule — the candidate furthest below its share (weight / sum of the
// eligible weights) of the resources this rule placed (state plus this batch) once this one is
// added; ties in `to` order. Deterministic, and every count stays within one of its share.
import type { RoutingRule } from '../../config/config.js';
import type { PlacementTally } from '../placement-tally.js';
import { candidateAt, lowestScore, type Strategy, type StrategyInput } from './strategy.js';

export function createWeighted(tally: PlacementTally): Strategy {
  const ratios = new Map<RoutingRule, string>();
  const ratioOf = (rule: RoutingRule): string => {
    let ratio = ratios.get(rule);
    if (ratio === undefined) ratios.set(rule, (ratio = rule.to.map((p) => String(rule.weights[p] ?? 1)).join(':')));
    return ratio;
  };
  const weightOf = (input: StrategyInput, i: number): number => input.rule.weights[candidateAt(input, i)] ?? 1;
  const totals = (input: StrategyInput) => {
    let weight = 0;
    let placed = 0;
    for (let i = 0; i < input.candidates.length; i++) {
      weight += weightOf(input, i);
      placed += tally.placedByRule(input.rule.name, candidateAt(input, i));
    }
    return { weight, placed };
  };
  const percent = (share: number): string => `${String(Math.round(share * 1000) / 10)}%`;
  return {
    skipsUnhealthy: false,
    scoring: 'placed minus its share of the placed after this one (lowest, the furthest below its share, wins)',
    choose(input, scores) {
      const { weight, placed } = totals(input);
      for (let i = 0; i < input.candidates.length; i++) {
        scores[i] = tally.placedByRule(input.rule.name, candidateAt(input, i)) - (weightOf(input, i) / weight) * (placed + 1);
      }
      return lowestScore(scores, input.candidates.length);
    },
    explainChoice(input, chosen, _scores) {
      const { weight, placed } = totals(input);
      const mine = tally.placedByRule(input.rule.name, candidateAt(input, chosen));
      return `${candidateAt(input, chosen)} has ${String(mine)} of ${String(placed)}, the furthest below its ${percent(weightOf(input, chosen) / weight)} share (weights ${ratioOf(input.rule)})`;
    },
    describe(input, index, _scores) {
      const { weight } = totals(input);
      return `weight ${String(weightOf(input, index))} (${percent(weightOf(input, index) / weight)}), ${String(tally.placedByRule(input.rule.name, candidateAt(input, index)))} placed by this rule`;
    },
  };
}
