// What every command that touches a config starts from: the decoded config, the state
// backend it names, the workspace the run uses (its state store, history, intent journal,
// audit trail and routing history, opened on first use), and who is acting.
import { resolvePrincipal } from '../audit/principal.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Config } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import { parseDuration } from '../config/parse-duration.js';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import { loadBuiltinCatalog } from '../plugins/builtin-catalog.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import { startProviders, type StartedProviders } from '../plugins/start-providers.js';
import { deferWorkspace } from '../state/deferred-workspace.js';
import { describeLockHolder } from '../state/describe-locked-state.js';
import type { IntentJournal } from '../state/intent-journal.js';
import { openStateBackend } from '../state/open-state-backend.js';
import type { RoutingHistory } from '../state/routing-history.js';
import { resolveWorkspace, type ResolvedWorkspace } from '../state/selected-workspace.js';
import type { StateBackend, WorkspaceStateStore } from '../state/state-backend.js';
import type { StateHistory } from '../state/state-history.js';
import type { StateLock } from '../state/state.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Where a run's config is and on whose behalf it acts; the CLI builds it from its flags. */
export interface RunRequest {
  /** A config file, or a folder whose *.yaml files are merged; relative to cwd. */
  readonly config: string;
  readonly cwd: string;
  /** Read by ${env:...} in the config, and for the workspace and principal. */
  readonly env: Environment;
  /** --as: who is acting, for the audit trail and the lock. */
  readonly as?: string;
  /** --workspace: wins over MOSAIC_WORKSPACE and the selected one. */
  readonly workspace?: string;
  /** Told when the state lock is held by another run and this one waits for it. */
  readonly onLockWait?: (message: string) => void;
}

/** A config and the state backend it names, before any workspace is opened. */
export interface BackendRun {
  readonly config: Config;
  readonly catalog: PluginCatalog;
  readonly backend: StateBackend;
  /** The workspace this run uses, and what chose it. */
  readonly workspace: ResolvedWorkspace;
  readonly principal: string;
  /** Releases the backend's connections. */
  close(): Promise<void>;
}

export interface Run extends BackendRun {
  readonly store: WorkspaceStateStore;
  readonly history: StateHistory;
  readonly journal: IntentJournal;
  readonly audit: AuditTrail;
  readonly routing: RoutingHistory;
  /** Takes the workspace's state lock for `command`, waiting up to the --lock-timeout given. */
  lock(command: string, lockTimeout: string | undefined): Promise<StateLock>;
  /** Starts the named provider instances of the config, guarded and metered. */
  startProviders(names: ReadonlySet<string>): Promise<StartedProviders>;
}

/** The config alone, decoded and checked: what `validate` and `providers list` need. */
export async function loadRunConfig(request: Pick<RunRequest, 'config' | 'cwd' | 'env'>): Promise<Config> {
  const { catalog, diagnostics: pluginProblems } = loadBuiltinCatalog();
  if (pluginProblems.length > 0) throw new DiagnosticError(pluginProblems);
  const loaded = await loadConfig(request.config, { cwd: request.cwd, env: request.env, plugins: catalog });
  if (!loaded.value) throw new DiagnosticError(loaded.diagnostics);
  return loaded.value;
}

export async function openBackendRun(request: RunRequest): Promise<BackendRun> {
  const config = await loadRunConfig(request);
  const env = request.workspace === undefined ? request.env : { ...request.env, MOSAIC_WORKSPACE: request.workspace };
  const backend = openStateBackend(config.state);
  return {
    config,
    catalog: config.plugins,
    backend,
    workspace: await resolveWorkspace(config.state.path, env),
    principal: resolvePrincipal({ ...(request.as === undefined ? {} : { as: request.as }), env: request.env }),
    close: () => backend.close(),
  };
}

export async function openRun(request: RunRequest): Promise<Run> {
  const base = await openBackendRun(request);
  const { backend, principal, config } = base;
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
        request.onLockWait?.(`Waiting up to ${lockTimeout ?? '0s'} for the state lock of workspace "${name}"${held}…`);
      });
    },
    startProviders: (names) => startProviders(names, { providers: config.providers, catalog: config.plugins, configDir: config.dir, cacheDir: config.state.path }),
  };
}

/** Opens a run, hands it to `use`, and closes it whatever happens. */
export function withRun<T>(request: RunRequest, use: (run: Run) => Promise<T>): Promise<T> {
  return usingRun(openRun(request), use);
}

/** Like withRun, for commands that need the backend but no workspace opened. */
export function withBackendRun<T>(request: RunRequest, use: (run: BackendRun) => Promise<T>): Promise<T> {
  return usingRun(openBackendRun(request), use);
}

async function usingRun<R extends BackendRun, T>(opening: Promise<R>, use: (run: R) => Promise<T>): Promise<T> {
  const run = await opening;
  try {
    return await use(run);
  } finally {
    await run.close();
  }
}

export function lockTimeoutMs(text: string | undefined): number {
  if (text === undefined) return 0;
  const ms = parseDuration(text);
  if (ms === undefined) {
    throw new DiagnosticError([errorDiagnostic('cli.bad-duration', `--lock-timeout "${text}" is not a duration`, { hint: 'Use a number with a unit, e.g. 500ms, 30s or 2m.' })]);
  }
  return ms;
}

