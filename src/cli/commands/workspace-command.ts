// mosaic workspace list|show|new|select|delete: the separate states of one config. The
// selection is kept in the local state folder; MOSAIC_WORKSPACE and --workspace override it.
import { createWorkspace, deleteWorkspace, selectWorkspace } from '../../run/manage-workspaces.js';
import { withBackendRun, type BackendRun } from '../../run/open-run.js';
import type { Terminal } from '../terminal.js';

interface Flags {
  readonly config: string;
}

export async function runWorkspaceList(terminal: Terminal, flags: Flags & { readonly json?: boolean }): Promise<number> {
  const { names, current } = await withBackendRun(terminal.runRequest(flags), async (run) => ({ names: await run.backend.listWorkspaces(), current: run.workspace.name }));
  if (flags.json) terminal.printJson({ current, workspaces: names });
  else terminal.print(names.map((name) => `${name === current ? '*' : ' '} ${name}`).join('\n'));
  return 0;
}

export async function runWorkspaceShow(terminal: Terminal, flags: Flags): Promise<number> {
  terminal.print(await withBackendRun(terminal.runRequest(flags), (run) => Promise.resolve(run.workspace.name)));
  return 0;
}

export async function runWorkspaceNew(terminal: Terminal, name: string, flags: Flags): Promise<number> {
  const message = await withBackendRun(terminal.runRequest(flags), async (run) => {
    await createWorkspace(run, name);
    return `Created workspace "${name}" in ${run.backend.description} and selected it.${overriddenNote(run)}`;
  });
  terminal.print(message);
  return 0;
}

export async function runWorkspaceSelect(terminal: Terminal, name: string, flags: Flags): Promise<number> {
  const note = await withBackendRun(terminal.runRequest(flags), async (run) => {
    await selectWorkspace(run, name);
    return overriddenNote(run);
  });
  terminal.print(`Selected workspace "${name}".${note}`);
  return 0;
}

export async function runWorkspaceDelete(terminal: Terminal, name: string, flags: Flags & { readonly force?: boolean; readonly lockTimeout?: string; readonly as?: string }): Promise<number> {
  await withBackendRun(terminal.runRequest(flags), (run) => deleteWorkspace(run, name, { force: flags.force === true, lockTimeout: flags.lockTimeout }));
  terminal.print(`Deleted workspace "${name}": its state, history, journal and audit trail.`);
  return 0;
}

function overriddenNote(run: BackendRun): string {
  return run.workspace.source === 'environment' ? ` MOSAIC_WORKSPACE (${run.workspace.name}) still chooses the workspace while it is set.` : '';
}
