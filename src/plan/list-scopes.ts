// The ListScope of each (provider, kind) refresh lists: the objects the run manages, by
// natural key, with the fields managed on each, so providers read costly per-object
// settings only where they matter.
import type { Config } from '../config/config.js';
import type { KindHandler, ListScope } from '../resources/provider-contract.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import type { Placement } from '../routing/placement.js';
import type { State } from '../state/state.js';
import { resolveReferences } from './reference-names.js';

export type ScopeSlot = `${string}\u0000${string}`;

export function scopeSlot(provider: string, kind: ResourceKind): ScopeSlot {
  return `${provider}\u0000${kind}`;
}

/**
 * The fields a spec manages; a map-valued field also names each of its keys as FIELD.KEY
 * (branch_protection.main), so a provider reads just those members.
 */
function managedFields(spec: Readonly<Record<string, unknown>>): string[] {
  const fields: string[] = [];
  for (const [field, value] of Object.entries(spec)) {
    fields.push(field);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const key of Object.keys(value)) fields.push(`${field}.${key}`);
  }
  return fields;
}

/** Scopes by slot; a slot whose config has an object it cannot key yet has none (read all). */
export function listScopes(
  config: Config,
  placements: ReadonlyMap<string, Placement>,
  state: State,
  handlerOf: (provider: string, kind: ResourceKind) => KindHandler | undefined,
): Map<ScopeSlot, ListScope | undefined> {
  const details = new Map<ScopeSlot, Map<string, Set<string>>>();
  const unkeyed = new Set<ScopeSlot>();
  const add = (slot: ScopeSlot, key: string, fields: readonly string[]): void => {
    let slotDetails = details.get(slot);
    if (!slotDetails) details.set(slot, (slotDetails = new Map<string, Set<string>>()));
    let managed = slotDetails.get(key);
    if (!managed) slotDetails.set(key, (managed = new Set<string>()));
    for (const field of fields) managed.add(field);
  };
  for (const entry of Object.values(state.resources)) add(scopeSlot(entry.provider, entry.kind), entry.natural_key, managedFields(entry.spec));
  for (const resource of config.resources) {
    const placement = placements.get(resource.address);
    const handler = placement && handlerOf(placement.provider, resource.kind);
    if (!placement || !handler) continue;
    const slot = scopeSlot(placement.provider, resource.kind);
    // A reference to an object not created yet leaves the natural key unknown until apply.
    const resolved = resolveReferences(resource.kind, resource.spec, (address) => state.resources[address]?.id);
    if (resolved.missing !== undefined) unkeyed.add(slot);
    else add(slot, handler.naturalKey(resolved.spec), managedFields(resource.spec));
  }
  const scopes = new Map<ScopeSlot, ListScope | undefined>();
  for (const [slot, slotDetails] of details) scopes.set(slot, unkeyed.has(slot) ? undefined : { details: slotDetails });
  for (const slot of unkeyed) scopes.set(slot, undefined);
  return scopes;
}
