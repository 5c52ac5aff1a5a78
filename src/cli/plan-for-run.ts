// One planning pass for a command: the run's config, catalog and journal, the state as read
// now (or as given), and the clock; the plan records the workspace.
import type { PlanOptions } from '../plan/plan.js';
import { refreshAndPlan, type Planning } from '../plan/refresh-and-plan.js';
import type { State } from '../state/state.js';
import { mosaicVersion } from './mosaic-version.js';
import type { Run } from './open-run.js';

export async function planForRun(run: Run, options: PlanOptions, state?: State): Promise<Planning> {
  const planning = await refreshAndPlan({
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
