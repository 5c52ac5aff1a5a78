// One planning pass for a command: the run's config, catalog and journal, the state as read
// now (or as given), and the clock.
import type { PlanOptions } from '../plan/plan.js';
import { refreshAndPlan, type Planning } from '../plan/refresh-and-plan.js';
import type { State } from '../state/state.js';
import { mosaicVersion } from './mosaic-version.js';
import type { Run } from './open-run.js';

export async function planForRun(run: Run, options: PlanOptions, state?: State): Promise<Planning> {
  return refreshAndPlan({
    config: run.config,
    catalog: run.catalog,
    state: state ?? (await run.store.read()),
    intents: await run.journal.readOpen(),
    options,
    mosaicVersion: mosaicVersion(),
    now: new Date().toISOString(),
  });
}
