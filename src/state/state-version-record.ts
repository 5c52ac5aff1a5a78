// StateVersionRecord: one version of a workspace's state as history keeps it — a snapshot of
// every entry, or a patch against the version before — and its one-line text, the same in a
// history file and in a table, so that migrating history between backends copies it byte for byte.
import { encodeCanonicalJson } from '../canonical-json.js';
import type { StateResource } from './state.js';

export interface StateVersionRecord {
  readonly serial: number;
  readonly lineage: string;
  /** ISO time of the write. */
  readonly time: string;
  /** Who wrote it, and with which command: the holder of the lock at the time. */
  readonly principal: string;
  readonly command: string;
  /** How many resources the version holds. */
  readonly resources: number;
  readonly kind: 'snapshot' | 'patch';
  /** A patch: the serial of the version it applies to. */
  readonly base?: number;
  /** A snapshot: every entry. A patch: the entries added or changed. */
  readonly set: Readonly<Record<string, StateResource>>;
  /** A patch: the addresses removed. */
  readonly remove?: readonly string[];
  /** Bytes of the patch records since the last snapshot, this one included; 0 for a snapshot. */
  readonly chain: number;
}

/** What history lists of a version, without its entries. */
export type StateVersionSummary = Pick<StateVersionRecord, 'serial' | 'lineage' | 'time' | 'principal' | 'command' | 'resources'>;

// Entries are immutable once built, and most survive from one version to the next, so each
// one's text is computed once.
const encodedEntries = new WeakMap<object, string>();

/** The canonical JSON of one state entry (keys sorted at every depth, no whitespace). */
export function encodeStateEntry(entry: StateResource): string {
  let text = encodedEntries.get(entry);
  if (text === undefined) {
    text = encodeCanonicalJson(entry);
    encodedEntries.set(entry, text);
  }
  return text;
}

/**
 * The record's line: exactly encodeCanonicalJson(record), built from the cached text of each
 * entry instead of encoding a snapshot's thousands of entries again.
 */
export function encodeStateVersionRecord(record: StateVersionRecord): string {
  const addresses = Object.keys(record.set).sort();
  const set = addresses.map((address) => `${JSON.stringify(address)}:${encodeStateEntry(record.set[address] as StateResource)}`).join(',');
  const members: string[] = [];
  if (record.base !== undefined) members.push(`"base":${String(record.base)}`);
  members.push(`"chain":${String(record.chain)}`, `"command":${JSON.stringify(record.command)}`, `"kind":${JSON.stringify(record.kind)}`);
  members.push(`"lineage":${JSON.stringify(record.lineage)}`, `"principal":${JSON.stringify(record.principal)}`);
  if (record.remove !== undefined) members.push(`"remove":${JSON.stringify(record.remove)}`);
  members.push(`"resources":${String(record.resources)}`, `"serial":${String(record.serial)}`, `"set":{${set}}`, `"time":${JSON.stringify(record.time)}`);
  return `{${members.join(',')}}`;
}

/** The record on a line, or undefined when the line is not one (its entries are checked when a version is rebuilt). */
export function decodeStateVersionRecord(line: string): StateVersionRecord | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const r = parsed as Record<string, unknown>;
  const wholes = [r.serial, r.resources, r.chain];
  if (!wholes.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) return undefined;
  if (![r.lineage, r.time, r.principal, r.command].every((s) => typeof s === 'string')) return undefined;
  if (r.kind !== 'snapshot' && r.kind !== 'patch') return undefined;
  if (typeof r.set !== 'object' || r.set === null || Array.isArray(r.set)) return undefined;
  if (r.kind === 'patch' && (typeof r.base !== 'number' || !Array.isArray(r.remove) || !r.remove.every((a) => typeof a === 'string'))) return undefined;
  return parsed as StateVersionRecord;
}

export function summarizeStateVersion(record: StateVersionRecord): StateVersionSummary {
  const { serial, lineage, time, principal, command, resources } = record;
  return { serial, lineage, time, principal, command, resources };
}
