// Tells the user what was reconciled from a run that was killed mid-change.

export function printRecoveryNotes(notes: readonly string[]): void {
  if (notes.length === 0) return;
  process.stderr.write(`Reconciled ${String(notes.length)} change(s) left open by an interrupted run:\n${notes.map((n) => `  - ${n}`).join('\n')}\n\n`);
}
