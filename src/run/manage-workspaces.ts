// `workspace new|select|delete` as runs: the separate states of one config. The selection is
// kept in the local state folder; MOSAIC_WORKSPACE and --workspace override it.
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import { writeSelectedWorkspace } from '../state/selected-workspace.js';
import { DEFAULT_WORKSPACE, checkWorkspaceName, workspaceNotFound } from '../state/workspace-name.js';
import { lockTimeoutMs, type BackendRun } from './open-run.js';

export async function createWorkspace(run: BackendRun, name: string): Promise<void> {
  requireWorkspaceName(name);
  await run.backend.createWorkspace(name);
  await writeSelectedWorkspace(run.config.state.path, name);
}

export async function selectWorkspace(run: BackendRun, name: string): Promise<void> {
  requireWorkspaceName(name);
  if (!(await run.backend.hasWorkspace(name))) throw new DiagnosticError([workspaceNotFound(name, await run.backend.listWorkspaces())]);
  await writeSelectedWorkspace(run.config.state.path, name);
}

/** Deletes a workspace and everything it keeps; one that still manages resources only with force. */
export async function deleteWorkspace(run: BackendRun, name: string, options: { readonly force: boolean; readonly lockTimeout: string | undefined }): Promise<void> {
  requireWorkspaceName(name);
  if (name === DEFAULT_WORKSPACE) throw refuse('state.workspace-default', 'the default workspace cannot be deleted', 'It always exists; `mosaic destroy` empties it.');
  if (name === run.workspace.name) {
    throw refuse('state.workspace-current', `workspace "${name}" is the current one`, `Select another one first: \`mosaic workspace select ${DEFAULT_WORKSPACE}\`.`);
  }
  const workspace = await run.backend.openWorkspace(name, { principal: run.principal, command: 'mosaic workspace delete' });
  const lock = await workspace.store.lock({ command: 'mosaic workspace delete', principal: run.principal }, lockTimeoutMs(options.lockTimeout));
  try {
    const managed = Object.keys((await workspace.store.read()).resources).length;
    if (managed > 0 && !options.force) {
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
}

function requireWorkspaceName(name: string): void {
  const problem = checkWorkspaceName(name);
  if (problem !== undefined) throw new DiagnosticError([problem]);
}

function refuse(code: string, summary: string, hint: string): DiagnosticError {
  return new DiagnosticError([errorDiagnostic(code, summary, { hint })]);
}
