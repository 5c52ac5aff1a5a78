// mosaic state list|show|rm|mv|history|pull|push|migrate: read and hand-edit the state of a
// workspace, its versions, and move it between backends. Edits take the lock, write a new
// serial and leave an audit entry; they never touch a live object.
import { readFile } from 'node:fs/promises';
import { parseAddress } from '../../addresses/address.js';
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { migrateState } from '../../state/migrate-state.js';
import { openStateBackend } from '../../state/open-state-backend.js';
import { renameAddress } from '../../state/rename-address.js';
import type { StateBackendKind } from '../../state/state-backend.js';
import { decodeStateFile, encodeStateFile } from '../../state/state-file.js';
import type { State, StateResource } from '../../state/state.js';
import { lockTimeoutMs, openBackendRun, openRun, type Run } from '../open-run.js';
import { print, printJson } from '../print.js';

interface ReadFlags {
  readonly config: string;
  readonly json?: boolean;
}
interface EditFlags {
  readonly config: string;
  readonly lockTimeout?: string;
  readonly as?: string;
}

export async function runStateList(flags: ReadFlags): Promise<number> {
  const { store } = await openRun({ config: flags.config });
  const state = await store.read();
  const rows = Object.entries(state.resources).sort(([a], [b]) => (a < b ? -1 : 1));
  if (flags.json) printJson(rows.map(([address, r]) => ({ address, provider: r.provider, id: r.id })));
  else if (rows.length === 0) print('The state is empty.');
  else print(rows.map(([address, r]) => `${address}  (${r.provider}, id ${r.id})`).join('\n'));
  return 0;
}

export async function runStateShow(address: string, flags: ReadFlags): Promise<number> {
  const { store } = await openRun({ config: flags.config });
  const entry = (await store.read()).resources[address];
  if (!entry) throw notInState(address);
  if (flags.json) printJson({ address, ...entry });
  else print(renderEntry(address, entry));
  return 0;
}

export async function runStateRm(addresses: string[], flags: EditFlags): Promise<number> {
  return editState(flags, 'mosaic state rm', async (run, current) => {
    const resources = { ...current };
    for (const address of addresses) {
      const entry = resources[address];
      if (!entry) throw notInState(address);
      delete resources[address];
      await run.audit.append({ principal: run.principal, command: 'state rm', action: 'state-rm', address, provider: entry.provider, outcome: 'succeeded' });
    }
    return { resources, message: `Removed ${addresses.join(', ')} from state. The live object${addresses.length > 1 ? 's were' : ' was'} left alone.` };
  });
}

export async function runStateMv(from: string, to: string, flags: EditFlags): Promise<number> {
  return editState(flags, 'mosaic state mv', async (run, resources) => {
    const entry = resources[from];
    if (!entry) throw notInState(from);
    const target = parseAddress(to);
    if (!target) throw new DiagnosticError([errorDiagnostic('cli.bad-address', `"${to}" is not a resource address`, { hint: 'Addresses are KIND.NAME, e.g. repository.api.' })]);
    if (target.kind !== entry.kind) throw new DiagnosticError([errorDiagnostic('state.kind-mismatch', `cannot move a ${entry.kind} to ${to}`, { hint: `The new address must also be a ${entry.kind}.` })]);
    if (resources[to]) throw new DiagnosticError([errorDiagnostic('state.address-taken', `${to} is already in state`, { hint: `Remove it first with \`mosaic state rm ${to}\` if it is stale.` })]);
    await run.audit.append({ principal: run.principal, command: 'state mv', action: 'state-mv', address: to, provider: entry.provider, outcome: 'succeeded', error: `moved from ${from}` });
    return { resources: renameAddress(resources, from, to), message: `Moved ${from} to ${to}; references to it follow.` };
  });
}

export async function runStateHistory(flags: ReadFlags): Promise<number> {
  const run = await openRun({ config: flags.config });
  const versions = (await run.history.list()).reverse();
  if (flags.json) printJson(versions);
  else if (versions.length === 0) print(`The state of workspace "${run.workspace.name}" has no history yet.`);
  else {
    const rows = [['SERIAL', 'TIME', 'PRINCIPAL', 'COMMAND', 'RESOURCES', 'LINEAGE'], ...versions.map((v) => [String(v.serial), v.time, v.principal, v.command, String(v.resources), v.lineage.slice(0, 8)])];
    print(formatTable(rows));
  }
  return 0;
}

export async function runStatePull(flags: { config: string; serial?: string }): Promise<number> {
  const serial = flags.serial === undefined ? undefined : parseSerial(flags.serial);
  const run = await openRun({ config: flags.config });
  const state = serial === undefined ? await run.store.read() : await run.history.read(serial);
  if (state.serial === 0) {
    throw new DiagnosticError([errorDiagnostic('state.empty', `the state of workspace "${run.workspace.name}" is empty`, { hint: 'There is nothing to pull until an apply has written it.' })]);
  }
  process.stdout.write(encodeStateFile(state));
  return 0;
}

export async function runStatePush(file: string, flags: EditFlags & { readonly force?: boolean }): Promise<number> {
  const pushed = await readPushedState(file);
  const run = await openRun({ config: flags.config, ...(flags.as ? { as: flags.as } : {}) });
  const lock = await run.lock('mosaic state push', flags.lockTimeout);
  try {
    const current = await run.store.read();
    if (current.serial > 0 && encodeStateFile(current) === encodeStateFile(pushed)) {
      print(`The state of workspace "${run.workspace.name}" already is ${file} (serial ${String(current.serial)}); nothing was written.`);
      return 0;
    }
    if (flags.force !== true) refuseUnsafePush(current, pushed, file);
    const written = await run.store.replace(pushed);
    await run.audit.append({
      principal: run.principal,
      command: 'state push',
      action: 'state-push',
      address: '*',
      provider: '*',
      outcome: 'succeeded',
      error: `replaced serial ${String(current.serial)} with ${file} (serial ${String(pushed.serial)}, lineage ${pushed.lineage})`,
    });
    print(`Pushed ${file} to workspace "${run.workspace.name}" (state serial ${String(written.serial)}, lineage ${written.lineage}). The version before stays in \`mosaic state history\`.`);
    return 0;
  } finally {
    await lock.release();
  }
}

export async function runStateMigrate(flags: { config: string; to: StateBackendKind; lockTimeout?: string; as?: string }): Promise<number> {
  const run = await openBackendRun({ config: flags.config, ...(flags.as ? { as: flags.as } : {}) });
  const from = run.config.state.backend;
  if (flags.to === from) {
    throw new DiagnosticError([
      errorDiagnostic('state.migrate-same-backend', `the config already uses the ${from} backend`, {
        hint: `\`state migrate --to BACKEND\` copies from the backend state.backend names to the other one: --to ${from === 'local' ? 'postgres' : 'local'}.`,
      }),
    ]);
  }
  const target = openStateBackend(run.config.state, flags.to);
  try {
    const migrated = await migrateState(run.backend, target, { lock: { command: 'mosaic state migrate', principal: run.principal }, lockTimeoutMs: lockTimeoutMs(flags.lockTimeout) });
    const lines = migrated.map(
      (w) => `  ${w.name}: serial ${String(w.serial)}, ${String(w.resources)} resources, ${String(w.versions)} versions, ${String(w.auditEntries)} audit entries (chain verified)`,
    );
    print([`Copied ${String(migrated.length)} workspace(s) from ${run.backend.description} to ${target.description}:`, ...lines].join('\n'));
    print(`Now set \`backend: ${flags.to}\` under state: in the config. The ${from} copy was left as it was; remove it once runs use the ${flags.to} backend.`);
    return 0;
  } finally {
    await target.close();
    await run.backend.close();
  }
}

async function readPushedState(file: string): Promise<State> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new DiagnosticError([errorDiagnostic('cli.file-not-found', `cannot read ${file}`, { hint: 'Give the path of a state file, e.g. one written by `mosaic state pull > FILE`.' })]);
  }
  const decoded = decodeStateFile(text, file);
  if (decoded.value === undefined) throw new DiagnosticError(decoded.diagnostics);
  return decoded.value;
}

/** Like Terraform: another lineage, an older serial, or another state of the same serial needs --force. */
function refuseUnsafePush(current: State, pushed: State, file: string): void {
  const refuse = (code: string, summary: string) => new DiagnosticError([errorDiagnostic(code, summary, { hint: 'Check that you push the right file to the right workspace; pass --force to replace the state anyway (the current version stays in history).' })]);
  if (current.serial === 0) return;
  if (pushed.lineage !== current.lineage) throw refuse('state.lineage-mismatch', `${file} is a state of another lineage (${pushed.lineage}, the workspace's is ${current.lineage})`);
  if (pushed.serial < current.serial) throw refuse('state.older-serial', `${file} has serial ${String(pushed.serial)}, older than the current serial ${String(current.serial)}`);
  if (pushed.serial === current.serial) throw refuse('state.same-serial', `${file} has the current serial ${String(current.serial)} but differs from the current state`);
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

type StateEdit = (run: Run, resources: Readonly<Record<string, StateResource>>) => Promise<{ resources: Record<string, StateResource>; message: string }>;

async function editState(flags: EditFlags, command: string, edit: StateEdit): Promise<number> {
  const run = await openRun({ config: flags.config, ...(flags.as ? { as: flags.as } : {}) });
  const lock = await run.lock(command, flags.lockTimeout);
  try {
    const state = await run.store.read();
    const { resources, message } = await edit(run, state.resources);
    const written = await run.store.write({ ...state, resources });
    print(`${message} (state serial ${String(written.serial)})`);
    return 0;
  } finally {
    await lock.release();
  }
}

function notInState(address: string): DiagnosticError {
  return new DiagnosticError([errorDiagnostic('state.not-found', `${address} is not in state`, { hint: 'Run `mosaic state list` to see the addresses in state.' })]);
}

function renderEntry(address: string, e: StateResource): string {
  const lines = [`# ${address}`, `provider    = ${e.provider}`, `id          = ${e.id}`, `natural_key = ${e.natural_key}`];
  if (e.depends_on.length) lines.push(`depends_on  = ${e.depends_on.join(', ')}`);
  if (e.prevent_destroy) lines.push('prevent_destroy = true');
  lines.push(`created_at  = ${e.created_at}`, `updated_at  = ${e.updated_at}`, 'spec:');
  for (const [k, v] of Object.entries(e.spec).sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`  ${k} = ${JSON.stringify(v)}`);
  return lines.join('\n');
}
