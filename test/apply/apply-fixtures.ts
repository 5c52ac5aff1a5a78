// Test doubles for applyPlan: a state store and an audit trail in memory (fed by the run's
// audit listener, as in a real run), and a plan around a list of changes.
import type { ApplyListener } from '../../src/apply/apply-events.js';
import type { AuditTrail } from '../../src/audit/audit-trail.js';
import { auditRunEvents } from '../../src/run/audit-listener.js';
import type { Plan, ResourceChange } from '../../src/plan/plan.js';
import { emptyState, type State, type StateStore } from '../../src/state/state.js';

export function memoryStore(): StateStore & { writes: State[] } {
  const writes: State[] = [];
  return {
    writes,
    read: () => Promise.resolve(writes.at(-1) ?? emptyState()),
    write: (state) => {
      const written = { ...state, lineage: 'L', serial: writes.length + 1 };
      writes.push(written);
      return Promise.resolve(written);
    },
    lock: () => Promise.resolve({ release: () => Promise.resolve() }),
  };
}

export interface RecordedAuditEntry {
  address: string;
  outcome: string;
  action: string;
  provider: string;
  error?: string;
}

export interface AuditSink {
  readonly entries: RecordedAuditEntry[];
  /** The listener a run gives apply: the audit trail's, writing here. */
  listener(who: { principal: string; command: string }): ApplyListener;
}

export function auditSink(): AuditSink {
  const entries: RecordedAuditEntry[] = [];
  const append: AuditTrail['append'] = (e) => {
    entries.push(e);
    return Promise.resolve({ ...e, seq: entries.length, time: '', prev: '', hash: '' });
  };
  return { entries, listener: (who) => auditRunEvents({ append }, who) };
}

export const planOf = (changes: ResourceChange[]): Plan => ({
  format_version: 1,
  mosaic_version: '0',
  command: 'apply',
  lineage: '',
  serial: 0,
  config_hash: 'h',
  options: { target: [], exclude: [], replace: [] },
  drift: [],
  changes,
  summary: { create: 0, update: 0, replace: 0, delete: 0, import: 0, no_op: 0, drifted: 0 },
});
