// Reads typed values out of a Spec (validated by the core's schema, `unknown` underneath) and
// builds records without undefined values. A mismatch is a github.invalid-spec error.
import type { Spec } from '../../src/resources/provider-contract.js';
import { listOwnership } from '../../src/resources/resource-kind.js';
import { specReaders } from '../../src/resources/spec-values.js';

export type Json = Readonly<Record<string, unknown>>;

export const { readString, readBoolean, readInteger, readStringList, readObject, readObjectList } = specReaders('github');

export function readRecord(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

/** Drops undefined values, so a spec never carries a key without a value. */
export function compactRecord<T extends Record<string, unknown>>(fields: T): Partial<T> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) result[key] = value;
  }
  return result as Partial<T>;
}

export type OwnershipMode = 'exclusive' | 'additive';

/** spec.ownership.FIELD, with the defaults of schemas/repository.schema.json. */
export function readOwnership(spec: Spec, field: 'topics' | 'webhooks' | 'collaborators' | 'teams'): OwnershipMode {
  return listOwnership('repository', spec, field);
}
