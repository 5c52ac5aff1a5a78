// Typed reads of a repository spec (plain `unknown` values underneath): a value of the wrong
// type is a gitlab.invalid-spec error naming the field, and an absent one means "not managed".
import { ProviderError, type FieldChange, type Spec } from '../../src/resources/provider-contract.js';

export type Ownership = 'exclusive' | 'additive';
export type ListField = 'topics' | 'webhooks' | 'collaborators' | 'teams';

const defaultOwnership: Readonly<Record<ListField, Ownership>> = { topics: 'exclusive', webhooks: 'exclusive', collaborators: 'additive', teams: 'additive' };

export function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function readString(spec: Spec, field: string): string | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidField(field, 'a string');
  return value;
}

export function readBoolean(spec: Spec, field: string): boolean | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidField(field, 'true or false');
  return value;
}

export function readStringList(spec: Spec, field: string): readonly string[] | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) throw invalidField(field, 'a list of strings');
  return value;
}

export function readObject(spec: Spec, field: string): Readonly<Record<string, unknown>> | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  const record = asRecord(value);
  if (record === undefined) throw invalidField(field, 'a mapping');
  return record;
}

export function readObjectList(spec: Spec, field: string): readonly Readonly<Record<string, unknown>>[] | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw invalidField(field, 'a list');
  return value.map((item, index) => {
    const record = asRecord(item);
    if (record === undefined) throw invalidField(`${field}[${String(index)}]`, 'a mapping');
    return record;
  });
}

export function ownershipOf(spec: Spec, field: ListField): Ownership {
  const value = asRecord(spec['ownership'])?.[field];
  return value === 'exclusive' || value === 'additive' ? value : defaultOwnership[field];
}

/** Whether the plan clears an optional field: absent from the spec, with a change to nothing. */
export function isFieldCleared(spec: Spec, changes: readonly FieldChange[], field: string): boolean {
  return spec[field] === undefined && changes.some((change) => change.field === field && change.after === undefined);
}

export function invalidField(field: string, expected: string): ProviderError {
  return new ProviderError('gitlab.invalid-spec', `\`${field}\` must be ${expected}`, `Change \`${field}\` to ${expected}.`);
}

/**
 * A field of an API object read as what it may really be: gitbeaker's types declare some
 * fields GitLab leaves out on older versions or lower tiers (code_owner_approval_required).
 */
export function fieldOf(object: Readonly<Record<string, unknown>>, field: string): unknown {
  return object[field];
}

/** Drops undefined values, so a normalized spec never carries a key without a value. */
export function compact<T extends Record<string, unknown>>(fields: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) result[key] = value;
  return result as T;
}
