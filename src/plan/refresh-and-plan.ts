// One planning pass over started providers: refresh their live objects, reconcile intents a
// killed run left open, then diff (createPlan). Which providers run and where new resources
// go is decided before (run/); this module starts nothing and closes nothing.
import type { Config } from '../config/config.js';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import type { KindHandler, ProviderInstance } from '../resources/provider-contract.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import type { Placement } from '../routing/placement.js';
import type { Intent } from '../state/intent-journal.js';
import type { State } from '../state/state.js';
import { createPlan } from './create-plan.js';
import { listScopes } from './list-scopes.js';
import type { LiveIndex } from './live-index.js';
import type { Plan, PlanOptions } from './plan.js';
import { recoverInterrupted, type Recovery } from './recover-interrupted.js';
import { refreshLive, type RefreshTarget } from './refresh.js';

export interface PlanningInput {
  readonly config: Config;
  readonly state: State;
  readonly intents: readonly Intent[];
  readonly options: PlanOptions;
  /** Where each resource of the config goes (empty for a destroy plan). */
  readonly placements: ReadonlyMap<string, Placement>;
  readonly instances: ReadonlyMap<string, ProviderInstance>;
  readonly mosaicVersion: string;
  readonly now: string;
}

export interface PlanningResult {
  readonly plan: Plan;
  readonly recovery: Recovery;
  readonly live: LiveIndex;
  readonly handlerOf: HandlerLookup;
  /** How many live objects refresh read. */
  readonly listed: number;
}

export type HandlerLookup = (provider: string, kind: ResourceKind) => KindHandler | undefined;

export async function refreshAndPlan(input: PlanningInput): Promise<PlanningResult> {
  const { config, state, placements, instances } = input;
  const targets: RefreshTarget[] = [
    ...config.resources.flatMap((r) => {
      const p = placements.get(r.address);
      return p ? [{ provider: p.provider, kind: r.kind }] : [];
    }),
    ...Object.values(state.resources).map((r) => ({ provider: r.provider, kind: r.kind })),
    ...input.intents.map((i) => ({ provider: i.provider, kind: i.kind as ResourceKind })),
  ];
  const handlerOf: HandlerLookup = (provider, kind) => instances.get(provider)?.handlers[kind];
  const refreshed = await refreshLive(instances, targets, listScopes(config, placements, state, handlerOf));
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
  return { plan: planned.value, recovery, live: refreshed.live, handlerOf, listed: refreshed.listed };
}
