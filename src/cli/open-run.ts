// What every command that touches a config starts from: the decoded config, the plugin
// catalog, and the state store, journal and audit log the config points at.
import { join } from 'node:path';
import { AuditLog } from '../audit/audit-log.js';
import { resolvePrincipal } from '../audit/principal.js';
import type { Config } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import { loadBuiltinCatalog } from '../plugins/builtin-catalog.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import { IntentJournal } from '../state/intent-journal.js';
import { LocalStateStore } from '../state/local-state-store.js';
import type { StateLock } from '../state/state.js';
import { parseDuration } from '../state/parse-duration.js';

export interface RunOptions {
  readonly config: string;
  readonly as?: string;
}

export interface Run {
  readonly config: Config;
  readonly catalog: PluginCatalog;
  readonly store: LocalStateStore;
  readonly journal: IntentJournal;
  readonly audit: AuditLog;
  readonly principal: string;
  /** Takes the state lock for `command`, waiting up to the --lock-timeout given. */
  lock(command: string, lockTimeout: string | undefined): Promise<StateLock>;
}

export async function openRun(options: RunOptions): Promise<Run> {
  const { catalog, diagnostics: pluginProblems } = loadBuiltinCatalog();
  if (pluginProblems.length > 0) throw new DiagnosticError(pluginProblems);
  const loaded = await loadConfig(options.config, { env: process.env, plugins: catalog });
  if (!loaded.value) throw new DiagnosticError(loaded.diagnostics);
  const config = loaded.value;
  const store = new LocalStateStore(config.state.path);
  const principal = resolvePrincipal({ ...(options.as ? { as: options.as } : {}), env: process.env });
  return {
    config,
    catalog: config.plugins,
    store,
    journal: new IntentJournal(config.state.path),
    audit: new AuditLog(join(config.state.path, 'mosaic.audit.jsonl')),
    principal,
    lock: (command, lockTimeout) => store.lock({ command, principal }, lockTimeoutMs(lockTimeout)),
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
