// The diagnostic of a run that finds the state locked, alike for every backend: who holds
// the lock, since when, for which command, and what to do.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LockHolder } from './state.js';

export interface LockedState {
  /** The holder, or a phrase saying why it is not known (e.g. "lock file X cannot be read"). */
  readonly holder: LockHolder | string;
  readonly timeoutMs: number;
  /** A sentence on what to do when the holder is gone. */
  readonly ifGone: string;
}

export function describeLockedState(locked: LockedState): Diagnostic {
  const summary = typeof locked.holder === 'string' ? `state is locked: ${locked.holder}` : `state is locked by ${describeLockHolder(locked.holder)}`;
  const waited = locked.timeoutMs > 0 ? `Waited ${formatWait(locked.timeoutMs)} for it to be released. ` : '';
  return errorDiagnostic('state.locked', summary, {
    hint: `${waited}Wait for that run to finish, or pass --lock-timeout 60s to wait for it. ${locked.ifGone}`,
  });
}

/** "pid 12 on host ci-3 since 2026-01-01T10:00:00Z (mosaic apply, alice)" */
export function describeLockHolder(holder: LockHolder): string {
  return `pid ${String(holder.pid)} on host ${holder.host} since ${holder.since.replace(/\.\d+Z$/, 'Z')} (${holder.command}, ${holder.principal})`;
}

function formatWait(ms: number): string {
  return ms < 1000 ? `${String(ms)}ms` : `${String(Math.round(ms / 100) / 10)}s`;
}
