// mosaic plan: refresh, diff, and show (or save) what apply would do.
import { planHasChanges } from '../../plan/plan.js';
import { encodePlan, writePlanFile } from '../../plan/plan-file.js';
import { planForRun } from '../plan-for-run.js';
import { openRun } from '../open-run.js';
import { toPlanOptions, type NarrowingFlags } from '../plan-options.js';
import { print } from '../print.js';
import { createOutputStyle } from '../views/output-style.js';
import { renderPlan } from '../views/render-plan.js';
import { renderPlanMarkdown } from '../views/render-plan-markdown.js';
import { printRecoveryNotes } from '../views/render-recovery.js';

export interface PlanFlags extends NarrowingFlags {
  readonly config: string;
  readonly json?: boolean;
  readonly format: 'human' | 'json' | 'markdown';
  readonly out?: string;
  readonly destroy?: boolean;
  readonly detailedExitcode?: boolean;
}

export async function runPlan(flags: PlanFlags): Promise<number> {
  const options = toPlanOptions(flags, flags.destroy === true);
  const run = await openRun({ config: flags.config });
  const planning = await planForRun(run, options);
  await planning.providers.close();
  for (const t of planning.providers.resilience.transitions()) process.stderr.write(`warning: circuit breaker of ${t.provider}: ${t.from} → ${t.to} (${t.reason})\n`);
  const { plan } = planning;
  if (flags.out) await writePlanFile(flags.out, plan);
  const format = flags.json ? 'json' : flags.format;
  if (format === 'json') print(encodePlan(plan));
  else if (format === 'markdown') print(renderPlanMarkdown(plan));
  else {
    printRecoveryNotes(planning.recovery.notes);
    print(renderPlan(plan, createOutputStyle(process.stdout)));
    if (flags.out) print(`\nSaved the plan to ${flags.out}. Apply exactly these changes with: mosaic apply ${flags.out}`);
  }
  return flags.detailedExitcode && planHasChanges(plan) ? 2 : 0;
}
