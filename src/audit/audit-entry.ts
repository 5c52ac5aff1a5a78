// AuditEntry: one line of the audit log, and how it is hashed, chained, written and read.
import { createHash } from 'node:crypto';
import { encodeCanonicalJson } from '../canonical-json.js';

/** A plan action, or another operation a caller records (e.g. "lock", "refresh"). */
export type AuditAction = 'create' | 'update' | 'replace' | 'delete' | 'import' | 'move' | (string & Record<never, never>);

/**
 * failed-over: a create left an unavailable provider for another; kept: a move left the old
 * object in place; open/half-open/closed: a provider's circuit breaker changed state.
 */
export type AuditOutcome = 'started' | 'succeeded' | 'failed' | 'skipped' | 'failed-over' | 'kept' | 'open' | 'half-open' | 'closed';

export interface AuditEntry {
  /** 1-based position in the log. */
  readonly seq: number;
  /** ISO time. */
  readonly time: string;
  readonly principal: string;
  readonly command: string;
  readonly action: AuditAction;
  readonly address: string;
  readonly provider: string;
  readonly outcome: AuditOutcome;
  readonly error?: string;
  /** sha256 (hex) of the previous entry's line; GENESIS_PREV for the first entry. */
  readonly prev: string;
  /** sha256 (hex) of the canonical JSON of this entry without `hash`. */
  readonly hash: string;
}

/** The `prev` of the first entry. */
export const GENESIS_PREV = '0'.repeat(64);

const OUTCOMES: ReadonlySet<string> = new Set<AuditOutcome>(['started', 'succeeded', 'failed', 'skipped', 'failed-over', 'kept', 'open', 'half-open', 'closed']);
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The hash of an entry: every member but `hash`, as canonical JSON. */
export function hashAuditEntry(entry: Readonly<Record<string, unknown>>): string {
  const { hash: _ignored, ...content } = entry;
  return sha256Hex(encodeCanonicalJson(content));
}

/** What the next entry's `prev` holds: the hash of this line's text, without its newline. */
export function hashAuditLine(line: string): string {
  return sha256Hex(line);
}

/** The line (without newline) an entry is written as. */
export function encodeAuditEntry(entry: AuditEntry): string {
  return encodeCanonicalJson(entry);
}

/** The entry on `line` and the raw object it was read from (hashes cover unknown members too). */
export function decodeAuditEntry(line: string): { readonly entry: AuditEntry; readonly raw: Readonly<Record<string, unknown>> } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const raw = parsed as Record<string, unknown>;
  const { seq, time, principal, command, action, address, provider, outcome, error, prev, hash } = raw;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) return undefined;
  if (!areStrings(time, principal, command, action, address, provider)) return undefined;
  if (typeof outcome !== 'string' || !OUTCOMES.has(outcome)) return undefined;
  if (error !== undefined && typeof error !== 'string') return undefined;
  if (typeof prev !== 'string' || !SHA256_HEX.test(prev) || typeof hash !== 'string' || !SHA256_HEX.test(hash)) return undefined;
  const entry: AuditEntry = {
    seq,
    time: time as string,
    principal: principal as string,
    command: command as string,
    action: action as string,
    address: address as string,
    provider: provider as string,
    outcome: outcome as AuditOutcome,
    ...(error === undefined ? {} : { error }),
    prev,
    hash,
  };
  return { entry, raw };
}

function areStrings(...values: readonly unknown[]): boolean {
  return values.every((value) => typeof value === 'string');
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
