// Routes every resource of the config. A first pass needs no provider and tells which ones
// the run uses (state's, intents', and every candidate a rule may choose or fail over to);
// once those are started, the decision is made again with what routing weighs: each
// candidate's breaker, a health probe for health-based and adaptive rules, and the history.
import type { Config, ConfigResource } from '../config/config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { StartedProviders } from '../plugins/start-providers.js';
import { createRouter } from '../routing/create-router.js';
import type { Placement } from '../routing/placement.js';
import type { ProviderCondition, RoutingInputs } from '../routing/routing-inputs.js';
import type { RoutingObservation } from '../state/routing-history.js';
import type { State } from '../state/state.js';

export interface RouteResourcesInput {
  readonly config: Config;
  readonly state: State;
  readonly history: readonly RoutingObservation[];
  /** Placements a saved plan made: kept as they are, so applying it does what it showed. */
  readonly pinned?: ReadonlyMap<string, Placement>;
  /** Providers the run needs whatever routing decides (state's, open intents'). */
  readonly needed: ReadonlySet<string>;
  readonly start: (names: ReadonlySet<string>) => Promise<StartedProviders>;
}

export interface RoutedResources {
  readonly placements: ReadonlyMap<string, Placement>;
  readonly diagnostics: readonly Diagnostic[];
  readonly providers: StartedProviders;
  /** What the decision weighed, for `route explain`. */
  readonly inputs: RoutingInputs;
}

/** Strategies that need to know whether a candidate answers now. */
const probing = new Set(['health-based', 'adaptive']);

export async function routeResources(input: RouteResourcesInput): Promise<RoutedResources> {
  const { config, state } = input;
  const blind: RoutingInputs = { config, state, conditions: new Map(), history: input.history };
  const first = placeAll(blind, config.resources, input.pinned);
  const names = new Set(input.needed);
  for (const placement of first.placements.values()) {
    names.add(placement.provider);
    for (const p of placement.failover) names.add(p);
    if (placement.moveFrom !== undefined) names.add(placement.moveFrom);
  }
  // Only rules that decide something now (a new or moved resource) weigh conditions; then
  // any of their candidates may win once the conditions are known.
  const deciding = new Set([...first.placements.values()].flatMap((p) => (p.rule === undefined ? [] : [p.rule])));
  const rules = config.routing.rules.filter((r) => deciding.has(r.name));
  for (const rule of rules) for (const p of rule.to) if (config.providers.has(p)) names.add(p);
  const providers = await input.start(names);
  try {
    const probed = new Set(rules.filter((r) => probing.has(r.strategy)).flatMap((r) => r.to));
    const conditions = await gatherConditions(providers, probed);
    const inputs: RoutingInputs = { config, state, conditions, history: input.history };
    const routed = rules.length === 0 ? first : placeAll(inputs, config.resources, input.pinned);
    return { ...routed, providers, inputs };
  } catch (error) {
    await providers.close();
    throw error;
  }
}

function placeAll(inputs: RoutingInputs, resources: readonly ConfigResource[], pinned: ReadonlyMap<string, Placement> | undefined): { placements: Map<string, Placement>; diagnostics: Diagnostic[] } {
  const router = createRouter(inputs);
  const placements = new Map<string, Placement>();
  const diagnostics: Diagnostic[] = [];
  for (const resource of resources) {
    const routed = router.place(resource);
    const kept = pinned?.get(resource.address);
    if (kept) placements.set(resource.address, kept);
    else if (routed.value) placements.set(resource.address, routed.value);
    else if (routed.diagnostic) diagnostics.push(routed.diagnostic);
  }
  return { placements, diagnostics };
}

/** Each started provider's breaker and calls in flight; a timed health probe where asked. */
async function gatherConditions(providers: StartedProviders, probed: ReadonlySet<string>): Promise<Map<string, ProviderCondition>> {
  const conditions = new Map<string, ProviderCondition>();
  await Promise.all(
    [...providers.instances].map(async ([name, instance]) => {
      const breaker = providers.resilience.breakerState(name);
      const inFlight = providers.resilience.inFlight(name);
      if (!probed.has(name) || breaker === 'open') {
        conditions.set(name, { healthy: true, breaker, inFlight });
        return;
      }
      const started = performance.now();
      const healthy = await instance.health().then(
        (h) => h.reachable && h.authenticated !== false,
        () => false,
      );
      conditions.set(name, { healthy, breaker: providers.resilience.breakerState(name), inFlight, latencyMs: Math.round(performance.now() - started) });
    }),
  );
  return conditions;
}
