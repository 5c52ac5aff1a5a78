// One planning pass for a command: the run's config, catalog and journal, the state as read
// now (or as given), and the clock; the plan records the workspace.
import type { PlanOptions } from '../plan/plan.js';
import { refreshAndPlan, type Planning } from '../plan/refresh-and-plan.js';
import type { Placement } from '../routing/placement.js';
import type { State } from '../state/state.js';
import { mosaicVersion } from './mosaic-version.js';
import type { Run } from './open-run.js';

/** Observations adaptive and health-based routing weigh; older ones have decayed away. */
const historyWindow = 2000;

export async function planForRun(run: Run, options: PlanOptions, state?: State, pinned?: ReadonlyMap<string, Placement>): Promise<Planning> {
  const learns = run.config.routing.rules.some((r) => r.strategy === 'adaptive' || r.strategy === 'health-based');
  const planning = await refreshAndPlan({
    history: learns ? await run.routing.readRecent(historyWindow) : [],
    ...(pinned ? { pinned } : {}),
    config: run.config,
    catalog: run.catalog,
    state: state ?? (await run.store.read()),
    intents: await run.journal.readOpen(),
    options,
    mosaicVersion: mosaicVersion(),
    now: new Date().toISOString(),
  });
  // A saved plan names its workspace, so it cannot be applied to another one's state.
  return { ...planning, plan: { ...planning.plan, workspace: run.workspace.name } };
}
