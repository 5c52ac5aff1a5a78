// Field-level comparison of two specs: which managed fields differ. Arrays the kinds treat
// as sets (topics, tags, webhook events, required status checks) compare without order, at
// any depth; everything else compares exactly.
import { encodeCanonicalJson as canonicalJson } from '../canonical-json.js';
import type { FieldChange } from '../generated/plan.js';

const setFields = new Set(['topics', 'tags', 'events', 'required_status_checks']);

/** The value with every set-like array of scalars sorted. */
function canonicalSets(value: unknown, field: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonicalSets(item, ''));
    if (!setFields.has(field) || items.some((item) => item !== null && typeof item === 'object')) return items;
    return items.map((item) => canonicalJson(item)).sort().map((json) => JSON.parse(json) as unknown);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, canonicalSets(inner, key)]));
  }
  return value;
}

export function valuesEqual(field: string, a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return canonicalJson(canonicalSets(a, field)) === canonicalJson(canonicalSets(b, field));
}

/**
 * The fields of `fields` whose value differs between `before` and `after`, in the order
 * given. An absent value is left out of the FieldChange (undefined is not JSON).
 */
export function compareSpecs(
  fields: readonly string[],
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const b = before[field];
    const a = after[field];
    if (valuesEqual(field, b, a)) continue;
    const change: FieldChange = { field };
    if (b !== undefined) change.before = b;
    if (a !== undefined) change.after = a;
    changes.push(change);
  }
  return changes;
}
