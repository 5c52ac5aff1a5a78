// mosaic apply [PLAN] and mosaic destroy: lock, plan (or check a saved plan is still what
// it says), ask, reconcile an interrupted run, carry out the changes, report each outcome.
import { applyPlan } from '../../apply/apply-plan.js';
import { mirrorRepository } from '../../apply/mirror-repository.js';
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { encodeCanonicalJson } from '../../canonical-json.js';
import { planHasChanges, type Plan } from '../../plan/plan.js';
import { checkPlanFresh, readPlanFile } from '../../plan/plan-file.js';
import { askApproval, requireApprovalPossible } from '../confirm.js';
import { planForRun } from '../plan-for-run.js';
import { openRun, type Run } from '../open-run.js';
import { toPlanOptions, type NarrowingFlags } from '../plan-options.js';
import { print, printJson } from '../print.js';
import type { Placement } from '../../routing/placement.js';
import { isProviderUnavailable, type BreakerTransition, type ProviderResilience } from '../../transport/provider-resilience.js';
import { renderApplyEvent, renderApplySummary, summarizeOutcomes } from '../views/render-apply.js';
import { createOutputStyle } from '../views/output-style.js';
import { renderPlan } from '../views/render-plan.js';
import { printRecoveryNotes } from '../views/render-recovery.js';
import type { RoutingObservation } from '../../state/routing-history.js';

export interface ApplyFlags extends NarrowingFlags {
  readonly config: string;
  readonly autoApprove?: boolean;
  readonly parallelism: string;
  readonly lockTimeout?: string;
  readonly as?: string;
  readonly json?: boolean;
}

export function runApply(planFile: string | undefined, flags: ApplyFlags): Promise<number> {
  return applyOrDestroy('apply', planFile, flags);
}

export function runDestroy(flags: ApplyFlags): Promise<number> {
  return applyOrDestroy('destroy', undefined, flags);
}

async function applyOrDestroy(command: 'apply' | 'destroy', planFile: string | undefined, flags: ApplyFlags): Promise<number> {
  const parallelism = Number(flags.parallelism);
  if (!Number.isInteger(parallelism) || parallelism < 1) {
    throw new DiagnosticError([errorDiagnostic('cli.bad-parallelism', `--parallelism "${flags.parallelism}" is not a positive whole number`, { hint: 'Use e.g. --parallelism 10.' })]);
  }
  const saved = planFile ? await readSavedPlan(planFile) : undefined;
  if (!saved) requireApprovalPossible(command, flags.autoApprove === true);
  const run = await openRun({ config: flags.config, ...(flags.as ? { as: flags.as } : {}) });
  const lock = await run.lock(`mosaic ${command}`, flags.lockTimeout);
  try {
    return await applyLocked(run, command, saved, flags, parallelism);
  } finally {
    await lock.release();
  }
}

async function readSavedPlan(path: string): Promise<Plan> {
  const read = await readPlanFile(path);
  if (!read.value) throw new DiagnosticError(read.diagnostics);
  return read.value;
}

async function applyLocked(run: Run, command: 'apply' | 'destroy', saved: Plan | undefined, flags: ApplyFlags, parallelism: number): Promise<number> {
  const state = await run.store.read();
  if (saved) {
    const stale = checkPlanFresh(saved, state, run.config.hash, run.workspace.name);
    if (stale.length > 0) throw new DiagnosticError(stale);
  }
  const options = saved ? { ...saved.options, destroy: saved.command === 'destroy' } : toPlanOptions(flags, command === 'destroy');
  const planning = await planForRun(run, options, state, saved ? savedPlacements(saved) : undefined);
  const transitions = watchBreakers(run, command, planning.providers.resilience, flags.json === true);
  const c = createOutputStyle(process.stdout);
  try {
    if (saved) assertSamePlan(saved, planning.plan);
    const plan = saved ?? planning.plan;
    printRecoveryNotes(planning.recovery.notes);
    if (!saved && !flags.json) print(renderPlan(plan, c));
    if (!planHasChanges(plan) && planning.recovery.notes.length === 0) {
      if (flags.json) printJson({ outcomes: [], summary: summarizeOutcomes([]), failovers: [], breaker_transitions: transitions.all() });
      return 0;
    }
    if (!saved && !flags.autoApprove && planHasChanges(plan)) {
      const verb = command === 'destroy' ? 'destroy all resources in state' : 'perform these actions';
      if (!(await askApproval(`Do you want to ${verb}?`))) {
        print(`${command === 'destroy' ? 'Destroy' : 'Apply'} cancelled.`);
        return 1;
      }
    }

    let current = planning.recovery.state;
    if (planning.recovery.notes.length > 0) {
      current = await run.store.write(current);
      for (const note of planning.recovery.notes) {
        await run.audit.append({ principal: run.principal, command, action: 'recover', address: note.address, provider: note.provider, outcome: 'succeeded', error: note.text });
      }
    }
    await run.journal.clear();

    const configSpecs = new Map(run.config.resources.map((r) => [r.address, r.spec]));
    const observations: RoutingObservation[] = [];
    const result = await applyPlan({
      plan,
      state: current,
      store: run.store,
      journal: run.journal,
      audit: run.audit,
      handlerOf: planning.handlerOf,
      principal: run.principal,
      command,
      parallelism,
      configSpecOf: (address) => configSpecs.get(address),
      observe: (observation) => observations.push(observation),
      unavailableReason: failoverReason,
      mirror: mirrorRepository,
      onEvent: flags.json ? undefined : (event) => {
        print(renderApplyEvent(event, c));
      },
    });
    // Adaptive and health-based routing learn from these in later runs.
    await run.routing.recordAll(observations);
    const failed = result.outcomes.some((o) => o.status !== 'succeeded');
    if (!failed) await run.journal.clear();
    if (flags.json) printJson({ outcomes: result.outcomes, summary: summarizeOutcomes(result.outcomes), failovers: result.failovers, breaker_transitions: transitions.all() });
    else print(renderApplySummary(command, result.outcomes, c, result.failovers));
    return failed ? 1 : 0;
  } finally {
    await transitions.settled();
    await planning.providers.close();
  }
}

/** Where a saved plan placed its creates and moves: applying it keeps them. */
function savedPlacements(plan: Plan): Map<string, Placement> {
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

/**
 * Prints each breaker transition as it happens and records it in the audit trail; all()
 * lists them for --json, settled() waits for their audit entries.
 */
function watchBreakers(run: Run, command: string, resilience: ProviderResilience, quiet: boolean) {
  const seen: BreakerTransition[] = [];
  let writes: Promise<unknown> = Promise.resolve();
  const note = (t: BreakerTransition): void => {
    seen.push(t);
    if (!quiet) print(createOutputStyle(process.stdout).yellow(`circuit breaker of ${t.provider}: ${t.from} → ${t.to} (${t.reason})`));
    writes = writes.then(() => run.audit.append({ principal: run.principal, command, action: 'circuit-breaker', address: `providers.${t.provider}`, provider: t.provider, outcome: t.to, error: t.reason }));
  };
  // Those of the refresh, which ran before this could listen, then those of the changes.
  resilience.transitions().forEach(note);
  resilience.onTransition(note);
  return { all: (): readonly BreakerTransition[] => [...seen], settled: () => writes };
}

/**
 * A create fails over only when its provider is unavailable and nothing it sent may have been
 * carried out: a POST whose connection broke may have made the object, and a failover would
 * make it twice. That one fails instead, and the intent journal lets the next run find it.
 */
function failoverReason(error: unknown): string | undefined {
  return isProviderUnavailable(error) && !error.mayHaveWritten ? error.detail : undefined;
}

/** A saved plan is carried out only while re-planning now would give the same changes. */
function assertSamePlan(saved: Plan, now: Plan): void {
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
