// GitLab (Grape) reads parameters from the query string and the body alike, and coerces
// "true"/"40" strings; the routes read them through these helpers. Errors are GitLab's
// shapes: {"message": ...} from the API, {"error": ...} from parameter validation.
import type { EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';

export type Params = Readonly<Record<string, unknown>>;

export function paramsOf(request: EmulatorRequest): Params {
  const params: Record<string, unknown> = {};
  for (const [key, value] of request.query) {
    if (key.endsWith('[]')) params[key.slice(0, -2)] = [...((params[key.slice(0, -2)] as unknown[] | undefined) ?? []), value];
    else params[key] = value;
  }
  if (typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body)) Object.assign(params, request.body);
  return params;
}

export function boolParam(params: Params, key: string): boolean | undefined {
  const value = params[key];
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export function intParam(params: Params, key: string): number | undefined {
  const value = params[key];
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

export function stringParam(params: Params, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function listParam(params: Params, key: string): string[] | undefined {
  const value = params[key];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value === '' ? [] : value.split(',').map((item) => item.trim());
  return undefined;
}

export function notFound(what: string): EmulatorResponse {
  return { status: 404, body: { message: `404 ${what} Not Found` } };
}

export function missing(...keys: string[]): EmulatorResponse {
  return { status: 400, body: { error: `${keys.join(', ')} ${keys.length > 1 ? 'are' : 'is'} missing` } };
}

export function invalidValue(key: string): EmulatorResponse {
  return { status: 400, body: { error: `${key} does not have a valid value` } };
}
