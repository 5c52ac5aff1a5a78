// Reads typed fields out of a Spec or a stored record (both `unknown` underneath) and builds
// specs without undefined values. Type mismatches become local.invalid-spec errors.
import { ProviderError, type FieldChange, type Spec } from '../../src/resources/provider-contract.js';
import { specReaders } from '../../src/resources/spec-values.js';

export { compactSpec } from '../../src/resources/spec-values.js';
export const { readString, readBoolean, readStringList } = specReaders('local');

export function readRecord(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
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

/**
 * Whether the plan asks to clear an optional field: it is absent from the spec and a change
 * for it has no `after` value. (Absent alone means "not managed": leave it alone.)
 */
export function isFieldCleared(spec: Spec, changes: readonly FieldChange[], field: string): boolean {
  return spec[field] === undefined && changes.some((change) => change.field === field && change.after === undefined);
}
