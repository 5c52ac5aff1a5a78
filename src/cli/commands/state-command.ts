// mosaic state list|show|rm|mv|history|pull|push|migrate: read and hand-edit the state of a
// workspace, its versions, and move it between backends.
import { resolve } from 'node:path';
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { migrateBackend, moveInState, notInState, pullState, pushState, removeFromState } from '../../run/edit-state.js';
import { withBackendRun, withRun } from '../../run/open-run.js';
import type { StateBackendKind } from '../../state/state-backend.js';
import type { StateResource } from '../../state/state.js';
import type { Terminal } from '../terminal.js';

interface ReadFlags {
  readonly config: string;
  readonly workspace?: string;
  readonly json?: boolean;
}
interface EditFlags {
  readonly config: string;
  readonly workspace?: string;
  readonly lockTimeout?: string;
  readonly as?: string;
}

export async function runStateList(terminal: Terminal, flags: ReadFlags): Promise<number> {
  const state = await withRun(terminal.runRequest(flags), (run) => run.store.read());
  const rows = Object.entries(state.resources).sort(([a], [b]) => (a < b ? -1 : 1));
  if (flags.json) terminal.printJson(rows.map(([address, r]) => ({ address, provider: r.provider, id: r.id })));
  else if (rows.length === 0) terminal.print('The state is empty.');
  else terminal.print(rows.map(([address, r]) => `${address}  (${r.provider}, id ${r.id})`).join('\n'));
  return 0;
}

export async function runStateShow(terminal: Terminal, address: string, flags: ReadFlags): Promise<number> {
  const entry = (await withRun(terminal.runRequest(flags), (run) => run.store.read())).resources[address];
  if (!entry) throw notInState(address);
  if (flags.json) terminal.printJson({ address, ...entry });
  else terminal.print(renderEntry(address, entry));
  return 0;
}

export async function runStateRm(terminal: Terminal, addresses: string[], flags: EditFlags): Promise<number> {
  const edit = await withRun(terminal.runRequest(flags), (run) => removeFromState(run, addresses, flags.lockTimeout));
  terminal.print(`Removed ${addresses.join(', ')} from state. The live object${addresses.length > 1 ? 's were' : ' was'} left alone. (state serial ${String(edit.serial)})`);
  return 0;
}

export async function runStateMv(terminal: Terminal, from: string, to: string, flags: EditFlags): Promise<number> {
  const edit = await withRun(terminal.runRequest(flags), (run) => moveInState(run, from, to, flags.lockTimeout));
  terminal.print(`Moved ${from} to ${to}; references to it follow. (state serial ${String(edit.serial)})`);
  return 0;
}

export async function runStateHistory(terminal: Terminal, flags: ReadFlags): Promise<number> {
  const { versions, workspace } = await withRun(terminal.runRequest(flags), async (run) => ({ versions: (await run.history.list()).reverse(), workspace: run.workspace.name }));
  if (flags.json) terminal.printJson(versions);
  else if (versions.length === 0) terminal.print(`The state of workspace "${workspace}" has no history yet.`);
  else {
    const rows = [['SERIAL', 'TIME', 'PRINCIPAL', 'COMMAND', 'RESOURCES', 'LINEAGE'], ...versions.map((v) => [String(v.serial), v.time, v.principal, v.command, String(v.resources), v.lineage.slice(0, 8)])];
    terminal.print(formatTable(rows));
  }
  return 0;
}

export async function runStatePull(terminal: Terminal, flags: { config: string; serial?: string; workspace?: string }): Promise<number> {
  const serial = flags.serial === undefined ? undefined : parseSerial(flags.serial);
  terminal.io.stdout.write(await withRun(terminal.runRequest(flags), (run) => pullState(run, serial)));
  return 0;
}

export async function runStatePush(terminal: Terminal, file: string, flags: EditFlags & { readonly force?: boolean }): Promise<number> {
  const { pushed, workspace } = await withRun(terminal.runRequest(flags), async (run) => ({
    pushed: await pushState(run, { path: resolve(terminal.io.cwd, file), name: file }, { force: flags.force === true, lockTimeout: flags.lockTimeout }),
    workspace: run.workspace.name,
  }));
  if (pushed.status === 'unchanged') terminal.print(`The state of workspace "${workspace}" already is ${file} (serial ${String(pushed.serial)}); nothing was written.`);
  else terminal.print(`Pushed ${file} to workspace "${workspace}" (state serial ${String(pushed.serial)}, lineage ${pushed.lineage}). The version before stays in \`mosaic state history\`.`);
  return 0;
}

export async function runStateMigrate(terminal: Terminal, flags: { config: string; to: StateBackendKind; lockTimeout?: string; as?: string }): Promise<number> {
  const migration = await withBackendRun(terminal.runRequest(flags), (run) => migrateBackend(run, flags.to, flags.lockTimeout));
  const lines = migration.workspaces.map(
    (w) => `  ${w.name}: serial ${String(w.serial)}, ${String(w.resources)} resources, ${String(w.versions)} versions, ${String(w.auditEntries)} audit entries (chain verified)`,
  );
  terminal.print([`Copied ${String(migration.workspaces.length)} workspace(s) from ${migration.from} to ${migration.to}:`, ...lines].join('\n'));
  const from = flags.to === 'local' ? 'postgres' : 'local';
  terminal.print(`Now set \`backend: ${flags.to}\` under state: in the config. The ${from} copy was left as it was; remove it once runs use the ${flags.to} backend.`);
  return 0;
}

function parseSerial(text: string): number {
  const serial = Number(text);
  if (!Number.isInteger(serial) || serial < 1) {
    throw new DiagnosticError([errorDiagnostic('cli.bad-serial', `--serial "${text}" is not a serial`, { hint: 'Serials are whole numbers from 1; `mosaic state history` lists them.' })]);
  }
  return serial;
}

function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')).join('\n');
}

function renderEntry(address: string, e: StateResource): string {
  const lines = [`# ${address}`, `provider    = ${e.provider}`, `id          = ${e.id}`, `natural_key = ${e.natural_key}`];
  if (e.depends_on.length) lines.push(`depends_on  = ${e.depends_on.join(', ')}`);
  if (e.prevent_destroy) lines.push('prevent_destroy = true');
  lines.push(`created_at  = ${e.created_at}`, `updated_at  = ${e.updated_at}`, 'spec:');
  for (const [k, v] of Object.entries(e.spec).sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`  ${k} = ${JSON.stringify(v)}`);
  return lines.join('\n');
}
