// Reads typed values out of a repository Spec (validated by the core against the schema, but
// `unknown` here) and builds specs without undefined members. A type mismatch is an invalid spec.
import { ProviderError, type Spec } from '../../src/resources/provider-contract.js';

export type SpecRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is SpecRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readString(spec: SpecRecord, field: string): string | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badField(field, 'a string');
  return value;
}

export function readBoolean(spec: SpecRecord, field: string): boolean | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw badField(field, 'true or false');
  return value;
}

export function readInteger(spec: SpecRecord, field: string): number | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw badField(field, 'a whole number');
  return value;
}

export function readStringList(spec: SpecRecord, field: string): readonly string[] | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) throw badField(field, 'a list of strings');
  return value;
}

export function readObject(spec: SpecRecord, field: string): SpecRecord | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw badField(field, 'a mapping');
  return value;
}

export function readObjectList(spec: SpecRecord, field: string): readonly SpecRecord[] | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every(isRecord)) throw badField(field, 'a list of mappings');
  return value;
}

/** A map of names to strings (collaborators, teams). */
export function readStringMap(spec: SpecRecord, field: string): ReadonlyMap<string, string> | undefined {
  const value = readObject(spec, field);
  if (value === undefined) return undefined;
  const map = new Map<string, string>();
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') throw badField(`${field}.${key}`, 'a string');
    map.set(key, item);
  }
  return map;
}

/** Drops undefined members, so a spec never carries a key without a value. */
export function compactSpec(fields: SpecRecord): Spec {
  const spec: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) spec[key] = value;
  return spec;
}

function badField(field: string, expected: string): ProviderError {
  return new ProviderError('bitbucket.invalid-spec', `\`${field}\` must be ${expected}`, `Change \`${field}\` to ${expected}.`);
}
