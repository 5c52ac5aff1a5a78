// applyPlan: carries out a plan's changes in dependency order with bounded parallelism. Each
// change is journaled before its provider call, and its state entry written as soon as it
// settles (apply-ledger.ts); a failed change skips its dependents. Listeners hear every step
// (apply-events.ts): the CLI draws progress from them and the audit trail records them.
import { findCycle } from '../graph/find-cycle.js';
import { walkGraph } from '../graph/walk-graph.js';
import type { Plan, ResourceChange } from '../plan/plan.js';
import type { HandlerLookup } from '../plan/refresh-and-plan.js';
import type { Spec } from '../resources/provider-contract.js';
import type { IntentJournal } from '../state/intent-journal.js';
import type { RoutingObservation } from '../state/routing-history.js';
import type { State, StateStore } from '../state/state.js';
import { applyChange } from './apply-change.js';
import { createApplyContext } from './apply-context.js';
import { createApplyEmitter, type ApplyListener, type ChangeOutcome, type Failover } from './apply-events.js';
import { createApplyLedger } from './apply-ledger.js';
import type { MirrorRepository } from './mirror-repository.js';

export interface ApplyInput {
  readonly plan: Plan;
  readonly state: State;
  readonly store: StateStore;
  readonly journal: IntentJournal;
  readonly handlerOf: HandlerLookup;
  readonly parallelism: number;
  /** Told every event, in order; apply waits for each listener's promise. */
  readonly listeners?: readonly ApplyListener[];
  readonly now?: () => Date;
  /**
   * The spec as the config writes it, secrets in plaintext: plans hold only secret hashes,
   * and the provider gets the secrets from here.
   */
  readonly configSpecOf?: (address: string) => Spec | undefined;
  /**
   * Why a provider call failed, in a few words ("HTTP 503", "circuit breaker open"), when it
   * failed because the provider is unavailable and nothing reached it (breaker open, retries
   * exhausted on 5xx, refused connection); undefined otherwise. Only then does a create fail over.
   */
  readonly unavailableReason?: (error: unknown) => string | undefined;
  /** Told the outcome and latency of every provider call, for adaptive routing. */
  readonly observe?: (observation: RoutingObservation) => void;
  /** Copies a repository's refs for a move; git push --mirror unless a test gives another. */
  readonly mirror?: MirrorRepository;
}

export interface ApplyResult {
  /** Sorted by address. */
  readonly outcomes: readonly ChangeOutcome[];
  readonly state: State;
  readonly failovers: readonly Failover[];
}

export async function applyPlan(input: ApplyInput): Promise<ApplyResult> {
  const now = (): string => (input.now ?? (() => new Date()))().toISOString();
  const { byAddress, dependsOn } = changeGraph(input.plan);
  const emit = createApplyEmitter(input.listeners ?? []);
  const ledger = createApplyLedger(input.store, input.state, now);
  const ctx = createApplyContext({
    ledger,
    journal: input.journal,
    handlerOf: input.handlerOf,
    emit,
    now,
    unavailableReason: input.unavailableReason ?? (() => undefined),
    mirror: input.mirror ?? mirrorNotGiven,
    configSpecOf: input.configSpecOf ?? (() => undefined),
    observe: input.observe ?? (() => undefined),
  });
  const walk = await walkGraph(
    dependsOn,
    async (address) => {
      const change = byAddress.get(address);
      if (change) await applyChange(ctx, change);
    },
    input.parallelism,
  );
  for (const [address, outcome] of walk) {
    const change = byAddress.get(address);
    if (outcome.status !== 'skipped' || !change) continue;
    const because = `${outcome.because} failed`;
    ledger.outcomes.push({ address, action: change.action, status: 'skipped', because });
    await emit({ type: 'skipped', change, because });
  }
  const state = await ledger.settle();
  const outcomes = [...ledger.outcomes].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return { outcomes, state, failovers: ledger.failovers };
}

/** The changes that do something (a no-op that renames an address does), and what each waits for. */
function changeGraph(plan: Plan): { byAddress: Map<string, ResourceChange>; dependsOn: Map<string, string[]> } {
  const pending = plan.changes.filter((c) => c.action !== 'no-op' || c.moved_from);
  const byAddress = new Map(pending.map((c) => [c.address, c]));
  const dependsOn = new Map(pending.map((c) => [c.address, c.depends_on.filter((d) => byAddress.has(d))]));
  const cycle = findCycle(dependsOn);
  if (cycle) throw new Error(`plan has a dependency cycle: ${cycle.join(' -> ')}`);
  return { byAddress, dependsOn };
}

const mirrorNotGiven: MirrorRepository = () => Promise.reject(new Error('no way to copy git refs was given to apply'));
