// What changed between two versions' resources: the entries added or changed (compared by
// identity first — entries are immutable and most survive a write — then by their text) and
// the addresses removed.
import type { StateResource } from './state.js';
import { encodeStateEntry } from './state-version-record.js';

export interface StateResourcesDiff {
  readonly set: Readonly<Record<string, StateResource>>;
  /** Sorted. */
  readonly remove: readonly string[];
}

export function diffStateResources(before: Readonly<Record<string, StateResource>>, after: Readonly<Record<string, StateResource>>): StateResourcesDiff {
  const set: Record<string, StateResource> = {};
  let kept = 0;
  // for…in: no array of [key, value] pairs for states of thousands of entries, written after every change.
  for (const address in after) {
    const entry = after[address] as StateResource;
    const old = before[address];
    if (old !== undefined) kept++;
    if (old === entry) continue;
    if (old === undefined || encodeStateEntry(old) !== encodeStateEntry(entry)) set[address] = entry;
  }
  const remove: string[] = [];
  // Every entry before is still there (the usual write): nothing to look for.
  if (kept < Object.keys(before).length) for (const address in before) if (!(address in after)) remove.push(address);
  return { set, remove: remove.sort() };
}
