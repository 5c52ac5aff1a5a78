// StateBackend: where a config's state lives — a local folder or a PostgreSQL database — as a
// set of workspaces, each with its own state, history, intent journal, audit trail and
// routing history. Workspaces never see each other's data.
import type { AuditTrail } from '../audit/audit-trail.js';
import type { IntentJournal } from './intent-journal.js';
import type { RoutingHistory } from './routing-history.js';
import type { State, StateStore } from './state.js';
import type { StateHistory } from './state-history.js';

export type StateBackendKind = 'local' | 'postgres';

/** A state store that can also take a state from elsewhere (`state push`, `state migrate`). */
export interface WorkspaceStateStore extends StateStore {
  /**
   * Writes `state` as the next version with its own lineage: serial one above the stored one,
   * or the state's own serial when that is higher.
   */
  replace(state: State): Promise<State>;
}

export interface Workspace {
  readonly name: string;
  readonly store: WorkspaceStateStore;
  readonly history: StateHistory;
  readonly journal: IntentJournal;
  readonly audit: AuditTrail;
  readonly routing: RoutingHistory;
}

/** Everything a workspace holds, as stored, for copying it to another backend unchanged. */
export interface WorkspaceContent {
  readonly state: State;
  /** History records, oldest first, each its line of canonical JSON. */
  readonly history: readonly string[];
  /** Audit entries, in order, each its line of canonical JSON. */
  readonly audit: readonly string[];
  /** Routing observations, oldest first, each its line of canonical JSON. */
  readonly routing: readonly string[];
  /** Intents of an interrupted run not yet reconciled. */
  readonly openIntents: number;
}

/** Who writes, for the history of versions written without the lock. */
export interface WorkspaceAuthor {
  readonly principal: string;
  readonly command: string;
}

export interface StateBackend {
  readonly kind: StateBackendKind;
  /** Where the state lives, for messages; never holds a password. */
  readonly description: string;
  /** Names of the workspaces, sorted; always includes "default". */
  listWorkspaces(): Promise<string[]>;
  hasWorkspace(name: string): Promise<boolean>;
  /** Creates an empty workspace; fails with `state.workspace-exists` when there is one. */
  createWorkspace(name: string): Promise<void>;
  /** Deletes a workspace and everything it holds. The caller holds its lock. */
  deleteWorkspace(name: string): Promise<void>;
  /** The stores of a workspace; fails with `state.workspace-not-found` when it does not exist. */
  openWorkspace(name: string, author: WorkspaceAuthor): Promise<Workspace>;
  /** Where a workspace's audit trail is, without opening anything. */
  describeAuditTrail(name: string): string;
  exportWorkspace(name: string): Promise<WorkspaceContent>;
  /** Fills a workspace that holds nothing (creating it if needed) with content exported elsewhere. */
  importWorkspace(name: string, content: WorkspaceContent): Promise<void>;
  /** Ends connections; the backend is not used afterwards. */
  close(): Promise<void>;
}
