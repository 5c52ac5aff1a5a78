// Turns a state write into its history record: a patch of what changed since the version
// before, or a snapshot when there is no usable version before or when the patches since the
// last snapshot have grown as large as the state itself (so rebuilding any version reads at
// most about twice the state, and history grows with what changes, not with the state's size).
import { diffStateResources, type StateResourcesDiff } from './diff-state-resources.js';
import type { State, StateResource } from './state.js';
import { encodeStateEntry, encodeStateVersionRecord, type StateVersionRecord } from './state-version-record.js';

/** The version a write follows, as its store knows it. */
export interface PreviousVersion {
  readonly state: State;
  /**
   * The `chain` of that version's history record; undefined when history does not hold it
   * (a state written before history existed, or an empty workspace).
   */
  readonly chain: number | undefined;
  /** About the bytes of a snapshot of its resources, when already measured. */
  readonly size?: number;
}

export interface VersionAuthor {
  readonly time: string;
  readonly principal: string;
  readonly command: string;
}

export interface RecordedVersion {
  readonly record: StateVersionRecord;
  readonly line: string;
  /** What changed since the version before. */
  readonly diff: StateResourcesDiff;
  /** About the bytes of a snapshot of the new version's resources. */
  readonly size: number;
}

export function recordStateVersion(previous: PreviousVersion, next: State, author: VersionAuthor): RecordedVersion {
  const diff = diffStateResources(previous.state.resources, next.resources);
  const size = previous.size === undefined ? measureResources(next.resources) : previous.size + measureDiff(previous.state.resources, diff);
  const head = { serial: next.serial, lineage: next.lineage, ...author, resources: Object.keys(next.resources).length };
  const snapshot = (): RecordedVersion => {
    const record: StateVersionRecord = { ...head, kind: 'snapshot', set: next.resources, chain: 0 };
    return { record, line: encodeStateVersionRecord(record), diff, size };
  };
  if (previous.chain === undefined || previous.state.lineage !== next.lineage || previous.state.serial === 0) return snapshot();
  const draft: StateVersionRecord = { ...head, kind: 'patch', base: previous.state.serial, set: diff.set, remove: diff.remove, chain: 0 };
  const chain = previous.chain + encodeStateVersionRecord(draft).length;
  if (chain > size) return snapshot();
  // The chain member's digits change the length a little; it counts what was measured.
  const record: StateVersionRecord = { ...draft, chain };
  return { record, line: encodeStateVersionRecord(record), diff, size };
}

/** About the bytes of a snapshot of `resources`. */
function measureResources(resources: Readonly<Record<string, StateResource>>): number {
  let bytes = 0;
  for (const address in resources) bytes += measureEntry(address, resources[address] as StateResource);
  return bytes;
}

/** How many bytes `diff` adds to a snapshot of `before`. */
function measureDiff(before: Readonly<Record<string, StateResource>>, diff: StateResourcesDiff): number {
  let bytes = 0;
  for (const address in diff.set) {
    const old = before[address];
    bytes += measureEntry(address, diff.set[address] as StateResource) - (old === undefined ? 0 : measureEntry(address, old));
  }
  for (const address of diff.remove) {
    const old = before[address];
    if (old !== undefined) bytes -= measureEntry(address, old);
  }
  return bytes;
}

function measureEntry(address: string, entry: StateResource): number {
  return address.length + encodeStateEntry(entry).length + 4;
}
