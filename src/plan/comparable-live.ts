// Puts a live spec into the terms of the desired one before they are compared: members an
// additive list does not own are left out, keyed lists are ordered by key, and what no API
// reports (ownership itself, secret hashes) is taken from what mosaic recorded.
import type { Spec } from '../resources/provider-contract.js';
import { kindTraits, ownershipOf, type ResourceKind } from '../resources/resource-kind.js';

/**
 * live: normalized live spec; desired: the spec compared against (config or state);
 * recorded: the spec state holds for this object, whose secret hashes stand in for the
 * secrets the API does not return.
 */
export function comparableLive(kind: ResourceKind, live: Spec, desired: Spec, recorded: Spec | undefined): Spec {
  const traits = kindTraits[kind];
  const out: Record<string, unknown> = { ...live };
  // Unset means unmanaged at every depth: a nested setting the config leaves out is not compared.
  for (const [field, wanted] of Object.entries(desired)) {
    const list = traits.ownedLists.find((l) => l.field === field);
    if (list?.itemKey !== undefined) out[field] = projectItems(out[field], wanted, list.itemKey);
    else if (!list && isMap(wanted)) out[field] = project(out[field], wanted);
  }
  if (traits.ownedLists.length === 0 && traits.unobservable.length === 0) return out;
  for (const field of traits.unobservable) {
    if (field in desired) out[field] = desired[field];
    else delete out[field];
  }
  for (const sensitive of traits.sensitive) {
    const liveItems = out[sensitive.list];
    if (!Array.isArray(liveItems)) continue;
    const recordedByKey = itemsByKey(recorded?.[sensitive.list], sensitive.itemKey);
    out[sensitive.list] = (liveItems as Record<string, unknown>[]).map((item) => {
      if (sensitive.field in item) return item;
      const hash = recordedByKey.get(String(item[sensitive.itemKey]))?.[sensitive.field];
      return hash === undefined ? item : { ...item, [sensitive.field]: hash };
    });
  }
  for (const list of traits.ownedLists) {
    let value = out[list.field];
    const wanted = desired[list.field];
    if (value === undefined || wanted === undefined) continue;
    if (list.caseInsensitive === true) value = out[list.field] = withDesiredCase(value, wanted);
    if (ownershipOf(desired, list) === 'additive') out[list.field] = keepListed(value, wanted, list.itemKey);
    if (list.itemKey !== undefined && Array.isArray(out[list.field])) out[list.field] = sortByKey(out[list.field] as unknown[], list.itemKey);
  }
  return out;
}

/** The desired spec with keyed lists in key order, so order alone is never a change. */
export function comparableDesired(kind: ResourceKind, desired: Spec): Spec {
  let out: Record<string, unknown> | undefined;
  for (const list of kindTraits[kind].ownedLists) {
    const value = desired[list.field];
    if (list.itemKey === undefined || !Array.isArray(value)) continue;
    out ??= { ...desired };
    out[list.field] = sortByKey(value, list.itemKey);
  }
  return out ?? desired;
}

/** The live value cut down to the keys the desired one writes, recursively through maps. */
function project(live: unknown, wanted: unknown): unknown {
  if (!isMap(live) || !isMap(wanted)) return live;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(wanted)) if (key in live) out[key] = project(live[key], inner);
  return out;
}

/** Each live item of a keyed list cut down to the keys its desired namesake writes. */
function projectItems(live: unknown, wanted: unknown, itemKey: string): unknown {
  if (!Array.isArray(live) || !Array.isArray(wanted)) return live;
  const byKey = itemsByKey(wanted, itemKey);
  return live.map((item: unknown) => {
    const desiredItem = isMap(item) ? byKey.get(String(item[itemKey])) : undefined;
    return desiredItem ? project(item, desiredItem) : item;
  });
}

/** A live map's member names spelled as the desired map spells them, where they match but for case. */
function withDesiredCase(live: unknown, wanted: unknown): unknown {
  if (!isMap(live) || !isMap(wanted)) return live;
  const spelling = new Map(Object.keys(wanted).map((name) => [name.toLowerCase(), name]));
  return Object.fromEntries(Object.entries(live).map(([name, member]) => [spelling.get(name.toLowerCase()) ?? name, member]));
}

function keepListed(live: unknown, wanted: unknown, itemKey: string | undefined): unknown {
  if (Array.isArray(live) && Array.isArray(wanted)) {
    if (itemKey === undefined) return live.filter((member) => wanted.includes(member));
    const keys = new Set(wanted.map((item) => String((item as Record<string, unknown>)[itemKey])));
    return live.filter((item) => keys.has(String((item as Record<string, unknown>)[itemKey])));
  }
  if (isMap(live) && isMap(wanted)) return Object.fromEntries(Object.entries(live).filter(([member]) => member in wanted));
  return live;
}

function itemsByKey(items: unknown, itemKey: string): Map<string, Record<string, unknown>> {
  const map = new Map<string, Record<string, unknown>>();
  if (Array.isArray(items)) for (const item of items as Record<string, unknown>[]) map.set(String(item[itemKey]), item);
  return map;
}

function sortByKey(items: readonly unknown[], itemKey: string): unknown[] {
  const key = (item: unknown): string => String((item as Record<string, unknown> | null)?.[itemKey]);
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
