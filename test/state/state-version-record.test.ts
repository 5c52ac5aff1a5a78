// History records: their text is canonical JSON, a write becomes a patch or (when history has
// nothing to patch, or the patches outgrow the state) a snapshot, and any version rebuilds.
import { describe, expect, it } from 'vitest';
import { encodeCanonicalJson } from '../../src/canonical-json.js';
import { rebuildStateVersion } from '../../src/state/rebuild-state-version.js';
import { recordStateVersion } from '../../src/state/record-state-version.js';
import type { State } from '../../src/state/state.js';
import { decodeStateVersionRecord, type StateVersionRecord } from '../../src/state/state-version-record.js';
import { makeResource, makeState } from './state-fixtures.js';

const author = { time: '2026-01-01T00:00:00.000Z', principal: 'alice', command: 'mosaic apply' };
const at = (state: State, serial: number): State => ({ ...state, lineage: 'L', serial });

describe('state version records', () => {
  it('encode as the canonical JSON of the record, and decode back', () => {
    const { record, line } = recordStateVersion({ state: at(makeState(0), 0), chain: undefined }, at(makeState(3, { z: 1, a: { y: 2, x: 1 } }), 1), author);
    expect(line).toBe(encodeCanonicalJson(record));
    expect(decodeStateVersionRecord(line)).toEqual(JSON.parse(line));
    const patch = recordStateVersion({ state: at(makeState(3), 1), chain: 0 }, at(makeState(2), 2), author);
    expect(patch.record).toMatchObject({ kind: 'patch', base: 1, remove: ['repository.r2'], set: {} });
    expect(patch.line).toBe(encodeCanonicalJson(patch.record));
    expect(decodeStateVersionRecord('{"serial":1}')).toBeUndefined();
  });

  it('writes a snapshot when history does not hold the version before, or the lineage changes', () => {
    const before = at(makeState(5), 4);
    expect(recordStateVersion({ state: before, chain: undefined }, at(makeState(5), 5), author).record.kind).toBe('snapshot');
    expect(recordStateVersion({ state: before, chain: 10 }, { ...makeState(5), lineage: 'M', serial: 5 }, author).record.kind).toBe('snapshot');
    expect(recordStateVersion({ state: before, chain: 10 }, at(makeState(5), 5), author).record).toMatchObject({ kind: 'patch', set: {}, remove: [] });
  });

  it('keeps a patch small (only what changed) and snapshots once the patches outgrow the state', () => {
    let previous = { state: at(makeState(50), 1), chain: 0 as number | undefined };
    const records: StateVersionRecord[] = [recordStateVersion({ state: at(makeState(0), 0), chain: undefined }, previous.state, author).record];
    for (let serial = 2; serial <= 400; serial++) {
      const resources = { ...previous.state.resources, [`repository.r${String(serial % 50)}`]: makeResource(`r${String(serial % 50)}`, { serial }) };
      const next = at({ ...previous.state, resources }, serial);
      const { record } = recordStateVersion(previous, next, author);
      records.push(record);
      previous = { state: next, chain: record.chain };
    }
    const snapshots = records.filter((r) => r.kind === 'snapshot').length;
    expect(snapshots).toBeGreaterThan(2);
    expect(snapshots).toBeLessThan(40);
    expect(Object.keys(records[100]?.kind === 'patch' ? records[100].set : {})).toHaveLength(1);
  });

  it('rebuilds every version, the last record of a serial winning', () => {
    const states = [at(makeState(3), 1), at(makeState(4), 2), at(makeState(2), 3)];
    const records: StateVersionRecord[] = [];
    let previous = { state: at(makeState(0), 0), chain: undefined as number | undefined };
    for (const state of states) {
      const { record } = recordStateVersion(previous, state, author);
      records.push(record);
      previous = { state, chain: record.chain };
    }
    // A run killed between history and state wrote serial 3 twice; the second one is the state.
    const killed = recordStateVersion({ state: states[1] as State, chain: records[1]?.chain }, at(makeState(9), 3), author).record;
    const all = [...records.slice(0, 2), killed, records[2] as StateVersionRecord];
    for (const state of states) expect(rebuildStateVersion(all, state.serial, 'history').value).toEqual(state);
    expect(rebuildStateVersion(all.slice(1), 2, 'history').diagnostics[0]?.summary).toBe('history lacks serial 1, the version serial 2 is built on');
  });
});
