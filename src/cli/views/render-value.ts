// Renders a spec value for human plan output: strings quoted, lists inline, maps as JSON.

export function renderValue(value: unknown): string {
  if (value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(renderValue).join(', ')}]`;
  return JSON.stringify(value);
}

export function isMultiline(value: unknown): value is string {
  return typeof value === 'string' && value.includes('\n');
}
