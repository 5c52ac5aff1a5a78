// Validates a parsed state file against schemas/state.schema.json, the source of truth for
// the on-disk format.
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { StateFileV1 } from '../generated/state.js';
import { schemaPath } from '../package-root.js';

// RFC 3339 date-time, the meaning of JSON Schema's "date-time" format.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

let compiled: ValidateFunction<StateFileV1> | undefined;

function compileStateFileSchema(): ValidateFunction<StateFileV1> {
  if (compiled !== undefined) return compiled;
  const schema: unknown = JSON.parse(readFileSync(schemaPath('state'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addFormat('date-time', { type: 'string', validate: (text: string) => DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)) });
  compiled = ajv.compile<StateFileV1>(schema as object);
  return compiled;
}

export interface ValidatedStateFile {
  /** The file, when it satisfies the schema. */
  readonly value: StateFileV1 | undefined;
  /** Each schema problem as a phrase naming its JSON path; empty when the file is valid. */
  readonly problems: readonly string[];
}

export function validateStateFile(file: unknown): ValidatedStateFile {
  const validate = compileStateFileSchema();
  if (validate(file)) return { value: file, problems: [] };
  return { value: undefined, problems: (validate.errors ?? []).map(describeSchemaError) };
}

function describeSchemaError(error: ErrorObject): string {
  const at = error.instancePath === '' ? 'the top level' : error.instancePath;
  return `${at} ${error.message ?? 'is invalid'}`;
}
