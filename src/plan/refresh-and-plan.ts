// One planning pass: route new resources, start the providers involved, refresh their live
// objects, reconcile intents a killed run left open, then diff (createPlan).
import type { Config } from '../config/config.js';
import { DiagnosticError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import { startProviders, type StartedProviders } from '../plugins/start-providers.js';
import type { KindHandler, ProviderInstance } from '../resources/provider-contract.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import { routeResource, type Placement } from '../routing/route-resource.js';
import type { Intent } from '../state/intent-journal.js';
import type { State } from '../state/state.js';
import { createPlan } from './create-plan.js';
import type { LiveIndex } from './live-index.js';
import type { Plan, PlanOptions } from './plan.js';
import { recoverInterrupted, type Recovery } from './recover-interrupted.js';
import { listScopes } from './list-scopes.js';
import { refreshLive, type RefreshTarget } from './refresh.js';

export interface PlanningInput {
  readonly config: Config;
  readonly catalog: PluginCatalog;
  readonly state: State;
  readonly intents: readonly Intent[];
  readonly options: PlanOptions;
  readonly mosaicVersion: string;
  readonly now: string;
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
  const diagnostics: Diagnostic[] = [];
  const placements = new Map<string, Placement>();
  if (!input.options.destroy) {
    for (const resource of config.resources) {
      const routed = routeResource(resource, config, state, input.catalog);
      if (routed.value) placements.set(resource.address, routed.value);
      if (routed.diagnostic) diagnostics.push(routed.diagnostic);
    }
  }
  if (diagnostics.length > 0) throw new DiagnosticError(diagnostics);

  const targets: RefreshTarget[] = [
    ...config.resources.flatMap((r) => {
      const p = placements.get(r.address);
      return p ? [{ provider: p.provider, kind: r.kind }] : [];
    }),
    ...Object.values(state.resources).map((r) => ({ provider: r.provider, kind: r.kind })),
    ...input.intents.map((i) => ({ provider: i.provider, kind: i.kind as ResourceKind })),
  ];
  const providers = await startProviders(new Set(targets.map((t) => t.provider)), config, input.catalog);
  const { instances } = providers;
  const handlerOf = (provider: string, kind: ResourceKind): KindHandler | undefined => instances.get(provider)?.handlers[kind];
  try {
    const refreshed = await refreshLive(instances, targets, listScopes(config, placements, input.state, handlerOf));
    if (refreshed.diagnostics.length > 0) throw new DiagnosticError(refreshed.diagnostics);
    const recovery = recoverInterrupted(state, input.intents, refreshed.live, handlerOf, input.now);
    const planned = createPlan({
      config,
      state: recovery.state,
      live: refreshed.live,
      handlerOf,
      placements,
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
