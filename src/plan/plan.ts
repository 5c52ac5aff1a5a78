// Plan: the changes one run would make, as plain data. The JSON form (`plan --json`) and
// the saved plan file are both PlanFileV1 (schemas/plan.schema.json).
import type { Action, Drift, FieldChange, PlanFileV1, PlanSummary, ResourceChange } from '../generated/plan.js';

export type Plan = PlanFileV1;
export type { Action, Drift, FieldChange, PlanSummary, ResourceChange };

export interface PlanOptions {
  readonly target: readonly string[];
  readonly exclude: readonly string[];
  readonly replace: readonly string[];
  /** Plan the removal of everything in state (mosaic destroy). */
  readonly destroy: boolean;
  /** A move deletes the old object once the new one holds everything (--allow-move-delete). */
  readonly allowMoveDelete?: boolean;
}

export function summarizeChanges(changes: readonly ResourceChange[], drift: readonly Drift[]): PlanSummary {
  const count = (a: Action): number => changes.filter((c) => c.action === a).length;
  return {
    create: count('create'),
    update: count('update'),
    replace: count('replace'),
    delete: count('delete'),
    import: count('import'),
    ...(count('move') > 0 ? { move: count('move') } : {}),
    no_op: count('no-op'),
    drifted: drift.length,
  };
}

export function planHasChanges(plan: Plan): boolean {
  return plan.changes.some((c) => c.action !== 'no-op');
}
