// `apply` and `destroy` as a run: lock, plan (or check a saved plan is still what it says),
// ask, write what an interrupted run had done, carry out the changes, record what routing
// learns, and release everything. Listeners hear every step; the audit trail is one of them.
import { applyPlan } from '../apply/apply-plan.js';
import type { ChangeOutcome, Failover } from '../apply/apply-events.js';
import { mirrorRepository, type MirrorRepository } from '../apply/mirror-repository.js';
import { planHasChanges, type Plan, type PlanOptions } from '../plan/plan.js';
import type { RoutingObservation } from '../state/routing-history.js';
import type { BreakerTransition } from '../transport/provider-resilience.js';
import { auditRunEvents } from './audit-listener.js';
import { failoverReason } from './failover-policy.js';
import type { Run } from './open-run.js';
import { startPlanning, type Planning } from './plan-run.js';
import { createRunEvents, type RunEvents, type RunListener } from './run-events.js';
import { assertPlanFresh, assertSamePlan, savedPlacements } from './saved-plan.js';
import { watchBreakers } from './watch-breakers.js';

export interface ApplyRequest {
  readonly command: 'apply' | 'destroy';
  /** A plan saved with `plan --out`: carried out as it is, or refused. */
  readonly saved?: Plan;
  /** How to plan when there is no saved plan. */
  readonly options: PlanOptions;
  readonly parallelism: number;
  readonly lockTimeout?: string;
  /** Asked once a new plan with changes is made; false cancels. Absent: approved. */
  readonly approve?: (plan: Plan) => Promise<boolean>;
  readonly listeners?: readonly RunListener[];
  /** How a move copies a repository's refs (git push --mirror unless a test gives another). */
  readonly mirror?: MirrorRepository;
}

export type ApplyReport =
  | { readonly status: 'cancelled'; readonly plan: Plan }
  /** Nothing to change and nothing to reconcile. */
  | { readonly status: 'unchanged'; readonly plan: Plan; readonly transitions: readonly BreakerTransition[] }
  | {
      readonly status: 'applied';
      readonly plan: Plan;
      /** Sorted by address. */
      readonly outcomes: readonly ChangeOutcome[];
      readonly failovers: readonly Failover[];
      readonly transitions: readonly BreakerTransition[];
    };

export async function applyChanges(run: Run, request: ApplyRequest): Promise<ApplyReport> {
  const lock = await run.lock(`mosaic ${request.command}`, request.lockTimeout);
  try {
    const state = await run.store.read();
    const { saved } = request;
    if (saved) assertPlanFresh(saved, state, run.config.hash, run.workspace.name);
    const options = saved ? { ...saved.options, destroy: saved.command === 'destroy' } : request.options;
    const planning = await startPlanning(run, options, { state, ...(saved ? { pinned: savedPlacements(saved) } : {}) });
    const events = createRunEvents([auditRunEvents(run.audit, { principal: run.principal, command: request.command }), ...(request.listeners ?? [])]);
    const breakers = watchBreakers(planning.providers.resilience, events);
    try {
      if (saved) assertSamePlan(saved, planning.plan);
      const plan = saved ?? planning.plan;
      const notes = planning.recovery.notes;
      await events.emit({ type: 'planned', plan, saved: saved !== undefined, recovered: notes });
      if (!planHasChanges(plan) && notes.length === 0) return { status: 'unchanged', plan, transitions: breakers.all() };
      if (request.approve && planHasChanges(plan) && !(await request.approve(plan))) return { status: 'cancelled', plan };
      const result = await carryOut(run, request, plan, planning, events);
      return { status: 'applied', plan, ...result, transitions: breakers.all() };
    } finally {
      // Breaker transitions are audited before the lock is released.
      await events.settled();
      await planning.providers.close();
    }
  } finally {
    await lock.release();
  }
}

async function carryOut(run: Run, request: ApplyRequest, plan: Plan, planning: Planning, events: RunEvents) {
  let state = planning.recovery.state;
  if (planning.recovery.notes.length > 0) {
    state = await run.store.write(state);
    await events.emit({ type: 'recovered', notes: planning.recovery.notes });
  }
  await run.journal.clear();
  const configSpecs = new Map(run.config.resources.map((r) => [r.address, r.spec]));
  const observations: RoutingObservation[] = [];
  const result = await applyPlan({
    plan,
    state,
    store: run.store,
    journal: run.journal,
    handlerOf: planning.handlerOf,
    parallelism: request.parallelism,
    listeners: [events.emit],
    configSpecOf: (address) => configSpecs.get(address),
    observe: (observation) => observations.push(observation),
    unavailableReason: failoverReason,
    mirror: request.mirror ?? mirrorRepository,
  });
  // Adaptive and health-based routing learn from these in later runs.
  await run.routing.recordAll(observations);
  if (result.outcomes.every((o) => o.status === 'succeeded')) await run.journal.clear();
  return { outcomes: result.outcomes, failovers: result.failovers };
}
