// One planning pass: route new resources, start the providers involved, refresh their live
// objects, reconcile intents a killed run left open, then diff (createPlan).
import type { Config } from '../config/config.js';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import { startProviders, type StartedProviders } from '../plugins/start-providers.js';
import type { KindHandler, ProviderInstance } from '../resources/provider-contract.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import type { Placement } from '../routing/placement.js';
import type { Intent } from '../state/intent-journal.js';
import type { RoutingObservation } from '../state/routing-history.js';
import type { State } from '../state/state.js';
import { createPlan } from './create-plan.js';
import type { LiveIndex } from './live-index.js';
import type { Plan, PlanOptions } from './plan.js';
import { recoverInterrupted, type Recovery } from './recover-interrupted.js';
import { listScopes } from './list-scopes.js';
import { refreshLive, type RefreshTarget } from './refresh.js';
import { routeConfig } from './route-config.js';

export interface PlanningInput {
  readonly config: Config;
  readonly catalog: PluginCatalog;
  readonly state: State;
  readonly intents: readonly Intent[];
  readonly options: PlanOptions;
  readonly mosaicVersion: string;
  readonly now: string;
  /** Recent provider calls, oldest first, for adaptive and health-based routing. */
  readonly history?: readonly RoutingObservation[];
  /** Placements of a saved plan being applied: kept, so the apply does what the plan showed. */
  readonly pinned?: ReadonlyMap<string, Placement>;
}

export interface Planning {
  readonly plan: Plan;
  readonly recovery: Recovery;
  readonly live: LiveIndex;
  readonly instances: ReadonlyMap<string, ProviderInstance>;
  /** The started providers: their request counts, and close() for the end of the run. */
  readonly providers: StartedProviders;
  readonly handlerOf: (provider: string, kind: ResourceKind) => KindHandler | undefined;
  /** How many live objects refresh read. */
  readonly listed: number;
}

export async function refreshAndPlan(input: PlanningInput): Promise<Planning> {
  const { config, state } = input;
  const needed = new Set([...Object.values(state.resources).map((r) => r.provider), ...input.intents.map((i) => i.provider)]);
  let placements: ReadonlyMap<string, Placement> = new Map();
  let providers: StartedProviders;
  const start = (names: ReadonlySet<string>): Promise<StartedProviders> => startProviders(names, config, input.catalog);
  if (input.options.destroy) {
    providers = await start(needed);
  } else {
    const routed = await routeConfig({ config, state, history: input.history ?? [], needed, start, ...(input.pinned ? { pinned: input.pinned } : {}) });
    providers = routed.providers;
    if (routed.diagnostics.length > 0) {
      await providers.close();
      throw new DiagnosticError([...routed.diagnostics]);
    }
    placements = routed.placements;
  }

  const targets: RefreshTarget[] = [
    ...config.resources.flatMap((r) => {
      const p = placements.get(r.address);
      return p ? [{ provider: p.provider, kind: r.kind }] : [];
    }),
    ...Object.values(state.resources).map((r) => ({ provider: r.provider, kind: r.kind })),
    ...input.intents.map((i) => ({ provider: i.provider, kind: i.kind as ResourceKind })),
  ];
  const { instances } = providers;
  const handlerOf = (provider: string, kind: ResourceKind): KindHandler | undefined => instances.get(provider)?.handlers[kind];
  try {
    const refreshed = await refreshLive(instances, targets, listScopes(config, placements, input.state, handlerOf));
    if (refreshed.diagnostics.length > 0) throw new DiagnosticError(refreshed.diagnostics);
    const recovery = recoverInterrupted(state, input.intents, refreshed.live, handlerOf, input.now);
    // Routing ran on the state before recovery: what an interrupted run turns out to have
    // made stays where it was made, like everything else in state.
    const settled = new Map(placements);
    for (const note of recovery.notes) {
      const entry = recovery.state.resources[note.address];
      const placed = settled.get(note.address);
      if (entry && placed && placed.provider !== entry.provider) settled.set(note.address, { provider: entry.provider, reason: 'placed by an interrupted run (state)', failover: [] });
    }
    const planned = createPlan({
      config,
      state: recovery.state,
      live: refreshed.live,
      handlerOf,
      placements: settled,
      options: input.options,
      mosaicVersion: input.mosaicVersion,
    });
    if (!planned.value) throw new DiagnosticError(planned.diagnostics);
    const requests = providers.traffic.counts();
    const plan = Object.keys(requests).length > 0 ? { ...planned.value, requests } : planned.value;
    return { plan, recovery, live: refreshed.live, instances, providers, handlerOf, listed: refreshed.listed };
  } catch (error) {
    await providers.close();
    throw error;
  }
}
