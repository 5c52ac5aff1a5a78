// mosaic drift: refresh only, and report what changed outside mosaic since the last apply.
// Exit 2 when anything drifted, so a cron job can alert on it.
import { planForRun } from '../plan-for-run.js';
import { openRun } from '../open-run.js';
import { print, printJson } from '../print.js';
import { createOutputStyle } from '../views/output-style.js';
import { renderPlan } from '../views/render-plan.js';

export async function runDrift(flags: { config: string; json?: boolean }): Promise<number> {
  const run = await openRun({ config: flags.config });
  const planning = await planForRun(run, { target: [], exclude: [], replace: [], destroy: false });
  await planning.providers.close();
  const { drift } = planning.plan;
  if (flags.json) printJson({ drifted: drift.length, drift });
  else if (drift.length === 0) print('No drift: every managed object matches what mosaic last applied.');
  else {
    const onlyDrift = { ...planning.plan, changes: [] };
    print(renderPlan(onlyDrift, createOutputStyle(process.stdout)).replace(/\n?No changes\..*\n$/, '\n'));
    print(`${String(drift.length)} resource(s) drifted. Run \`mosaic plan\` to see what apply would do about it.`);
  }
  return drift.length > 0 ? 2 : 0;
}
