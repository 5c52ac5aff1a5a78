// A plan saved with `plan --out` and applied later: read and checked as a file, refused when
// the state, the config or the workspace moved on, its placements kept, and carried out only
// while planning again now gives the same changes.
import { encodeCanonicalJson } from '../canonical-json.js';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/plan.js';
import { checkPlanFresh, readPlanFile } from '../plan/plan-file.js';
import type { Placement } from '../routing/placement.js';
import type { State } from '../state/state.js';

export async function readSavedPlan(path: string, shownAs = path): Promise<Plan> {
  const read = await readPlanFile(path, shownAs);
  if (!read.value) throw new DiagnosticError(read.diagnostics);
  return read.value;
}

/** Throws the reasons a saved plan cannot be applied to this state, config and workspace. */
export function assertPlanFresh(saved: Plan, state: State, configHash: string, workspace: string): void {
  const stale = checkPlanFresh(saved, state, configHash, workspace);
  if (stale.length > 0) throw new DiagnosticError(stale);
}

/** Where a saved plan placed its creates and moves: applying it keeps them. */
export function savedPlacements(plan: Plan): Map<string, Placement> {
  const pinned = new Map<string, Placement>();
  for (const change of plan.changes) {
    if (change.action !== 'create' && change.action !== 'move') continue;
    const p = change.placement;
    pinned.set(change.address, {
      provider: change.provider,
      reason: p?.reason ?? change.reason ?? 'placed by the saved plan',
      ...(p?.rule === undefined ? {} : { rule: p.rule }),
      ...(p?.strategy === undefined ? {} : { strategy: p.strategy }),
      failover: p?.failover ?? [],
      ...(change.move ? { moveFrom: change.move.provider } : {}),
    });
  }
  return pinned;
}

/** A saved plan is carried out only while re-planning now would give the same changes. */
export function assertSamePlan(saved: Plan, now: Plan): void {
  const key = (p: Plan) => new Map(p.changes.filter((c) => c.action !== 'no-op').map((c) => [c.address, encodeCanonicalJson({ ...c, reason: undefined })]));
  const a = key(saved);
  const b = key(now);
  const differing = [...new Set([...a.keys(), ...b.keys()])].filter((address) => a.get(address) !== b.get(address)).sort();
  if (differing.length === 0) return;
  throw new DiagnosticError([
    errorDiagnostic('plan.stale', `live objects changed since the plan was made: ${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''}`, {
      hint: 'Make a new plan with `mosaic plan --out FILE` and review it again.',
    }),
  ]);
}
