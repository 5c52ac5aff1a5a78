// LocalStateBackend: workspaces as folders on this machine. The default workspace is the
// state folder itself (the layout mosaic had before workspaces, so nothing moves); any other
// is workspaces/NAME inside it, with the same files.
import { access, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditLog } from '../audit/audit-log.js';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import { hasErrorCode } from './error-code.js';
import { LocalIntentJournal } from './local-intent-journal.js';
import { LocalRoutingHistory } from './local-routing-history.js';
import { LocalStateStore } from './local-state-store.js';
import type { StateBackend, Workspace, WorkspaceAuthor, WorkspaceContent } from './state-backend.js';
import { DEFAULT_WORKSPACE, checkWorkspaceName, workspaceNotFound } from './workspace-name.js';

export const AUDIT_FILE_NAME = 'mosaic.audit.jsonl';
const WORKSPACES_FOLDER = 'workspaces';

export class LocalStateBackend implements StateBackend {
  readonly kind = 'local';
  readonly #root: string;

  constructor(root: string) {
    this.#root = root;
  }

  get description(): string {
    return `local folder ${this.#root}`;
  }

  /** The folder of a workspace's files. */
  workspaceDir(name: string): string {
    return name === DEFAULT_WORKSPACE ? this.#root : join(this.#root, WORKSPACES_FOLDER, name);
  }

  async listWorkspaces(): Promise<string[]> {
    let entries;
    try {
      entries = await readdir(join(this.#root, WORKSPACES_FOLDER), { withFileTypes: true });
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return [DEFAULT_WORKSPACE];
      throw error;
    }
    const named = entries.filter((e) => e.isDirectory() && checkWorkspaceName(e.name) === undefined && e.name !== DEFAULT_WORKSPACE).map((e) => e.name);
    return [DEFAULT_WORKSPACE, ...named].sort();
  }

  async hasWorkspace(name: string): Promise<boolean> {
    if (name === DEFAULT_WORKSPACE) return true;
    return exists(this.workspaceDir(name));
  }

  async createWorkspace(name: string): Promise<void> {
    if (name === DEFAULT_WORKSPACE) throw workspaceExists(name);
    await mkdir(join(this.#root, WORKSPACES_FOLDER), { recursive: true });
    try {
      await mkdir(this.workspaceDir(name));
    } catch (error) {
      if (hasErrorCode(error, 'EEXIST')) throw workspaceExists(name);
      throw error;
    }
  }

  async deleteWorkspace(name: string): Promise<void> {
    if (name === DEFAULT_WORKSPACE) throw new Error('the default workspace cannot be deleted');
    await rm(this.workspaceDir(name), { recursive: true, force: true });
  }

  async openWorkspace(name: string, author: WorkspaceAuthor): Promise<Workspace> {
    if (!(await this.hasWorkspace(name))) throw new DiagnosticError([workspaceNotFound(name, await this.listWorkspaces())]);
    return this.#workspaceAt(name, author);
  }

  describeAuditTrail(name: string): string {
    return join(this.workspaceDir(name), AUDIT_FILE_NAME);
  }

  async exportWorkspace(name: string): Promise<WorkspaceContent> {
    if (!(await this.hasWorkspace(name))) throw new DiagnosticError([workspaceNotFound(name, await this.listWorkspaces())]);
    const workspace = this.#workspaceAt(name, { principal: 'unknown', command: 'mosaic state migrate' });
    return {
      state: await workspace.store.read(),
      history: await workspace.store.history.readLines(),
      audit: await workspace.audit.readLines(),
      routing: await workspace.routing.readLines(),
      openIntents: (await workspace.journal.readOpen()).length,
    };
  }

  async importWorkspace(name: string, content: WorkspaceContent): Promise<void> {
    if (!(await this.hasWorkspace(name))) await this.createWorkspace(name);
    const workspace = this.#workspaceAt(name, { principal: 'unknown', command: 'mosaic state migrate' });
    const occupied = [workspace.store.statePath, workspace.store.history.path, workspace.audit.path];
    for (const path of occupied) {
      if (await exists(path)) {
        throw new DiagnosticError([
          errorDiagnostic('state.migrate-target-not-empty', `workspace "${name}" already has state in ${this.#root}`, {
            hint: `${path} exists. Move the old files elsewhere (or delete them) and migrate again; mosaic never merges two states.`,
          }),
        ]);
      }
    }
    await workspace.store.history.writeLines(content.history);
    if (content.state.serial > 0) await workspace.store.restore(content.state);
    await workspace.audit.writeLines(content.audit);
    await workspace.routing.writeLines(content.routing);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  #workspaceAt(name: string, author: WorkspaceAuthor): Workspace & { store: LocalStateStore; audit: AuditLog; routing: LocalRoutingHistory } {
    const dir = this.workspaceDir(name);
    const store = new LocalStateStore(dir, author);
    return {
      name,
      store,
      history: store.history,
      journal: new LocalIntentJournal(dir),
      audit: new AuditLog(join(dir, AUDIT_FILE_NAME)),
      routing: new LocalRoutingHistory(dir),
    };
  }
}

function workspaceExists(name: string): DiagnosticError {
  return new DiagnosticError([errorDiagnostic('state.workspace-exists', `workspace "${name}" already exists`, { hint: `Select it with \`mosaic workspace select ${name}\`.` })]);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return false;
    throw error;
  }
}
