// Resource addresses: KIND.NAME, e.g. repository.api. Parse, format, compare.
import { isResourceKind, type ResourceKind } from '../resources/resource-kind.js';

export interface ResourceAddress {
  readonly kind: ResourceKind;
  readonly name: string;
}

const namePattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function formatAddress(a: ResourceAddress): string {
  return `${a.kind}.${a.name}`;
}

/** Returns undefined when `text` is not KIND.NAME with a known kind. */
export function parseAddress(text: string): ResourceAddress | undefined {
  const dot = text.indexOf('.');
  if (dot < 0) return undefined;
  const kind = text.slice(0, dot);
  const name = text.slice(dot + 1);
  if (!isResourceKind(kind) || !namePattern.test(name)) return undefined;
  return { kind, name };
}

/** Sort order of addresses in every output: by kind in declaration order, then name. */
export function compareAddresses(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
