// Workspace names: what a name may be (it becomes a folder name and a key in a table), and
// the workspace that always exists.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

export const DEFAULT_WORKSPACE = 'default';

const WORKSPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;

/** A `cli.bad-workspace` diagnostic when `name` cannot name a workspace; undefined when it can. */
export function checkWorkspaceName(name: string): Diagnostic | undefined {
  if (WORKSPACE_NAME.test(name)) return undefined;
  return errorDiagnostic('cli.bad-workspace', `"${name}" is not a workspace name`, {
    hint: 'A workspace name has 1 to 63 letters, digits, "-" and "_", and starts with a letter or digit, e.g. staging or team-a.',
  });
}

export function workspaceNotFound(name: string, existing: readonly string[]): Diagnostic {
  return errorDiagnostic('state.workspace-not-found', `workspace "${name}" does not exist`, {
    hint: `Create it with \`mosaic workspace new ${name}\`, or use one of: ${existing.join(', ')}.`,
  });
}
