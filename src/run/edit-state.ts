// Hand edits of a workspace's state (`state rm|mv|push`) and copying every workspace to the
// other backend (`state migrate`). Edits take the lock, write a new serial and leave an audit
// entry; they never touch a live object.
import { readFile } from 'node:fs/promises';
import { parseAddress } from '../addresses/address.js';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import { migrateState, type MigratedWorkspace } from '../state/migrate-state.js';
import { openStateBackend } from '../state/open-state-backend.js';
import { renameAddress } from '../state/rename-address.js';
import type { StateBackendKind } from '../state/state-backend.js';
import { decodeStateFile, encodeStateFile } from '../state/state-file.js';
import type { State, StateResource } from '../state/state.js';
import { lockTimeoutMs, type BackendRun, type Run } from './open-run.js';

export interface StateEdit {
  /** The state serial the edit wrote. */
  readonly serial: number;
}

export function removeFromState(run: Run, addresses: readonly string[], lockTimeout: string | undefined): Promise<StateEdit> {
  return editState(run, 'mosaic state rm', lockTimeout, async (current) => {
    const resources = { ...current };
    for (const address of addresses) {
      const entry = resources[address];
      if (!entry) throw notInState(address);
      delete resources[address];
      await run.audit.append({ principal: run.principal, command: 'state rm', action: 'state-rm', address, provider: entry.provider, outcome: 'succeeded' });
    }
    return resources;
  });
}

export function moveInState(run: Run, from: string, to: string, lockTimeout: string | undefined): Promise<StateEdit> {
  return editState(run, 'mosaic state mv', lockTimeout, async (resources) => {
    const entry = resources[from];
    if (!entry) throw notInState(from);
    const target = parseAddress(to);
    if (!target) throw new DiagnosticError([errorDiagnostic('cli.bad-address', `"${to}" is not a resource address`, { hint: 'Addresses are KIND.NAME, e.g. repository.api.' })]);
    if (target.kind !== entry.kind) throw new DiagnosticError([errorDiagnostic('state.kind-mismatch', `cannot move a ${entry.kind} to ${to}`, { hint: `The new address must also be a ${entry.kind}.` })]);
    if (resources[to]) throw new DiagnosticError([errorDiagnostic('state.address-taken', `${to} is already in state`, { hint: `Remove it first with \`mosaic state rm ${to}\` if it is stale.` })]);
    await run.audit.append({ principal: run.principal, command: 'state mv', action: 'state-mv', address: to, provider: entry.provider, outcome: 'succeeded', error: `moved from ${from}` });
    return renameAddress(resources, from, to);
  });
}

export type PushResult = { readonly status: 'unchanged'; readonly serial: number } | { readonly status: 'pushed'; readonly serial: number; readonly lineage: string };

/**
 * Replaces the state with a state file (read at `file.path`, named `file.name` in messages and
 * the audit trail); like Terraform, another lineage or an older serial needs force.
 */
export async function pushState(run: Run, file: { readonly path: string; readonly name: string }, options: { readonly force: boolean; readonly lockTimeout: string | undefined }): Promise<PushResult> {
  const pushed = await readPushedState(file.path, file.name);
  const lock = await run.lock('mosaic state push', options.lockTimeout);
  try {
    const current = await run.store.read();
    if (current.serial > 0 && encodeStateFile(current) === encodeStateFile(pushed)) return { status: 'unchanged', serial: current.serial };
    if (!options.force) refuseUnsafePush(current, pushed, file.name);
    const written = await run.store.replace(pushed);
    await run.audit.append({
      principal: run.principal,
      command: 'state push',
      action: 'state-push',
      address: '*',
      provider: '*',
      outcome: 'succeeded',
      error: `replaced serial ${String(current.serial)} with ${file.name} (serial ${String(pushed.serial)}, lineage ${pushed.lineage})`,
    });
    return { status: 'pushed', serial: written.serial, lineage: written.lineage };
  } finally {
    await lock.release();
  }
}

/** The state, or an earlier version of it, as a state file. */
export async function pullState(run: Run, serial: number | undefined): Promise<string> {
  const state = serial === undefined ? await run.store.read() : await run.history.read(serial);
  if (state.serial === 0) {
    throw new DiagnosticError([errorDiagnostic('state.empty', `the state of workspace "${run.workspace.name}" is empty`, { hint: 'There is nothing to pull until an apply has written it.' })]);
  }
  return encodeStateFile(state);
}

export interface Migration {
  readonly from: string;
  readonly to: string;
  readonly workspaces: readonly MigratedWorkspace[];
}

/** Copies every workspace (state, history, audit trail) from the config's backend to `to`. */
export async function migrateBackend(run: BackendRun, to: StateBackendKind, lockTimeout: string | undefined): Promise<Migration> {
  const from = run.config.state.backend;
  if (to === from) {
    throw new DiagnosticError([
      errorDiagnostic('state.migrate-same-backend', `the config already uses the ${from} backend`, {
        hint: `\`state migrate --to BACKEND\` copies from the backend state.backend names to the other one: --to ${from === 'local' ? 'postgres' : 'local'}.`,
      }),
    ]);
  }
  const target = openStateBackend(run.config.state, to);
  try {
    const workspaces = await migrateState(run.backend, target, { lock: { command: 'mosaic state migrate', principal: run.principal }, lockTimeoutMs: lockTimeoutMs(lockTimeout) });
    return { from: run.backend.description, to: target.description, workspaces };
  } finally {
    await target.close();
  }
}

async function readPushedState(path: string, file: string): Promise<State> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new DiagnosticError([errorDiagnostic('cli.file-not-found', `cannot read ${file}`, { hint: 'Give the path of a state file, e.g. one written by `mosaic state pull > FILE`.' })]);
  }
  const decoded = decodeStateFile(text, file);
  if (decoded.value === undefined) throw new DiagnosticError(decoded.diagnostics);
  return decoded.value;
}

function refuseUnsafePush(current: State, pushed: State, file: string): void {
  const refuse = (code: string, summary: string) => new DiagnosticError([errorDiagnostic(code, summary, { hint: 'Check that you push the right file to the right workspace; pass --force to replace the state anyway (the current version stays in history).' })]);
  if (current.serial === 0) return;
  if (pushed.lineage !== current.lineage) throw refuse('state.lineage-mismatch', `${file} is a state of another lineage (${pushed.lineage}, the workspace's is ${current.lineage})`);
  if (pushed.serial < current.serial) throw refuse('state.older-serial', `${file} has serial ${String(pushed.serial)}, older than the current serial ${String(current.serial)}`);
  if (pushed.serial === current.serial) throw refuse('state.same-serial', `${file} has the current serial ${String(current.serial)} but differs from the current state`);
}

async function editState(run: Run, command: string, lockTimeout: string | undefined, edit: (resources: Readonly<Record<string, StateResource>>) => Promise<Record<string, StateResource>>): Promise<StateEdit> {
  const lock = await run.lock(command, lockTimeout);
  try {
    const state = await run.store.read();
    const resources = await edit(state.resources);
    const written = await run.store.write({ ...state, resources });
    return { serial: written.serial };
  } finally {
    await lock.release();
  }
}

export function notInState(address: string): DiagnosticError {
  return new DiagnosticError([errorDiagnostic('state.not-found', `${address} is not in state`, { hint: 'Run `mosaic state list` to see the addresses in state.' })]);
}
