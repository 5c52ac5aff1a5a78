// Reads typed values out of a Spec (validated by the core's schema, `unknown` underneath) and
// builds records without undefined values. A mismatch is a github.invalid-spec error.
import { ProviderError, type Spec } from '../../src/resources/provider-contract.js';

export type Json = Readonly<Record<string, unknown>>;

export function readRecord(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

export function readString(spec: Json, field: string): string | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw describeBadField(field, 'a string');
  return value;
}

export function readBoolean(spec: Json, field: string): boolean | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw describeBadField(field, 'true or false');
  return value;
}

export function readInteger(spec: Json, field: string): number | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw describeBadField(field, 'a whole number');
  return value;
}

export function readStringList(spec: Json, field: string): readonly string[] | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) throw describeBadField(field, 'a list of strings');
  return value;
}

/** An object-valued field (features, merge, a map of names), or undefined when not managed. */
export function readObject(spec: Json, field: string): Json | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw describeBadField(field, 'an object');
  return value as Json;
}

export function readObjectList(spec: Json, field: string): readonly Json[] | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) throw describeBadField(field, 'a list of objects');
  return value as Json[];
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
  const value = readRecord(spec['ownership'])[field];
  if (value === 'exclusive' || value === 'additive') return value;
  return field === 'topics' || field === 'webhooks' ? 'exclusive' : 'additive';
}

function describeBadField(field: string, expected: string): ProviderError {
  return new ProviderError('github.invalid-spec', `\`${field}\` must be ${expected}`, `Change \`${field}\` to ${expected}.`);
}
