// mosaic audit log|verify: print the audit trail, and check its hash chain.
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { openRun } from '../open-run.js';
import { print } from '../print.js';

export async function runAuditLog(flags: { config: string; address?: string; json?: boolean }): Promise<number> {
  const run = await openRun({ config: flags.config });
  const entries = (await run.audit.read()).filter((e) => !flags.address || e.address === flags.address);
  if (flags.json) print(entries.map((e) => JSON.stringify(e)).join('\n'));
  else if (entries.length === 0) print('The audit trail is empty.');
  else {
    print(
      entries
        .map((e) => `${e.time}  ${e.principal}  ${e.command}  ${e.action} ${e.address} (${e.provider})  ${e.outcome}${e.error ? `: ${e.error}` : ''}`)
        .join('\n'),
    );
  }
  return 0;
}

export async function runAuditVerify(flags: { config: string }): Promise<number> {
  const run = await openRun({ config: flags.config });
  const path = run.audit.location;
  const result = await run.audit.verify();
  if (!result.ok) {
    throw new DiagnosticError([
      errorDiagnostic('audit.tampered', `audit trail ${path} fails verification: ${result.problem?.reason ?? 'unknown problem'}`, {
        hint: 'Entries after this point cannot be trusted. Restore the file from a backup, and find out who changed it.',
      }),
    ]);
  }
  print(`The audit trail is intact: ${String(result.count)} entries, hash chain verified.`);
  return 0;
}
