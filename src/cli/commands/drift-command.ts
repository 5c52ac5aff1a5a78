// mosaic drift: refresh only, and report what changed outside mosaic since the last apply.
// Exit 2 when anything drifted, so a cron job can alert on it.
import { withRun } from '../../run/open-run.js';
import { makePlan } from '../../run/plan-run.js';
import type { Terminal } from '../terminal.js';
import { renderPlan } from '../views/render-plan.js';

export async function runDrift(terminal: Terminal, flags: { config: string; json?: boolean; workspace?: string }): Promise<number> {
  const { plan } = await withRun(terminal.runRequest(flags), (run) => makePlan(run, { target: [], exclude: [], replace: [], destroy: false }));
  const { drift } = plan;
  if (flags.json) terminal.printJson({ drifted: drift.length, drift });
  else if (drift.length === 0) terminal.print('No drift: every managed object matches what mosaic last applied.');
  else {
    const onlyDrift = { ...plan, changes: [] };
    terminal.print(renderPlan(onlyDrift, terminal.style).replace(/\n?No changes\..*\n$/, '\n'));
    terminal.print(`${String(drift.length)} resource(s) drifted. Run \`mosaic plan\` to see what apply would do about it.`);
  }
  return drift.length > 0 ? 2 : 0;
}
