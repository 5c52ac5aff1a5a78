// State: in memory, which live object each resource address is and what mosaic last
// applied to it. The on-disk form is StateFileV1 (src/generated/state.ts).
import type { StateResourceV1 } from '../generated/state.js';

export type StateResource = StateResourceV1;

export interface State {
  /** Empty until the state is first written. */
  readonly lineage: string;
  /** 0 until the state is first written; grows by one with every write. */
  readonly serial: number;
  readonly resources: Readonly<Record<string, StateResource>>;
}

export function emptyState(): State {
  return { lineage: '', serial: 0, resources: {} };
}

/** Who holds a state lock, as shown to a run that finds it taken. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO time the lock was taken. */
  readonly since: string;
  readonly command: string;
  readonly principal: string;
}

export interface StateLock {
  release(): Promise<void>;
}

/** What a lock request says of the run that asks: shown to others while it holds the lock. */
export type LockRequest = Omit<LockHolder, 'pid' | 'host' | 'since'>;

/** Told once, when the lock is taken and the run starts to wait for it: who holds it, when known. */
export type LockWaitListener = (holder: LockHolder | undefined) => void;

export interface StateStore {
  /** The current state; emptyState() when none was ever written. */
  read(): Promise<State>;
  /**
   * Writes `state` atomically (a reader never sees a torn file) with serial one above the
   * stored one and the stored lineage (a new one on the first write); returns what was written.
   */
  write(state: State): Promise<State>;
  /**
   * Takes the lock, waiting up to `timeoutMs` (0: not at all), or fails with a `state.locked`
   * diagnostic naming the holder. Versions written while it is held are attributed to `request`.
   */
  lock(request: LockRequest, timeoutMs: number, onWait?: LockWaitListener): Promise<StateLock>;
}
