// Typed reads of a repository spec (plain `unknown` values underneath): a value of the wrong
// type is a gitlab.invalid-spec error naming the field, and an absent one means "not managed".
import type { FieldChange, Spec } from '../../src/resources/provider-contract.js';
import { listOwnership } from '../../src/resources/resource-kind.js';
import { specReaders } from '../../src/resources/spec-values.js';

export const { readString, readBoolean, readStringList, readObject, readObjectList, invalidField } = specReaders('gitlab');

export type Ownership = 'exclusive' | 'additive';
export type ListField = 'topics' | 'webhooks' | 'collaborators' | 'teams';

export function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function ownershipOf(spec: Spec, field: ListField): Ownership {
  return listOwnership('repository', spec, field);
}

/** Whether the plan clears an optional field: absent from the spec, with a change to nothing. */
export function isFieldCleared(spec: Spec, changes: readonly FieldChange[], field: string): boolean {
  return spec[field] === undefined && changes.some((change) => change.field === field && change.after === undefined);
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
