// Decodes `routing.rules` and each provider's `resilience:` (both already schema-checked)
// into their Config shapes, defaults filled.
import type { RawConfig, RawResilience, RawRoutingMatch } from '../generated/mosaic.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import { parseDuration } from './parse-duration.js';
import type { ResilienceSettings } from '../transport/resilience-settings.js';
import type { RoutingConfig, RoutingMatch, RoutingRule } from './config.js';
import { locateValue, type PositionedTree } from './yaml-positions.js';

export const defaultResilience: ResilienceSettings = {
  timeoutMs: 60_000,
  maxConcurrency: 8,
  retries: 3,
  maxRetryWaitMs: 60_000,
  breaker: { failures: 5, halfOpenAfterMs: 30_000 },
};

export function decodeResilience(raw: RawResilience | undefined): ResilienceSettings {
  if (!raw) return defaultResilience;
  const ms = (text: string | undefined, fallback: number): number => (text === undefined ? fallback : (parseDuration(text) ?? fallback));
  return {
    timeoutMs: ms(raw.timeout, defaultResilience.timeoutMs),
    maxConcurrency: raw.max_concurrency ?? defaultResilience.maxConcurrency,
    retries: raw.retries ?? defaultResilience.retries,
    maxRetryWaitMs: ms(raw.max_retry_wait, defaultResilience.maxRetryWaitMs),
    breaker: {
      failures: raw.circuit_breaker?.failures ?? defaultResilience.breaker.failures,
      halfOpenAfterMs: ms(raw.circuit_breaker?.half_open_after, defaultResilience.breaker.halfOpenAfterMs),
    },
  };
}

export function decodeRouting(raw: RawConfig, tree: PositionedTree): RoutingConfig {
  const defaultStrategy = raw.routing?.default_strategy ?? 'round-robin';
  const rules = (raw.routing?.rules ?? []).map((rule, index): RoutingRule => {
    const strategy = rule.strategy ?? defaultStrategy;
    const to = [...rule.to];
    const weights: Record<string, number> = {};
    if (strategy === 'weighted') for (const provider of to) weights[provider] = rule.weights?.[provider] ?? 1;
    const failoverOrder = rule.failover_order ? [...rule.failover_order] : to;
    return {
      name: rule.name ?? `rules[${String(index)}]`,
      index,
      match: decodeMatch(rule.match),
      to,
      strategy,
      weights,
      failover: rule.failover ?? true,
      failoverOrder,
      range: locateValue(tree, ['routing', 'rules', String(index)]),
    };
  });
  return { rules, defaultStrategy };
}

function decodeMatch(raw: RawRoutingMatch | undefined): RoutingMatch {
  if (!raw) return {};
  const list = <T>(value: T | readonly T[] | undefined): readonly T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T]);
  const kinds = list<ResourceKind>(raw.kind);
  const names = list(raw.name);
  const tenants = list(raw.tenant);
  return {
    ...(kinds ? { kinds } : {}),
    ...(names ? { names } : {}),
    ...(raw.labels ? { labels: { ...raw.labels } } : {}),
    ...(tenants ? { tenants } : {}),
  };
}
