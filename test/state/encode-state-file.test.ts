import { describe, expect, it } from 'vitest';
import { encodeStateFile } from '../../src/state/state-file.js';
import type { State, StateResource } from '../../src/state/state.js';

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortDeep((value as Record<string, unknown>)[k])]));
  }
  return value;
}

describe('encodeStateFile', () => {
  it('gives the sorted, indented JSON of the file, also when it reuses cached entries', () => {
    const resources: Record<string, StateResource> = {};
    for (let i = 0; i < 30; i++) {
      resources[`repository.r${String((i * 7) % 30)}`] = {
        kind: 'repository',
        name: `r${String(i)}`,
        provider: 'local',
        id: String(i),
        natural_key: 'k',
        spec: { z: [1, { b: 2, a: 'x\ny' }], a: 'q' },
        depends_on: ['b', 'a'],
        created_at: 't',
        updated_at: 'u',
      };
    }
    for (const rs of [resources, {}]) {
      const state: State = { lineage: 'L', serial: 3, resources: rs };
      const expected = `${JSON.stringify({ version: 1, lineage: 'L', serial: 3, resources: sortDeep(rs) }, null, 2)}\n`;
      expect(encodeStateFile(state)).toBe(expected);
      expect(encodeStateFile(state)).toBe(expected);
    }
  });
});
