// mosaic plan: refresh, diff, and show (or save) what apply would do.
import { resolve } from 'node:path';
import { planHasChanges } from '../../plan/plan.js';
import { encodePlan, writePlanFile } from '../../plan/plan-file.js';
import { withRun } from '../../run/open-run.js';
import { makePlan } from '../../run/plan-run.js';
import { toPlanOptions, type NarrowingFlags } from '../plan-options.js';
import type { Terminal } from '../terminal.js';
import { renderBreakerWarning, renderRecoveryNotes } from '../views/render-run-notices.js';
import { renderPlan } from '../views/render-plan.js';
import { renderPlanMarkdown } from '../views/render-plan-markdown.js';

export interface PlanFlags extends NarrowingFlags {
  readonly config: string;
  readonly json?: boolean;
  readonly format: 'human' | 'json' | 'markdown';
  readonly out?: string;
  readonly destroy?: boolean;
  readonly detailedExitcode?: boolean;
  readonly workspace?: string;
}

export async function runPlan(terminal: Terminal, flags: PlanFlags): Promise<number> {
  const options = toPlanOptions(flags, flags.destroy === true);
  const { plan, recovered, transitions } = await withRun(terminal.runRequest(flags), (run) => makePlan(run, options));
  for (const t of transitions) terminal.notice(renderBreakerWarning(t));
  if (flags.out) await writePlanFile(resolve(terminal.io.cwd, flags.out), plan);
  const format = flags.json ? 'json' : flags.format;
  if (format === 'json') terminal.print(encodePlan(plan));
  else if (format === 'markdown') terminal.print(renderPlanMarkdown(plan));
  else {
    const notes = renderRecoveryNotes(recovered);
    if (notes) terminal.notice(notes);
    terminal.print(renderPlan(plan, terminal.style));
    if (flags.out) terminal.print(`\nSaved the plan to ${flags.out}. Apply exactly these changes with: mosaic apply ${flags.out}`);
  }
  return flags.detailedExitcode && planHasChanges(plan) ? 2 : 0;
}
