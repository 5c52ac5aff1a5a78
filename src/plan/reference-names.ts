// Translation of reference fields between mosaic's terms (the name of another resource of
// the config) and the provider's (that object's id). Plans and state keep names; provider
// calls get ids.
import { kindTraits, type ResourceKind } from '../resources/resource-kind.js';
import type { Spec } from '../resources/provider-contract.js';

/** Finds the id of a referenced resource, or undefined when it has none (yet). */
export type IdOfAddress = (address: string) => string | undefined;
/** Finds the resource name of a live id of a kind on a provider, or undefined. */
export type NameOfId = (kind: ResourceKind, id: string) => string | undefined;

/** The spec with references resolved to ids; undefined names the first reference without one. */
export function resolveReferences(kind: ResourceKind, spec: Spec, idOf: IdOfAddress): { spec: Spec; missing?: string } {
  const out: Record<string, unknown> = { ...spec };
  for (const ref of kindTraits[kind].references) {
    const name = spec[ref.field];
    if (typeof name !== 'string') continue;
    const address = `${ref.kind}.${name}`;
    const id = idOf(address);
    if (id === undefined) return { spec: out, missing: address };
    out[ref.field] = id;
  }
  return { spec: out };
}

/** The live spec with reference ids mapped back to resource names where known. */
export function nameReferences(kind: ResourceKind, spec: Spec, nameOf: NameOfId): Spec {
  const out: Record<string, unknown> = { ...spec };
  for (const ref of kindTraits[kind].references) {
    const id = spec[ref.field];
    if (typeof id !== 'string') continue;
    out[ref.field] = nameOf(ref.kind, id) ?? id;
  }
  return out;
}
