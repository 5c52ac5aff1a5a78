// Lines about the run itself rather than its result: what was reconciled of a run that was
// killed mid-change, and circuit breakers that changed state.
import type { RecoveryNote } from '../../plan/recover-interrupted.js';
import type { BreakerTransition } from '../../transport/provider-resilience.js';

/** Empty when nothing was reconciled. */
export function renderRecoveryNotes(notes: readonly RecoveryNote[]): string {
  if (notes.length === 0) return '';
  return `Reconciled ${String(notes.length)} change(s) left open by an interrupted run:\n${notes.map((n) => `  - ${n.address}: ${n.text}`).join('\n')}\n\n`;
}

export function renderBreakerWarning(t: BreakerTransition): string {
  return `warning: circuit breaker of ${t.provider}: ${t.from} → ${t.to} (${t.reason})`;
}

export function renderBreakerTransition(t: BreakerTransition): string {
  return `circuit breaker of ${t.provider}: ${t.from} → ${t.to} (${t.reason})`;
}
