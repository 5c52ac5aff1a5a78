// Counts what spreading strategies weigh: resources each rule placed on each provider, and
// resources each provider manages — from state, plus what this router placed in its batch.
import type { State } from '../state/state.js';

export interface PlacementTally {
  /** Resources `rule` placed on `provider`: recorded in state plus placed in this batch. */
  placedByRule(rule: string, provider: string): number;
  /** Resources of any kind on `provider`: in state plus placed in this batch. */
  managedBy(provider: string): number;
  /** Counts one fresh placement of this batch. */
  record(rule: string | undefined, provider: string): void;
}

export function createPlacementTally(state: State): PlacementTally {
  const byRule = new Map<string, Map<string, number>>();
  const managed = new Map<string, number>();
  const add = (rule: string | undefined, provider: string): void => {
    managed.set(provider, (managed.get(provider) ?? 0) + 1);
    if (rule === undefined) return;
    let counts = byRule.get(rule);
    if (!counts) byRule.set(rule, (counts = new Map<string, number>()));
    counts.set(provider, (counts.get(provider) ?? 0) + 1);
  };
  for (const entry of Object.values(state.resources)) add(entry.placement?.rule, entry.provider);
  return {
    placedByRule: (rule, provider) => byRule.get(rule)?.get(provider) ?? 0,
    managedBy: (provider) => managed.get(provider) ?? 0,
    record: add,
  };
}
