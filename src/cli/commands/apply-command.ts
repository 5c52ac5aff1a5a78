// mosaic apply [PLAN] and mosaic destroy: flags into an apply run, its events into progress
// lines, its report into a summary (or JSON), and the approval prompt on a terminal.
import { resolve } from 'node:path';
import { assertNever } from '../../assert-never.js';
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { applyChanges } from '../../run/apply-run.js';
import { withRun } from '../../run/open-run.js';
import type { RunEvent } from '../../run/run-events.js';
import { readSavedPlan } from '../../run/saved-plan.js';
import { toPlanOptions, type NarrowingFlags } from '../plan-options.js';
import type { Terminal } from '../terminal.js';
import { renderApplyEvent, renderApplySummary, summarizeOutcomes } from '../views/render-apply.js';
import { renderPlan } from '../views/render-plan.js';
import { renderBreakerTransition, renderRecoveryNotes } from '../views/render-run-notices.js';

export interface ApplyFlags extends NarrowingFlags {
  readonly config: string;
  readonly autoApprove?: boolean;
  readonly parallelism: string;
  readonly lockTimeout?: string;
  readonly as?: string;
  readonly workspace?: string;
  readonly json?: boolean;
}

export function runApply(terminal: Terminal, planFile: string | undefined, flags: ApplyFlags): Promise<number> {
  return applyOrDestroy(terminal, 'apply', planFile, flags);
}

export function runDestroy(terminal: Terminal, flags: ApplyFlags): Promise<number> {
  return applyOrDestroy(terminal, 'destroy', undefined, flags);
}

async function applyOrDestroy(terminal: Terminal, command: 'apply' | 'destroy', planFile: string | undefined, flags: ApplyFlags): Promise<number> {
  const parallelism = Number(flags.parallelism);
  if (!Number.isInteger(parallelism) || parallelism < 1) {
    throw new DiagnosticError([errorDiagnostic('cli.bad-parallelism', `--parallelism "${flags.parallelism}" is not a positive whole number`, { hint: 'Use e.g. --parallelism 10.' })]);
  }
  const saved = planFile === undefined ? undefined : await readSavedPlan(resolve(terminal.io.cwd, planFile), planFile);
  const ask = saved === undefined && flags.autoApprove !== true;
  if (ask) terminal.requireApprovalPossible(command, false);
  const json = flags.json === true;
  const report = await withRun(terminal.runRequest(flags), (run) =>
    applyChanges(run, {
      command,
      ...(saved ? { saved } : {}),
      options: toPlanOptions(flags, command === 'destroy'),
      parallelism,
      ...(flags.lockTimeout === undefined ? {} : { lockTimeout: flags.lockTimeout }),
      ...(ask ? { approve: () => terminal.askApproval(`Do you want to ${command === 'destroy' ? 'destroy all resources in state' : 'perform these actions'}?`) } : {}),
      listeners: [
        (event) => {
          renderRunEvent(terminal, event, json);
        },
      ],
    }),
  );
  switch (report.status) {
    case 'cancelled':
      terminal.print(`${command === 'destroy' ? 'Destroy' : 'Apply'} cancelled.`);
      return 1;
    case 'unchanged':
      if (json) terminal.printJson({ outcomes: [], summary: summarizeOutcomes([]), failovers: [], breaker_transitions: report.transitions });
      return 0;
    case 'applied': {
      if (json) terminal.printJson({ outcomes: report.outcomes, summary: summarizeOutcomes(report.outcomes), failovers: report.failovers, breaker_transitions: report.transitions });
      else terminal.print(renderApplySummary(command, report.outcomes, terminal.style, report.failovers));
      return report.outcomes.every((o) => o.status === 'succeeded') ? 0 : 1;
    }
    default:
      return assertNever(report, 'apply report');
  }
}

/** Progress for people: the plan before it is carried out, then a line per step that matters. */
function renderRunEvent(terminal: Terminal, event: RunEvent, json: boolean): void {
  switch (event.type) {
    case 'planned': {
      const notes = renderRecoveryNotes(event.recovered);
      if (notes) terminal.notice(notes);
      if (!event.saved && !json) terminal.print(renderPlan(event.plan, terminal.style));
      return;
    }
    case 'breaker':
      if (!json) terminal.print(terminal.style.yellow(renderBreakerTransition(event.transition)));
      return;
    case 'recovered':
      return;
    default: {
      const line = renderApplyEvent(event, terminal.style);
      if (line !== undefined && !json) terminal.print(line);
    }
  }
}
