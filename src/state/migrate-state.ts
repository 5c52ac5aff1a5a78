// Copies every workspace — state, history, audit trail, routing history — from one backend to
// another, unchanged. Each source workspace is locked and its audit chain verified before
// anything is written; the target must hold nothing of those workspaces; afterwards the target
// is read back: same state, same number of versions, an audit chain that verifies with the same
// entries. The source is left as it was.
import { verifyAuditLines } from '../audit/verify-audit-log.js';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import type { StateBackend, WorkspaceContent } from './state-backend.js';
import type { LockRequest, StateLock } from './state.js';
import { encodeStateFile } from './state-file.js';

export interface MigratedWorkspace {
  readonly name: string;
  readonly serial: number;
  readonly resources: number;
  readonly versions: number;
  readonly auditEntries: number;
}

export interface MigrationOptions {
  readonly lock: LockRequest;
  readonly lockTimeoutMs: number;
}

export async function migrateState(from: StateBackend, to: StateBackend, options: MigrationOptions): Promise<MigratedWorkspace[]> {
  const names = await from.listWorkspaces();
  const locks: StateLock[] = [];
  try {
    const contents = new Map<string, WorkspaceContent>();
    for (const name of names) {
      const workspace = await from.openWorkspace(name, options.lock);
      locks.push(await workspace.store.lock(options.lock, options.lockTimeoutMs));
      const content = await from.exportWorkspace(name);
      checkSource(name, content, from);
      contents.set(name, content);
    }
    const migrated: MigratedWorkspace[] = [];
    for (const [name, content] of contents) {
      await to.importWorkspace(name, content);
      migrated.push(await checkTarget(name, content, to));
    }
    return migrated;
  } finally {
    for (const lock of locks) await lock.release();
  }
}

function checkSource(name: string, content: WorkspaceContent, from: StateBackend): void {
  if (content.openIntents > 0) {
    throw new DiagnosticError([
      errorDiagnostic('state.migrate-interrupted', `workspace "${name}" holds ${String(content.openIntents)} intent(s) of an interrupted run`, {
        hint: `Run \`mosaic apply --workspace ${name}\` first, so that they are reconciled with the live objects; then migrate.`,
      }),
    ]);
  }
  const verified = verifyAuditLines(content.audit);
  if (!verified.ok) {
    throw new DiagnosticError([
      errorDiagnostic('audit.tampered', `the audit trail of workspace "${name}" in ${from.description} fails verification: ${verified.problem?.reason ?? 'unknown problem'}`, {
        hint: 'Nothing was copied. A trail that does not verify is not carried over: restore it from a backup first, and find out who changed it.',
      }),
    ]);
  }
}

async function checkTarget(name: string, content: WorkspaceContent, to: StateBackend): Promise<MigratedWorkspace> {
  const copied = await to.exportWorkspace(name);
  const problems: string[] = [];
  if (encodeStateFile(copied.state) !== encodeStateFile(content.state)) problems.push('its state differs');
  if (copied.history.length > content.history.length) problems.push('it holds more versions');
  const verified = verifyAuditLines(copied.audit);
  if (!verified.ok) problems.push(`its audit trail fails verification: ${verified.problem?.reason ?? 'unknown problem'}`);
  else if (copied.audit.join('\n') !== content.audit.join('\n')) problems.push('its audit trail differs');
  if (problems.length > 0) {
    throw new DiagnosticError([
      errorDiagnostic('state.migrate-mismatch', `workspace "${name}" in ${to.description} does not read back as it was copied: ${problems.join('; ')}`, {
        hint: 'The source was left unchanged. Delete the workspace in the target and migrate again; report this if it repeats.',
      }),
    ]);
  }
  return { name, serial: copied.state.serial, resources: Object.keys(copied.state.resources).length, versions: copied.history.length, auditEntries: verified.count };
}
