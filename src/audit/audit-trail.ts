// AuditTrail: what a run needs of the audit trail, whichever backend keeps it — a file of
// JSON lines (AuditLog) or rows of a PostgreSQL table (state/postgres/postgres-audit-trail).
import type { AuditEntry } from './audit-entry.js';
import type { AuditLogVerification } from './verify-audit-log.js';

/** What a caller says of an entry; the trail adds seq, time (unless given), prev and hash. */
export type AuditEntryInput = Omit<AuditEntry, 'seq' | 'time' | 'prev' | 'hash'> & {
  /** ISO time; now when omitted. */
  readonly time?: string;
};

export interface AuditTrail {
  /** Where the trail is kept, for messages: a file, or a table and workspace. Never holds a password. */
  readonly location: string;
  /** Appends one entry chained to the last one; returns it. */
  append(input: AuditEntryInput): Promise<AuditEntry>;
  /** The entries that can be read, in order; what cannot is left to verify. */
  read(): Promise<AuditEntry[]>;
  /** Recomputes the hash chain and names the first entry that was edited, removed or reordered. */
  verify(): Promise<AuditLogVerification>;
  /** Every entry as stored (its line of canonical JSON), in order: for copying the trail unchanged. */
  readLines(): Promise<string[]>;
  /** Fills this empty trail with `lines` read from another one, byte for byte. */
  writeLines(lines: readonly string[]): Promise<void>;
}
