// What every command that touches a config starts from: the decoded config, the plugin
// catalog, the state backend the config names, and the workspace the run uses — its state
// store, history, intent journal, audit trail and routing history, opened on first use.
import { resolvePrincipal } from '../audit/principal.js';
import type { Config } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import { loadBuiltinCatalog } from '../plugins/builtin-catalog.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import { deferWorkspace } from '../state/deferred-workspace.js';
import { describeLockHolder } from '../state/describe-locked-state.js';
import type { IntentJournal } from '../state/intent-journal.js';
import { openStateBackend } from '../state/open-state-backend.js';
import { parseDuration } from '../state/parse-duration.js';
import type { RoutingHistory } from '../state/routing-history.js';
import { resolveWorkspace, type ResolvedWorkspace } from '../state/selected-workspace.js';
import type { StateBackend, WorkspaceStateStore } from '../state/state-backend.js';
import type { StateHistory } from '../state/state-history.js';
import type { StateLock } from '../state/state.js';
import type { AuditTrail } from '../audit/audit-trail.js';

export interface RunOptions {
  readonly config: string;
  readonly as?: string;
}

/** A config and the state backend it names, before any workspace is chosen. */
export interface BackendRun {
  readonly config: Config;
  readonly catalog: PluginCatalog;
  readonly backend: StateBackend;
  /** The workspace this run uses, and what chose it. */
  readonly workspace: ResolvedWorkspace;
  readonly principal: string;
}

export interface Run extends BackendRun {
  readonly store: WorkspaceStateStore;
  readonly history: StateHistory;
  readonly journal: IntentJournal;
  readonly audit: AuditTrail;
  readonly routing: RoutingHistory;
  /** Takes the workspace's state lock for `command`, waiting up to the --lock-timeout given. */
  lock(command: string, lockTimeout: string | undefined): Promise<StateLock>;
}

export async function openBackendRun(options: RunOptions): Promise<BackendRun> {
  const { catalog, diagnostics: pluginProblems } = loadBuiltinCatalog();
  if (pluginProblems.length > 0) throw new DiagnosticError(pluginProblems);
  const loaded = await loadConfig(options.config, { env: process.env, plugins: catalog });
  if (!loaded.value) throw new DiagnosticError(loaded.diagnostics);
  const config = loaded.value;
  return {
    config,
    catalog: config.plugins,
    backend: openStateBackend(config.state),
    workspace: await resolveWorkspace(config.state.path, process.env),
    principal: resolvePrincipal({ ...(options.as ? { as: options.as } : {}), env: process.env }),
  };
}

export async function openRun(options: RunOptions): Promise<Run> {
  const base = await openBackendRun(options);
  const { backend, principal } = base;
  const name = base.workspace.name;
  const workspace = deferWorkspace(name, backend.describeAuditTrail(name), () => backend.openWorkspace(name, { principal, command: 'unknown' }));
  return {
    ...base,
    store: workspace.store,
    history: workspace.history,
    journal: workspace.journal,
    audit: workspace.audit,
    routing: workspace.routing,
    lock: (command, lockTimeout) => {
      const timeoutMs = lockTimeoutMs(lockTimeout);
      return workspace.store.lock({ command, principal }, timeoutMs, (holder) => {
        const held = holder === undefined ? '' : `, held by ${describeLockHolder(holder)}`;
        process.stderr.write(`Waiting up to ${lockTimeout ?? '0s'} for the state lock of workspace "${name}"${held}…\n`);
      });
    },
  };
}

export function lockTimeoutMs(text: string | undefined): number {
  if (text === undefined) return 0;
  const ms = parseDuration(text);
  if (ms === undefined) {
    throw new DiagnosticError([errorDiagnostic('cli.bad-duration', `--lock-timeout "${text}" is not a duration`, { hint: 'Use a number with a unit, e.g. 500ms, 30s or 2m.' })]);
  }
  return ms;
}
