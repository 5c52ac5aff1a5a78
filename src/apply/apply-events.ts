// What apply reports while it works. Listeners (the CLI's progress lines, the audit trail) get
// every event in order, and apply waits for a listener's promise before it goes on, so an
// audit entry is durable before the step it records is followed by the next. Every event is
// also published on the `mosaic:apply` diagnostics channel for tracing tools.
import { channel } from 'node:diagnostics_channel';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResourceChange } from '../plan/plan.js';

/** The operations an intent is journaled for. */
export type IntentAction = 'create' | 'update' | 'delete' | 'import';

export type ApplyEvent =
  | { readonly type: 'started'; readonly change: ResourceChange }
  /** An intent reached the journal; the provider call comes next. */
  | { readonly type: 'journaled'; readonly change: ResourceChange; readonly intent: IntentAction; readonly provider: string }
  /** A provider call returned; its result is not yet in state. */
  | { readonly type: 'called'; readonly change: ResourceChange; readonly operation: ProviderOperation; readonly provider: string }
  /** The change's state entry was written. */
  | { readonly type: 'recorded'; readonly change: ResourceChange }
  | { readonly type: 'succeeded'; readonly change: ResourceChange; readonly id: string | undefined; readonly provider: string; readonly ms: number }
  | { readonly type: 'failed'; readonly change: ResourceChange; readonly diagnostic: Diagnostic }
  | { readonly type: 'skipped'; readonly change: ResourceChange; readonly because: string }
  /** A create left an unavailable provider for the next candidate its rule allows. */
  | { readonly type: 'failover'; readonly change: ResourceChange; readonly failover: Failover }
  /** A move without --allow-move-delete: the old object stays where it was, unmanaged. */
  | { readonly type: 'kept'; readonly change: ResourceChange; readonly provider: string; readonly id: string };

export type ProviderOperation = 'create' | 'update' | 'delete' | 'git-remote';

export type ApplyListener = (event: ApplyEvent) => void | Promise<void>;

export interface Failover {
  readonly address: string;
  readonly from: string;
  readonly to: string;
  /** Why `from` was given up, e.g. "circuit breaker open" or the last error. */
  readonly reason: string;
}

export type ChangeOutcome =
  | { readonly address: string; readonly action: string; readonly status: 'succeeded'; readonly id: string | undefined; readonly provider: string }
  | { readonly address: string; readonly action: string; readonly status: 'failed'; readonly diagnostic: Diagnostic }
  | { readonly address: string; readonly action: string; readonly status: 'skipped'; readonly because: string };

const applyChannel = channel('mosaic:apply');

/** Delivers an event to every listener in turn, waiting for each, and to the channel. */
export function createApplyEmitter(listeners: readonly ApplyListener[]): (event: ApplyEvent) => Promise<void> {
  return async (event) => {
    if (applyChannel.hasSubscribers) applyChannel.publish(event);
    for (const listener of listeners) await listener(event);
  };
}
