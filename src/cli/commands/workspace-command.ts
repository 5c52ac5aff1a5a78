// mosaic workspace list|show|new|select|delete: the separate states of one config. The
// selection is kept in the local state folder; MOSAIC_WORKSPACE and --workspace override it.
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { writeSelectedWorkspace } from '../../state/selected-workspace.js';
import { DEFAULT_WORKSPACE, checkWorkspaceName, workspaceNotFound } from '../../state/workspace-name.js';
import { lockTimeoutMs, openBackendRun, type BackendRun } from '../open-run.js';
import { print, printJson } from '../print.js';

interface Flags {
  readonly config: string;
}

export async function runWorkspaceList(flags: Flags & { readonly json?: boolean }): Promise<number> {
  const run = await openBackendRun({ config: flags.config });
  const names = await run.backend.listWorkspaces();
  const current = run.workspace.name;
  if (flags.json) printJson({ current, workspaces: names });
  else print(names.map((name) => `${name === current ? '*' : ' '} ${name}`).join('\n'));
  return 0;
}

export async function runWorkspaceShow(flags: Flags): Promise<number> {
  const run = await openBackendRun({ config: flags.config });
  print(run.workspace.name);
  return 0;
}

export async function runWorkspaceNew(name: string, flags: Flags): Promise<number> {
  requireWorkspaceName(name);
  const run = await openBackendRun({ config: flags.config });
  await run.backend.createWorkspace(name);
  await writeSelectedWorkspace(run.config.state.path, name);
  print(`Created workspace "${name}" in ${run.backend.description} and selected it.${overriddenNote(run)}`);
  return 0;
}

export async function runWorkspaceSelect(name: string, flags: Flags): Promise<number> {
  requireWorkspaceName(name);
  const run = await openBackendRun({ config: flags.config });
  if (!(await run.backend.hasWorkspace(name))) throw new DiagnosticError([workspaceNotFound(name, await run.backend.listWorkspaces())]);
  await writeSelectedWorkspace(run.config.state.path, name);
  print(`Selected workspace "${name}".${overriddenNote(run)}`);
  return 0;
}

export async function runWorkspaceDelete(name: string, flags: Flags & { readonly force?: boolean; readonly lockTimeout?: string; readonly as?: string }): Promise<number> {
  requireWorkspaceName(name);
  const run = await openBackendRun({ config: flags.config, ...(flags.as ? { as: flags.as } : {}) });
  if (name === DEFAULT_WORKSPACE) throw refuse('state.workspace-default', 'the default workspace cannot be deleted', 'It always exists; `mosaic destroy` empties it.');
  if (name === run.workspace.name) {
    throw refuse('state.workspace-current', `workspace "${name}" is the current one`, `Select another one first: \`mosaic workspace select ${DEFAULT_WORKSPACE}\`.`);
  }
  const workspace = await run.backend.openWorkspace(name, { principal: run.principal, command: 'mosaic workspace delete' });
  const lock = await workspace.store.lock({ command: 'mosaic workspace delete', principal: run.principal }, lockTimeoutMs(flags.lockTimeout));
  try {
    const managed = Object.keys((await workspace.store.read()).resources).length;
    if (managed > 0 && flags.force !== true) {
      throw refuse(
        'state.workspace-not-empty',
        `workspace "${name}" still manages ${String(managed)} resource(s)`,
        `Destroy them first (\`mosaic destroy --workspace ${name}\`), or pass --force to delete the workspace and leave them unmanaged.`,
      );
    }
    await run.backend.deleteWorkspace(name);
  } finally {
    await lock.release();
  }
  print(`Deleted workspace "${name}": its state, history, journal and audit trail.`);
  return 0;
}

function requireWorkspaceName(name: string): void {
  const problem = checkWorkspaceName(name);
  if (problem !== undefined) throw new DiagnosticError([problem]);
}

function overriddenNote(run: BackendRun): string {
  return run.workspace.source === 'environment' ? ` MOSAIC_WORKSPACE (${run.workspace.name}) still chooses the workspace while it is set.` : '';
}

function refuse(code: string, summary: string, hint: string): DiagnosticError {
  return new DiagnosticError([errorDiagnostic(code, summary, { hint })]);
}
