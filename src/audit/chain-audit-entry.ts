// Builds the next entry of a hash chain from what a caller says and where the chain ends;
// shared by every backend, so that a file and a table hold the very same lines.
import { encodeAuditEntry, hashAuditEntry, hashAuditLine, type AuditEntry } from './audit-entry.js';
import type { AuditEntryInput } from './audit-trail.js';

/** Where a chain ends: the seq of its last entry (0 when empty) and what the next `prev` holds. */
export interface AuditChainEnd {
  readonly seq: number;
  readonly prev: string;
}

export interface ChainedAuditEntry {
  readonly entry: AuditEntry;
  /** The entry's line (canonical JSON, no newline), as stored. */
  readonly line: string;
  /** The chain's end once the line is stored. */
  readonly end: AuditChainEnd;
}

export function chainAuditEntry(input: AuditEntryInput, end: AuditChainEnd): ChainedAuditEntry {
  const unhashed = {
    seq: end.seq + 1,
    time: input.time ?? new Date().toISOString(),
    principal: input.principal,
    command: input.command,
    action: input.action,
    address: input.address,
    provider: input.provider,
    outcome: input.outcome,
    ...(input.error === undefined ? {} : { error: input.error }),
    prev: end.prev,
  };
  const entry: AuditEntry = { ...unhashed, hash: hashAuditEntry(unhashed) };
  const line = encodeAuditEntry(entry);
  return { entry, line, end: { seq: entry.seq, prev: hashAuditLine(line) } };
}
