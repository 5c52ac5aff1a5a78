// Secrets inside resource specs (a webhook's secret): plans, state, journal and audit hold
// only "sha256:HEX" of each; the provider gets the plaintext from the config at apply time.
import { createHash } from 'node:crypto';
import type { Spec } from '../resources/provider-contract.js';
import { kindTraits, type ResourceKind } from '../resources/resource-kind.js';

const prefix = 'sha256:';

export function secretHash(secret: string): string {
  return prefix + createHash('sha256').update(secret).digest('hex');
}

export function isSecretHash(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(prefix) && value.length === prefix.length + 64;
}

/** The spec with every sensitive value replaced by its hash. */
export function maskSecrets(kind: ResourceKind, spec: Spec): Spec {
  return mapSensitive(kind, spec, (value) => (typeof value === 'string' && !isSecretHash(value) ? secretHash(value) : value));
}

/**
 * The masked spec with each hash replaced by the config's plaintext whose hash it is; a hash
 * the config no longer explains stays (the provider then gets no usable secret, and says so).
 */
export function revealSecrets(kind: ResourceKind, masked: Spec, plain: Spec | undefined): Spec {
  const byHash = new Map<string, string>();
  for (const sensitive of kindTraits[kind].sensitive) {
    const items = plain?.[sensitive.list];
    if (!Array.isArray(items)) continue;
    for (const item of items as Record<string, unknown>[]) {
      const value = item[sensitive.field];
      if (typeof value === 'string') byHash.set(secretHash(value), value);
    }
  }
  return mapSensitive(kind, masked, (value) => (isSecretHash(value) ? (byHash.get(value) ?? value) : value));
}

/** Whether the field holds secrets somewhere inside (its plan entry is marked sensitive). */
export function holdsSecrets(kind: ResourceKind, field: string): boolean {
  return kindTraits[kind].sensitive.some((s) => s.list === field);
}

function mapSensitive(kind: ResourceKind, spec: Spec, map: (value: unknown) => unknown): Spec {
  let out: Record<string, unknown> | undefined;
  for (const sensitive of kindTraits[kind].sensitive) {
    const items = spec[sensitive.list];
    if (!Array.isArray(items)) continue;
    out ??= { ...spec };
    out[sensitive.list] = (items as unknown[]).map((item) => {
      if (item === null || typeof item !== 'object' || !(sensitive.field in item)) return item;
      const record = item as Record<string, unknown>;
      return { ...record, [sensitive.field]: map(record[sensitive.field]) };
    });
  }
  return out ?? spec;
}
