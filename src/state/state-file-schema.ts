// Validates a parsed state file against schemas/state.schema.json, the source of truth for
// the on-disk format, with the validator `npm run gen` precompiled from it.
import type { ErrorObject } from 'ajv';
import type { StateFileV1 } from '../generated/state.js';
import { validateStateFileV1 } from '../generated/validate-state-file-v1.js';

// RFC 3339 date-time, the meaning of JSON Schema's "date-time" format.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
// The fields the schema declares with format date-time; the precompiled validator leaves the
// format to checkDateTimes (a standalone validator cannot carry a format given as a function).
const dateTimeFields = ['created_at', 'updated_at'] as const;

export interface ValidatedStateFile {
  /** The file, when it satisfies the schema. */
  readonly value: StateFileV1 | undefined;
  /** Each schema problem as a phrase naming its JSON path; empty when the file is valid. */
  readonly problems: readonly string[];
}

export function validateStateFile(file: unknown): ValidatedStateFile {
  const valid = validateStateFileV1(file);
  const errors = valid ? [] : (validateStateFileV1.errors ?? []);
  const problems = [...errors, ...checkDateTimes(file)].map(describeSchemaError);
  if (valid && problems.length === 0) return { value: file, problems: [] };
  return { value: undefined, problems };
}

/** The errors ajv gives for the date-time format, worded alike; they follow the schema's other errors. */
function checkDateTimes(file: unknown): ErrorObject[] {
  const resources = isRecord(file) ? file.resources : undefined;
  if (!isRecord(resources)) return [];
  const errors: ErrorObject[] = [];
  for (const [address, entry] of Object.entries(resources)) {
    if (!isRecord(entry)) continue;
    for (const field of dateTimeFields) {
      const value = entry[field];
      if (typeof value !== 'string' || isDateTime(value)) continue;
      errors.push({
        instancePath: `/resources/${escapeJsonPointer(address)}/${field}`,
        schemaPath: `#/definitions/stateResource/properties/${field}/format`,
        keyword: 'format',
        params: { format: 'date-time' },
        message: 'must match format "date-time"',
      });
    }
  }
  return errors;
}

function isDateTime(text: string): boolean {
  return DATE_TIME.test(text) && !Number.isNaN(Date.parse(text));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeJsonPointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function describeSchemaError(error: ErrorObject): string {
  const at = error.instancePath === '' ? 'the top level' : error.instancePath;
  return `${at} ${error.message ?? 'is invalid'}`;
}
