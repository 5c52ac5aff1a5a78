// Small builders for planner tests: config resources, state entries and an in-memory handler.
import type { Config, ConfigResource } from '../../src/config/config.js';
import { createLiveIndex, type LiveIndex } from '../../src/plan/live-index.js';
import type { KindHandler, RawObject, Spec } from '../../src/resources/provider-contract.js';
import { kindTraits, type ResourceKind } from '../../src/resources/resource-kind.js';
import type { State, StateResource } from '../../src/state/state.js';
import { createCatalog } from '../../src/plugins/builtin-catalog.js';
import { defaultResilience } from '../../src/config/decode-routing.js';

export function resource(address: string, spec: Record<string, unknown>, extra: Partial<ConfigResource> = {}): ConfigResource {
  const [kind, name] = address.split('.') as [ResourceKind, string];
  const references = kindTraits[kind].references
    .filter((r) => typeof spec[r.field] === 'string')
    .map((r) => ({ field: r.field, address: `${r.kind}.${String(spec[r.field])}` }));
  return {
    address,
    kind,
    name,
    provider: undefined,
    labels: {},
    tenant: undefined,
    lifecycle: { preventDestroy: false, ignoreChanges: [] },
    spec,
    references,
    range: { file: 'mosaic.yaml', line: 1, column: 1 },
    ...extra,
  };
}

export function config(resources: ConfigResource[], moved: Config['moved'] = []): Config {
  return {
    dir: '/tmp',
    files: ['/tmp/mosaic.yaml'],
    plugins: createCatalog([]),
    providers: new Map([['local', { name: 'local', type: 'local', settings: {}, settingVariables: {}, resilience: defaultResilience, range: undefined }]]),
    routingDefaults: {},
    routing: { rules: [], defaultStrategy: 'round-robin' },
    state: { backend: 'local', path: '/tmp/state' },
    moved,
    resources: [...resources].sort((a, b) => (a.address < b.address ? -1 : 1)),
    hash: 'h',
  };
}

export function stateOf(entries: Record<string, Partial<StateResource> & { id: string; spec: Record<string, unknown> }>): State {
  const resources: Record<string, StateResource> = {};
  for (const [address, e] of Object.entries(entries)) {
    const [kind, name] = address.split('.') as [ResourceKind, string];
    resources[address] = {
      kind,
      name,
      provider: 'local',
      natural_key: e.id,
      depends_on: [],
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
      ...e,
    };
  }
  return { lineage: 'L', serial: 3, resources };
}

/** A handler over a map of live objects; ids are `kind/name`, natural key is the name field. */
export function memoryHandler(kind: ResourceKind, immutable: string[] = []): KindHandler & { objects: Map<string, Spec> } {
  const objects = new Map<string, Spec>();
  const keyOf = (spec: Spec): string => {
    const key = spec['name'] ?? spec['title'] ?? spec['key'] ?? spec['slug'] ?? '';
    return typeof key === 'string' ? key : JSON.stringify(key);
  };
  const raw = (id: string): RawObject => ({ id, data: objects.get(id) });
  return {
    kind,
    immutable,
    objects,
    list: () => Promise.resolve([...objects.keys()].map(raw)),
    read: (id) => Promise.resolve(objects.has(id) ? raw(id) : undefined),
    create: (spec) => {
      const id = `${kind}/${keyOf(spec)}`;
      objects.set(id, spec);
      return Promise.resolve(raw(id));
    },
    update: (id, spec) => {
      objects.set(id, { ...objects.get(id), ...spec });
      return Promise.resolve(raw(id));
    },
    delete: (id) => {
      objects.delete(id);
      return Promise.resolve();
    },
    naturalKey: keyOf,
    normalize: (r) => ({ id: r.id, spec: r.data as Spec }),
  };
}

export function liveOf(handlers: KindHandler[], objects: Record<string, Spec>): LiveIndex {
  const live = createLiveIndex();
  for (const [id, spec] of Object.entries(objects)) {
    const handler = handlers.find((h) => id.startsWith(`${h.kind}/`));
    if (handler) live.add('local', handler, { id, spec });
  }
  return live;
}
