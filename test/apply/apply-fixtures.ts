// Test doubles for applyPlan: a state store and an audit sink in memory, and a plan around
// a list of changes.
import type { AuditSink } from '../../src/apply/apply-events.js';
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

export function auditSink(): AuditSink & { entries: RecordedAuditEntry[] } {
  const entries: RecordedAuditEntry[] = [];
  return { entries, append: (e) => Promise.resolve(void entries.push(e)) };
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
