// Member-level diff of a list-valued setting (topics, webhooks, collaborators, teams): one
// line per member added, removed or changed, under a header that says who owns the list.
import type { ChalkInstance } from 'chalk';
import { valuesEqual } from '../../plan/compare-specs.js';
import type { FieldChange } from '../../plan/plan.js';
import { renderValue } from './render-value.js';

const ownershipNote = {
  exclusive: 'exclusive: live members not in the config are removed',
  additive: 'additive: live members not in the config are left alone',
} as const;

/** Lines for an owned list's change, or undefined when its values are not member lists. */
export function renderMembers(f: FieldChange, name: string, itemKey: string | undefined, c: ChalkInstance): string[] | undefined {
  const before = membersOf(f.before, itemKey);
  const after = membersOf(f.after, itemKey);
  if (!before || !after) return undefined;
  const shape = before.shape === 'empty' ? after.shape : before.shape;
  const note = f.ownership ? c.dim(`  # ${ownershipNote[f.ownership]}`) : '';
  const lines = [`      ${c.yellow('~')} ${name.trim()}${note}`];
  const keys = [...new Set([...before.members.keys(), ...after.members.keys()])].sort();
  const width = shape === 'list' ? 0 : Math.max(0, ...keys.map((k) => k.length));
  // A plain list's member is its own value; a map's or keyed list's member shows the rest.
  const show = (value: unknown): string => (shape === 'list' ? '' : ` = ${renderValue(shape === 'keyed' && itemKey !== undefined ? withoutKey(value, itemKey) : value)}`);
  for (const key of keys) {
    const b = before.members.get(key);
    const a = after.members.get(key);
    const label = shape === 'list' ? renderValue(key) : key.padEnd(width);
    if (b === undefined) lines.push(`          ${c.green('+')} ${label}${show(a)}`);
    else if (a === undefined) lines.push(`          ${c.red('-')} ${label}${show(b)}`);
    else if (!valuesEqual(f.field, a, b)) lines.push(`          ${c.yellow('~')} ${label}${show(b)} ->${show(a).slice(2)}`);
  }
  return lines;
}

interface Members {
  readonly shape: 'list' | 'keyed' | 'map' | 'empty';
  readonly members: Map<string, unknown>;
}

/** Members by name: a map's keys, a keyed list's item keys, a plain list's values. */
function membersOf(value: unknown, itemKey: string | undefined): Members | undefined {
  if (value === undefined) return { shape: 'empty', members: new Map() };
  if (Array.isArray(value)) {
    if (itemKey === undefined) return { shape: 'list', members: new Map(value.map((v) => [String(v), v])) };
    return { shape: 'keyed', members: new Map(value.map((item) => [String((item as Record<string, unknown>)[itemKey]), item])) };
  }
  if (value !== null && typeof value === 'object') return { shape: 'map', members: new Map(Object.entries(value)) };
  return undefined;
}

function withoutKey(value: unknown, itemKey: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k]) => k !== itemKey));
}
