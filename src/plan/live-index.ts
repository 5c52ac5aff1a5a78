// LiveIndex: every live object refresh found, findable by provider, kind and id or natural key.
import type { KindHandler, LiveObject } from '../resources/provider-contract.js';
import type { ResourceKind } from '../resources/resource-kind.js';

export interface LiveIndex {
  byId(provider: string, kind: ResourceKind, id: string): LiveObject | undefined;
  byNaturalKey(provider: string, kind: ResourceKind, key: string): LiveObject | undefined;
  /** Records an object into the index (refresh, or apply tracking what it made). */
  add(provider: string, handler: KindHandler, object: LiveObject): void;
}

export function createLiveIndex(): LiveIndex {
  const ids = new Map<string, LiveObject>();
  const keys = new Map<string, LiveObject>();
  const slot = (provider: string, kind: string, k: string): string => `${provider}\u0000${kind}\u0000${k}`;
  return {
    byId: (provider, kind, id) => ids.get(slot(provider, kind, id)),
    byNaturalKey: (provider, kind, key) => keys.get(slot(provider, kind, key)),
    add(provider, handler, object) {
      ids.set(slot(provider, handler.kind, object.id), object);
      keys.set(slot(provider, handler.kind, handler.naturalKey(object.spec)), object);
    },
  };
}
