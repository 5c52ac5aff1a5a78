// Renders a spec value for human plan output: strings quoted, lists inline, maps as
// { key = value }, and secret hashes as (sensitive).
import { isSecretHash } from '../../plan/mask-secrets.js';

export function renderValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (isSecretHash(value)) return '(sensitive)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(renderValue).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k)} = ${renderValue(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

export function isMultiline(value: unknown): value is string {
  return typeof value === 'string' && value.includes('\n');
}
