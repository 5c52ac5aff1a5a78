// Builders for routing tests: a catalog with a git host type and a docs type, provider
// instances of those types, routing rules as decodeRouting would produce them, and state.
import type { Config, RoutingRule, RoutingStrategy } from '../../src/config/config.js';
import { defaultResilience } from '../../src/config/decode-routing.js';
import { createCatalog } from '../../src/plugins/builtin-catalog.js';
import type { ResourceKind } from '../../src/resources/resource-kind.js';
import type { RoutingInputs } from '../../src/routing/routing-inputs.js';
import type { RoutingObservation } from '../../src/state/routing-history.js';
import type { State, StateResource } from '../../src/state/state.js';
import { config } from '../plan/plan-fixtures.js';

const plugin = (name: string, kinds: ResourceKind[]) => ({ name, version: '1.0.0', kinds, settings: {}, manifestPath: '', modulePath: '', source: 'built-in' });
export const catalog = createCatalog([plugin('local', ['repository', 'page', 'space']), plugin('git', ['repository', 'pipeline']), plugin('docs', ['page', 'space'])]);

/** A config with these instances ([name, type]), rules and defaults. */
export function routingConfig(providers: [string, string][], rules: RoutingRule[] = [], defaults: Config['routingDefaults'] = {}, defaultStrategy: RoutingStrategy = 'round-robin'): Config {
  return {
    ...config([]),
    plugins: catalog,
    providers: new Map(providers.map(([name, type]) => [name, { name, type, settings: {}, settingVariables: {}, resilience: defaultResilience, range: undefined }])),
    routingDefaults: defaults,
    routing: { rules, defaultStrategy },
  };
}

let ruleIndex = 0;
export function rule(name: string, to: string[], extra: Partial<Omit<RoutingRule, 'name' | 'to'>> = {}): RoutingRule {
  const strategy = extra.strategy ?? 'round-robin';
  return {
    name,
    index: ruleIndex++,
    match: {},
    to,
    strategy,
    weights: strategy === 'weighted' ? Object.fromEntries(to.map((p) => [p, 1])) : {},
    failover: true,
    failoverOrder: to,
    range: undefined,
    ...extra,
  };
}

export function inputs(cfg: Config, extra: Partial<Omit<RoutingInputs, 'config'>> = {}): RoutingInputs {
  return { config: cfg, state: { lineage: '', serial: 0, resources: {} }, conditions: new Map(), history: [], ...extra };
}

/** State holding `entries`: address -> provider (and the rule that placed it). */
export function placedState(entries: Record<string, { provider: string; rule?: string }>): State {
  const resources: Record<string, StateResource> = {};
  for (const [address, e] of Object.entries(entries)) {
    const [kind, name] = address.split('.') as [ResourceKind, string];
    resources[address] = {
      kind,
      name,
      provider: e.provider,
      id: name,
      natural_key: name,
      spec: {},
      depends_on: [],
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
      ...(e.rule ? { placement: { rule: e.rule, reason: 'test' } } : {}),
    };
  }
  return { lineage: 'L', serial: 1, resources };
}

/** Observations of `provider` for `kind`: `count` calls, `failed` of them failing (spread evenly), each taking `latencyMs`. */
export function calls(provider: string, kind: string, count: number, latencyMs: number, failed = 0, start = 0): RoutingObservation[] {
  return Array.from({ length: count }, (_, i) => ({
    time: new Date(Date.UTC(2026, 0, 1) + (start + i) * 1000).toISOString(),
    provider,
    kind,
    outcome: Math.floor(((i + 1) * failed) / count) > Math.floor((i * failed) / count) ? ('failed' as const) : ('succeeded' as const),
    latency_ms: latencyMs,
  }));
}

/** Interleaves lists of observations round by round, keeping times increasing. */
export function interleave(...lists: RoutingObservation[][]): RoutingObservation[] {
  const out: RoutingObservation[] = [];
  const longest = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const l of lists) if (l[i]) out.push(l[i] as RoutingObservation);
  return out.map((o, i) => ({ ...o, time: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() }));
}
