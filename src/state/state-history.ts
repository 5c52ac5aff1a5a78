// StateHistory: every version a workspace's state has had, as its backend keeps them.
import type { State } from './state.js';
import type { StateVersionSummary } from './state-version-record.js';

export interface StateHistory {
  /** Every version kept, oldest first. */
  list(): Promise<StateVersionSummary[]>;
  /** The state at `serial`; fails with `state.version-not-found` when history does not hold it. */
  read(serial: number): Promise<State>;
}
