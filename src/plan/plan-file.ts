// The saved plan file (`mosaic plan --out FILE`): versioned JSON, checked against
// schemas/plan.schema.json when read, and refused when the state or config moved on.
import { readFile, writeFile } from 'node:fs/promises';
import { errorDiagnostic, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { validatePlanFile } from '../generated/validate-plan-file.js';
import type { State } from '../state/state.js';
import type { Plan } from './plan.js';

export function encodePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export async function writePlanFile(path: string, plan: Plan): Promise<void> {
  await writeFile(path, encodePlan(plan));
}

/** Reads the plan at `path`; messages name it `shownAs`, the path as the user gave it. */
export async function readPlanFile(path: string, shownAs = path): Promise<Result<Plan>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const summary = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `plan file ${shownAs} does not exist` : `plan file ${shownAs} is not valid JSON`;
    return { value: undefined, diagnostics: [errorDiagnostic('plan.unreadable', summary, { hint: 'Save a plan with `mosaic plan --out FILE`, then apply it with `mosaic apply FILE`.' })] };
  }
  if (typeof parsed === 'object' && parsed !== null && (parsed as { format_version?: unknown }).format_version !== 1) {
    return { value: undefined, diagnostics: [errorDiagnostic('plan.unsupported-version', `plan file ${shownAs} has a format this mosaic does not know`, { hint: 'Make the plan again with this version of mosaic.' })] };
  }
  if (!validatePlanFile(parsed)) {
    const first = validatePlanFile.errors?.[0];
    return { value: undefined, diagnostics: [errorDiagnostic('plan.invalid', `plan file ${shownAs} is not a mosaic plan`, { hint: `At ${first?.instancePath || '/'}: ${first?.message ?? 'invalid'}.` })] };
  }
  return { value: parsed, diagnostics: [] };
}

/** Diagnostics when a saved plan no longer matches the state or the config it was made from. */
export function checkPlanFresh(plan: Plan, state: State, configHash: string, workspace: string): Diagnostic[] {
  const hint = 'Make a new plan with `mosaic plan --out FILE` and review it again.';
  const problems: Diagnostic[] = [];
  if (plan.workspace !== undefined && plan.workspace !== workspace) {
    problems.push(
      errorDiagnostic('plan.other-workspace', `the saved plan was made in workspace "${plan.workspace}", and this run uses "${workspace}"`, {
        hint: `Apply it with --workspace ${plan.workspace}, or make a new plan in "${workspace}".`,
      }),
    );
    return problems;
  }
  if (plan.lineage !== state.lineage && plan.lineage !== '') {
    problems.push(errorDiagnostic('plan.stale', `the saved plan was made for another state (lineage ${plan.lineage}, now ${state.lineage || 'none'})`, { hint }));
  } else if (plan.serial !== state.serial || (plan.lineage === '' && state.lineage !== '')) {
    problems.push(errorDiagnostic('plan.stale', `the state changed since the plan was made (serial ${String(plan.serial)}, now ${String(state.serial)})`, { hint }));
  }
  if (plan.config_hash !== configHash) {
    problems.push(errorDiagnostic('plan.stale', 'the configuration changed since the plan was made', { hint }));
  }
  return problems;
}
