// Field-level comparison of two specs: which managed fields differ. Arrays the kind treats
// as sets (topics, tags) compare without order; everything else compares exactly.
import { encodeCanonicalJson as canonicalJson } from '../canonical-json.js';
import type { FieldChange } from '../generated/plan.js';

const setFields = new Set(['topics', 'tags']);

export function valuesEqual(field: string, a: unknown, b: unknown): boolean {
  if (setFields.has(field) && Array.isArray(a) && Array.isArray(b)) {
    const sorted = (list: readonly unknown[]): string => canonicalJson(list.map(canonicalJson).sort());
    return sorted(a as unknown[]) === sorted(b as unknown[]);
  }
  return canonicalJson(a) === canonicalJson(b);
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
