// Reads typed fields out of a Spec or a stored record (both `unknown` underneath) and builds
// specs without undefined values. Type mismatches become local.invalid-spec errors.
import { ProviderError, type FieldChange, type Spec } from '../../src/resources/provider-contract.js';

export function readRecord(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function readString(spec: Spec, field: string): string | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw describeBadField(field, 'a string');
  return value;
}

export function requireString(spec: Spec, field: string, kind: string): string {
  const value = readString(spec, field);
  if (value === undefined || value === '') {
    throw new ProviderError(
      'local.invalid-spec',
      `A ${kind} needs \`${field}\``,
      `Set \`${field}\` on the ${kind}; the local provider cannot choose it.`,
    );
  }
  return value;
}

export function readBoolean(spec: Spec, field: string): boolean | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw describeBadField(field, 'true or false');
  return value;
}

export function readStringList(spec: Spec, field: string): readonly string[] | undefined {
  const value = spec[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw describeBadField(field, 'a list of strings');
  }
  return value;
}

/** Drops undefined values, so a spec never carries a key without a value. */
export function compactSpec(fields: Readonly<Record<string, unknown>>): Spec {
  const spec: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) spec[key] = value;
  }
  return spec;
}

/** Names of path segments (repository, space, page): no separators, no dot-only names. */
export function assertSafeName(value: string, field: string, pattern: RegExp): void {
  if (!pattern.test(value) || value === '.' || value === '..') {
    throw new ProviderError(
      'local.invalid-spec',
      `\`${field}\` "${value}" is not a valid name`,
      `Use letters, digits, "-" and "_" in \`${field}\` (pattern ${pattern.source}).`,
    );
  }
}

function describeBadField(field: string, expected: string): ProviderError {
  return new ProviderError('local.invalid-spec', `\`${field}\` must be ${expected}`, `Change \`${field}\` to ${expected}.`);
}

/**
 * Whether the plan asks to clear an optional field: it is absent from the spec and a change
 * for it has no `after` value. (Absent alone means "not managed": leave it alone.)
 */
export function isFieldCleared(spec: Spec, changes: readonly FieldChange[], field: string): boolean {
  return spec[field] === undefined && changes.some((change) => change.field === field && change.after === undefined);
}
