// mosaic providers list: the provider plugins this mosaic knows, with versions, kinds and
// where each comes from; plugins added by the config's `plugins:` when a config is found.
// mosaic providers check: each provider instance of the config, started and guarded as a run
// does, asked for its health: reachable, authenticated, latency, rate limit, breaker.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Config } from '../../config/config.js';
import { loadConfig } from '../../config/load-config.js';
import { DiagnosticError } from '../../diagnostics/diagnostic.js';
import { loadBuiltinCatalog } from '../../plugins/builtin-catalog.js';
import type { PluginCatalog } from '../../plugins/plugin-catalog.js';
import { startProviders, type StartedProviders } from '../../plugins/start-providers.js';
import { print, printJson } from '../print.js';
import { createOutputStyle } from '../views/output-style.js';
import { isHealthy, providerCheckJson, renderProviderCheck, type ProviderCheck } from '../views/render-provider-check.js';

export async function runProvidersList(flags: { json?: boolean; config: string }): Promise<number> {
  const builtin = loadBuiltinCatalog();
  if (builtin.diagnostics.length > 0) throw new DiagnosticError(builtin.diagnostics);
  let catalog: PluginCatalog = builtin.catalog;
  // Without a config here, the built-in plugins are the whole answer.
  if (hasConfig(flags.config)) {
    const loaded = await loadConfig(flags.config, { env: process.env, plugins: builtin.catalog });
    if (!loaded.value) throw new DiagnosticError(loaded.diagnostics);
    catalog = loaded.value.plugins;
  }
  const plugins = catalog.list().map((p) => ({ name: p.name, version: p.version, kinds: [...p.kinds], source: p.source }));
  if (flags.json) printJson(plugins);
  else {
    const width = Math.max(4, ...plugins.map((p) => p.name.length));
    const sourceWidth = Math.max(6, ...plugins.map((p) => p.source.length));
    print([`${'NAME'.padEnd(width)}  VERSION  ${'SOURCE'.padEnd(sourceWidth)}  KINDS`, ...plugins.map((p) => `${p.name.padEnd(width)}  ${p.version.padEnd(7)}  ${p.source.padEnd(sourceWidth)}  ${p.kinds.join(', ')}`)].join('\n'));
  }
  return 0;
}

/** Exit 0 when every instance is healthy, 2 when any is unreachable, refused or its breaker open. */
export async function runProvidersCheck(flags: { json?: boolean; config: string }): Promise<number> {
  const builtin = loadBuiltinCatalog();
  if (builtin.diagnostics.length > 0) throw new DiagnosticError(builtin.diagnostics);
  const loaded = await loadConfig(flags.config, { env: process.env, plugins: builtin.catalog });
  if (!loaded.value) throw new DiagnosticError(loaded.diagnostics);
  const config = loaded.value;
  const started = await startProviders(new Set(config.providers.keys()), config, config.plugins);
  let checks: ProviderCheck[];
  try {
    checks = await Promise.all([...config.providers.keys()].sort().map((name) => checkProvider(name, config, started)));
  } finally {
    // Saves what the probes taught the breakers, and the ETag caches.
    await started.close();
  }
  const transitions = started.resilience.transitions();
  if (flags.json) printJson(providerCheckJson(checks, transitions));
  else print(renderProviderCheck(checks, transitions, createOutputStyle(process.stdout)));
  return checks.every(isHealthy) ? 0 : 2;
}

async function checkProvider(name: string, config: Config, started: StartedProviders): Promise<ProviderCheck> {
  const instance = started.instances.get(name);
  const type = config.providers.get(name)?.type ?? 'unknown';
  const before = started.resilience.breakerSnapshot(name);
  // An open breaker that is not yet due for a probe is reported, not knocked on.
  const probe = before?.state !== 'open' || before.probeAt === undefined || before.probeAt <= Date.now();
  let health: Awaited<ReturnType<NonNullable<typeof instance>['health']>> | undefined;
  let latencyMs: number | null = null;
  if (instance && probe) {
    const startedAt = performance.now();
    health = await instance.health();
    latencyMs = Math.round(performance.now() - startedAt);
  }
  const breaker = started.resilience.breakerSnapshot(name);
  // The budget the API last reported, unless it refused the credential (that budget is not the token's).
  const rateLimit = health?.rateLimit ?? (health?.authenticated === false ? undefined : started.traffic.rateLimit(name)) ?? null;
  const iso = (ms: number | undefined): string | null => (ms === undefined || !Number.isFinite(ms) ? null : new Date(ms).toISOString());
  return {
    name,
    type,
    reachable: health?.reachable ?? null,
    authenticated: health?.authenticated ?? null,
    latencyMs,
    rateLimit,
    breaker: { state: breaker?.state ?? 'closed', consecutiveFailures: breaker?.consecutiveFailures ?? 0, openedAt: iso(breaker?.openedAt), probeAt: iso(breaker?.probeAt) },
    detail: health?.detail ?? (probe ? null : `not probed: the circuit breaker is open${breaker?.lastFailure === undefined ? '' : ` after ${breaker.lastFailure}`}`),
  };
}

function hasConfig(path: string): boolean {
  if (!existsSync(path)) return false;
  if (!statSync(path).isDirectory()) return true;
  return readdirSync(path).some((name) => /\.ya?ml$/i.test(name));
}
