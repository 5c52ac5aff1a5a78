// What a run reports as it goes: every apply event, the plan once it is made, what was
// reconciled of an interrupted run, and each circuit-breaker transition. The CLI renders
// them; the audit trail records them (audit-listener.ts).
import type { ApplyEvent } from '../apply/apply-events.js';
import type { Plan } from '../plan/plan.js';
import type { RecoveryNote } from '../plan/recover-interrupted.js';
import type { BreakerTransition } from '../transport/provider-resilience.js';

export type RunEvent =
  | ApplyEvent
  /** The plan apply will carry out; `saved` when it came from a plan file. */
  | { readonly type: 'planned'; readonly plan: Plan; readonly saved: boolean; readonly recovered: readonly RecoveryNote[] }
  /** What an interrupted run had done, now written into state. */
  | { readonly type: 'recovered'; readonly notes: readonly RecoveryNote[] }
  | { readonly type: 'breaker'; readonly transition: BreakerTransition };

/** A listener may return a promise; the run waits for it before going on. */
export type RunListener = (event: RunEvent) => void | Promise<void>;

export interface RunEvents {
  /** Delivers an event to every listener, in order, and waits for them. */
  readonly emit: (event: RunEvent) => Promise<void>;
  /** For sources that cannot wait (a breaker's callback): delivered in order; settled() waits. */
  post(event: RunEvent): void;
  settled(): Promise<void>;
}

export function createRunEvents(listeners: readonly RunListener[]): RunEvents {
  let posted: Promise<void> = Promise.resolve();
  const emit = async (event: RunEvent): Promise<void> => {
    for (const listener of listeners) await listener(event);
  };
  return {
    emit,
    post(event) {
      posted = posted.then(() => emit(event));
    },
    settled: () => posted,
  };
}
