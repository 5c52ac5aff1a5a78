// Asking for approval before changing anything: only on a terminal, only "yes" approves.
import { createInterface } from 'node:readline/promises';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';

/** Fails before any work when approval is needed but cannot be asked for. */
export function requireApprovalPossible(command: string, autoApprove: boolean): void {
  if (autoApprove || process.stdin.isTTY) return;
  throw new DiagnosticError([
    errorDiagnostic('cli.needs-approval', `refusing to ${command} without approval: standard input is not a terminal`, {
      hint: `Pass --auto-approve to ${command} without asking, or save a plan with \`mosaic plan --out plan.json\`, review it, and run \`mosaic apply plan.json\`.`,
    }),
  ]);
}

export async function askApproval(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`${question}\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: `);
    return answer.trim() === 'yes';
  } finally {
    rl.close();
  }
}
