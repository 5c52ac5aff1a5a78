// What apply reports while it works; the CLI renders these as progress lines.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResourceChange } from '../plan/plan.js';

export type ApplyEvent =
  | { readonly type: 'started'; readonly change: ResourceChange }
  | { readonly type: 'succeeded'; readonly change: ResourceChange; readonly id: string | undefined; readonly ms: number }
  | { readonly type: 'failed'; readonly change: ResourceChange; readonly diagnostic: Diagnostic }
  | { readonly type: 'skipped'; readonly change: ResourceChange; readonly because: string }
  /** A create left an unavailable provider for the next candidate its rule allows. */
  | { readonly type: 'failover'; readonly change: ResourceChange; readonly failover: Failover }
  /** A move without --allow-move-delete: the old object stays where it was, unmanaged. */
  | { readonly type: 'kept'; readonly change: ResourceChange; readonly provider: string; readonly id: string };

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

/** Where apply appends its audit entries (the audit log; a test double in tests). */
export interface AuditSink {
  append(entry: {
    principal: string;
    command: string;
    action: string;
    address: string;
    provider: string;
    outcome: 'started' | 'succeeded' | 'failed' | 'skipped' | 'failed-over' | 'kept';
    error?: string;
  }): Promise<unknown>;
}
