// The workspace a run uses: --workspace (which the CLI passes as MOSAIC_WORKSPACE), else
// MOSAIC_WORKSPACE, else the one `mosaic workspace select` recorded in the local state folder
// (like Terraform's environment file), else "default".
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import { hasErrorCode } from './error-code.js';
import { DEFAULT_WORKSPACE, checkWorkspaceName } from './workspace-name.js';

const SELECTED_WORKSPACE_FILE = 'mosaic.workspace';

export type WorkspaceSource = 'environment' | 'selected' | 'default';

export interface ResolvedWorkspace {
  readonly name: string;
  readonly source: WorkspaceSource;
}

export async function resolveWorkspace(localDir: string, env: Readonly<Record<string, string | undefined>>): Promise<ResolvedWorkspace> {
  const fromEnv = env['MOSAIC_WORKSPACE']?.trim();
  if (fromEnv !== undefined && fromEnv !== '') return checked({ name: fromEnv, source: 'environment' });
  const selected = await readSelectedWorkspace(localDir);
  if (selected !== undefined) return checked({ name: selected, source: 'selected' });
  return { name: DEFAULT_WORKSPACE, source: 'default' };
}

export async function readSelectedWorkspace(localDir: string): Promise<string | undefined> {
  try {
    const name = (await readFile(join(localDir, SELECTED_WORKSPACE_FILE), 'utf8')).trim();
    return name === '' ? undefined : name;
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

export async function writeSelectedWorkspace(localDir: string, name: string): Promise<void> {
  await mkdir(localDir, { recursive: true });
  await writeFile(join(localDir, SELECTED_WORKSPACE_FILE), `${name}\n`);
}

function checked(resolved: ResolvedWorkspace): ResolvedWorkspace {
  const problem = checkWorkspaceName(resolved.name);
  if (problem !== undefined) throw new DiagnosticError([problem]);
  return resolved;
}
