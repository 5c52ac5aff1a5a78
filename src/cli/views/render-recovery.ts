// Tells the user what was reconciled from a run that was killed mid-change.

import type { RecoveryNote } from '../../plan/recover-interrupted.js';

export function printRecoveryNotes(notes: readonly RecoveryNote[]): void {
  if (notes.length === 0) return;
  process.stderr.write(`Reconciled ${String(notes.length)} change(s) left open by an interrupted run:\n${notes.map((n) => `  - ${n.address}: ${n.text}`).join('\n')}\n\n`);
}
