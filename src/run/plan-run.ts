// A planning pass of a run: route the config's resources, start the providers involved,
// refresh, reconcile what a killed run left open, and diff. The providers stay started for
// an apply that follows; `makePlan` is the pass for commands that only look.
import { mosaicVersion } from '../mosaic-version.js';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import type { Plan, PlanOptions } from '../plan/plan.js';
import { refreshAndPlan, type PlanningResult } from '../plan/refresh-and-plan.js';
import type { RecoveryNote } from '../plan/recover-interrupted.js';
import type { StartedProviders } from '../plugins/start-providers.js';
import type { Placement } from '../routing/placement.js';
import type { State } from '../state/state.js';
import type { BreakerTransition } from '../transport/provider-resilience.js';
import type { Run } from './open-run.js';
import { routeResources } from './route-resources.js';

/** Observations adaptive and health-based routing weigh; older ones have decayed away. */
export const historyWindow = 2000;

export interface Planning extends PlanningResult {
  /** The started providers: their request counts and breakers, and close() for the end of the run. */
  readonly providers: StartedProviders;
}

export interface PlanningGiven {
  /** The state as the caller read it under its lock; read now when absent. */
  readonly state?: State;
  /** Placements of a saved plan being applied: kept, so the apply does what the plan showed. */
  readonly pinned?: ReadonlyMap<string, Placement>;
}

/** Plans with the providers left started: the caller closes `providers`. */
export async function startPlanning(run: Run, options: PlanOptions, given: PlanningGiven = {}): Promise<Planning> {
  const { config } = run;
  const state = given.state ?? (await run.store.read());
  const intents = await run.journal.readOpen();
  const needed = new Set([...Object.values(state.resources).map((r) => r.provider), ...intents.map((i) => i.provider)]);
  let providers: StartedProviders;
  let placements: ReadonlyMap<string, Placement> = new Map();
  if (options.destroy) {
    providers = await run.startProviders(needed);
  } else {
    const routed = await routeResources({
      config,
      state,
      history: await readRoutingHistory(run),
      needed,
      start: (names) => run.startProviders(names),
      ...(given.pinned ? { pinned: given.pinned } : {}),
    });
    providers = routed.providers;
    if (routed.diagnostics.length > 0) {
      await providers.close();
      throw new DiagnosticError([...routed.diagnostics]);
    }
    placements = routed.placements;
  }
  try {
    const planned = await refreshAndPlan({ config, state, intents, options, placements, instances: providers.instances, mosaicVersion: mosaicVersion(), now: new Date().toISOString() });
    const requests = providers.traffic.counts();
    // A saved plan names its workspace, so it cannot be applied to another one's state.
    const plan: Plan = { ...planned.plan, ...(Object.keys(requests).length > 0 ? { requests } : {}), workspace: run.workspace.name };
    return { ...planned, plan, providers };
  } catch (error) {
    await providers.close();
    throw error;
  }
}

export interface LookResult {
  readonly plan: Plan;
  /** What an interrupted run had done, as this plan found it (state is not written). */
  readonly recovered: readonly RecoveryNote[];
  /** Breakers that changed state while refreshing. */
  readonly transitions: readonly BreakerTransition[];
}

/** A plan for `plan` and `drift`: nothing is written, the providers are closed again. */
export async function makePlan(run: Run, options: PlanOptions): Promise<LookResult> {
  const planning = await startPlanning(run, options);
  await planning.providers.close();
  return { plan: planning.plan, recovered: planning.recovery.notes, transitions: planning.providers.resilience.transitions() };
}

/** Adaptive and health-based rules learn from recent calls; other rules need none. */
export async function readRoutingHistory(run: Run) {
  const learns = run.config.routing.rules.some((r) => r.strategy === 'adaptive' || r.strategy === 'health-based');
  return learns ? run.routing.readRecent(historyWindow) : [];
}
