// Typed reads of a Spec's fields for provider plugins. The core validated the spec against
// the kind's schema, but a plugin sees `unknown`; a mismatch becomes PROVIDER.invalid-spec.
import { ProviderError, type Spec } from './provider-contract.js';

export type SpecRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is SpecRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops undefined members, so a spec never carries a key without a value. */
export function compactSpec(fields: SpecRecord): Spec {
  const spec: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) spec[key] = value;
  return spec;
}

export interface SpecReaders {
  readonly readString: (spec: SpecRecord, field: string) => string | undefined;
  readonly readBoolean: (spec: SpecRecord, field: string) => boolean | undefined;
  readonly readInteger: (spec: SpecRecord, field: string) => number | undefined;
  readonly readStringList: (spec: SpecRecord, field: string) => readonly string[] | undefined;
  readonly readObject: (spec: SpecRecord, field: string) => SpecRecord | undefined;
  readonly readObjectList: (spec: SpecRecord, field: string) => readonly SpecRecord[] | undefined;
  /** A map of names to strings (collaborators, teams). */
  readonly readStringMap: (spec: SpecRecord, field: string) => ReadonlyMap<string, string> | undefined;
  /** The error for a field that is not what it must be: `provider.invalid-spec`. */
  readonly invalidField: (field: string, expected: string) => ProviderError;
}

/** Readers whose errors carry the plugin's name in their code (`github.invalid-spec`). */
export function specReaders(provider: string): SpecReaders {
  const invalidField = (field: string, expected: string): ProviderError =>
    new ProviderError(`${provider}.invalid-spec`, `\`${field}\` must be ${expected}`, `Change \`${field}\` to ${expected}.`);
  const read = <T>(spec: SpecRecord, field: string, expected: string, accept: (value: unknown) => value is T): T | undefined => {
    const value = spec[field];
    if (value === undefined || value === null) return undefined;
    if (!accept(value)) throw invalidField(field, expected);
    return value;
  };
  const readObject = (spec: SpecRecord, field: string): SpecRecord | undefined => read(spec, field, 'a mapping', isRecord);
  return {
    invalidField,
    readObject,
    readString: (spec, field) => read(spec, field, 'a string', (v): v is string => typeof v === 'string'),
    readBoolean: (spec, field) => read(spec, field, 'true or false', (v): v is boolean => typeof v === 'boolean'),
    readInteger: (spec, field) => read(spec, field, 'a whole number', (v): v is number => typeof v === 'number' && Number.isInteger(v)),
    readStringList: (spec, field) => read(spec, field, 'a list of strings', (v): v is string[] => Array.isArray(v) && v.every((item) => typeof item === 'string')),
    readObjectList(spec, field) {
      const list = read(spec, field, 'a list', (v): v is unknown[] => Array.isArray(v));
      return list?.map((item, index) => {
        if (!isRecord(item)) throw invalidField(`${field}[${String(index)}]`, 'a mapping');
        return item;
      });
    },
    readStringMap(spec, field) {
      const value = readObject(spec, field);
      if (value === undefined) return undefined;
      const map = new Map<string, string>();
      for (const [key, item] of Object.entries(value)) {
        if (typeof item !== 'string') throw invalidField(`${field}.${key}`, 'a string');
        map.set(key, item);
      }
      return map;
    },
  };
}
