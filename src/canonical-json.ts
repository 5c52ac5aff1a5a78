// Canonical JSON: object keys sorted at every depth, no whitespace, undefined members left
// out; the form audit entries are hashed in, and how specs and plans are compared.

export function encodeCanonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

/** `value` with object keys sorted at every depth (undefined members left out). */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (typeof value !== 'object' || value === null) return value;
  // A null prototype, so a key named __proto__ is data like any other.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) sorted[key] = sortKeysDeep(member);
  }
  return sorted;
}
