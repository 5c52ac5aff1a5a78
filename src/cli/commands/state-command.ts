// mosaic state list|show|rm|mv: read and hand-edit the state. Edits take the lock, write a
// new serial and leave an audit entry; they never touch a live object.
import { parseAddress } from '../../addresses/address.js';
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { renameAddress } from '../../state/rename-address.js';
import type { StateResource } from '../../state/state.js';
import { openRun, type Run } from '../open-run.js';
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
