// mosaic audit log|verify: print the audit trail, and check its hash chain.
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { withRun } from '../../run/open-run.js';
import type { Terminal } from '../terminal.js';

export async function runAuditLog(terminal: Terminal, flags: { config: string; address?: string; json?: boolean; workspace?: string }): Promise<number> {
  const entries = (await withRun(terminal.runRequest(flags), (run) => run.audit.read())).filter((e) => !flags.address || e.address === flags.address);
  if (flags.json) terminal.print(entries.map((e) => JSON.stringify(e)).join('\n'));
  else if (entries.length === 0) terminal.print('The audit trail is empty.');
  else {
    terminal.print(
      entries
        .map((e) => `${e.time}  ${e.principal}  ${e.command}  ${e.action} ${e.address} (${e.provider})  ${e.outcome}${e.error ? `: ${e.error}` : ''}`)
        .join('\n'),
    );
  }
  return 0;
}

export async function runAuditVerify(terminal: Terminal, flags: { config: string; workspace?: string }): Promise<number> {
  const { location, result } = await withRun(terminal.runRequest(flags), async (run) => ({ location: run.audit.location, result: await run.audit.verify() }));
  if (!result.ok) {
    throw new DiagnosticError([
      errorDiagnostic('audit.tampered', `audit trail ${location} fails verification: ${result.problem?.reason ?? 'unknown problem'}`, {
        hint: 'Entries after this point cannot be trusted. Restore the file from a backup, and find out who changed it.',
      }),
    ]);
  }
  terminal.print(`The audit trail is intact: ${String(result.count)} entries, hash chain verified.`);
  return 0;
}
