// Small state entries and states for the tests of state backends.
import type { State, StateResource } from '../../src/state/state.js';

export function makeResource(name: string, spec: Record<string, unknown> = {}): StateResource {
  return {
    kind: 'repository',
    name,
    provider: 'local',
    id: `id-${name}`,
    natural_key: name,
    spec: { name, ...spec },
    depends_on: [],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  };
}

/** A state of `count` repositories r0..r(count-1); `serial` and `lineage` are left to the store. */
export function makeState(count: number, spec: Record<string, unknown> = {}): State {
  const resources: Record<string, StateResource> = {};
  for (let i = 0; i < count; i++) resources[`repository.r${String(i)}`] = makeResource(`r${String(i)}`, spec);
  return { lineage: '', serial: 0, resources };
}

export function withResources(state: State, resources: Record<string, StateResource>): State {
  return { ...state, resources };
}
