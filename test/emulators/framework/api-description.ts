// Checks an emulator's answers against the provider's official API description (OpenAPI 3
// or Swagger 2): the schema of METHOD PATH -> STATUS, compiled with ajv on first use.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;

export interface ApiDescription {
  /** Problems of `body` as the answer `status` to METHOD pathTemplate; [] when it conforms. */
  check(method: string, pathTemplate: string, status: number, body: unknown): string[];
  /** Whether the description documents this operation and status. */
  documents(method: string, pathTemplate: string, status: number): boolean;
}

/**
 * A file of the official API descriptions kept outside the project (../shared/specs beside
 * the checkout, or where MOSAIC_SPECS_DIR points): read where they lie, never copied in.
 * Missing is an error, not a skip: the shape checks must run.
 */
export function officialSpec(relative: string): string {
  const candidates = [
    process.env['MOSAIC_SPECS_DIR'],
    fileURLToPath(new URL('../../../../shared/specs', import.meta.url)),
    '/work/shared/specs',
  ].filter((dir): dir is string => dir !== undefined && dir !== '');
  for (const dir of candidates) {
    const file = join(dir, relative);
    if (existsSync(file)) return file;
  }
  throw new Error(`the official API description ${relative} is not in any of ${candidates.join(', ')}; set MOSAIC_SPECS_DIR to the folder of the shared specs`);
}

export function loadApiDescription(file: string): ApiDescription {
  return apiDescription(JSON.parse(readFileSync(file, 'utf8')) as Json);
}

export function apiDescription(doc: Json): ApiDescription {
  // Descriptions carry keywords ajv does not know (example, discriminator, x-*); formats are
  // documentation there, not contracts the real servers keep.
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(doc, 'api');
  const compiled = new Map<string, ValidateFunction | undefined>();

  const pointerFor = (method: string, pathTemplate: string, status: number): string | undefined => {
    const paths = doc['paths'] as Record<string, Json | undefined>;
    const operation = paths[pathTemplate]?.[method.toLowerCase()] as Json | undefined;
    if (!operation) return undefined;
    const responses = operation['responses'] as Record<string, Json | undefined>;
    const code = responses[String(status)] ? String(status) : responses[`${String(status)[0] ?? ''}XX`] ? `${String(status)[0] ?? ''}XX` : responses['default'] ? 'default' : undefined;
    if (code === undefined) return undefined;
    let pointer = `/paths/${escape(pathTemplate)}/${method.toLowerCase()}/responses/${code}`;
    let response = responses[code] as Json;
    // A response may itself be a $ref to #/responses/X (Swagger) or #/components/responses/X.
    while (typeof response['$ref'] === 'string') {
      pointer = response['$ref'].slice(1);
      response = resolve(doc, pointer);
    }
    if (response['schema']) return `${pointer}/schema`;
    const content = response['content'] as Record<string, Json> | undefined;
    const media = content ? Object.keys(content).find((m) => m.includes('json')) : undefined;
    return media ? `${pointer}/content/${escape(media)}/schema` : undefined;
  };

  const validatorFor = (method: string, pathTemplate: string, status: number): ValidateFunction | undefined => {
    const key = `${method} ${pathTemplate} ${String(status)}`;
    if (!compiled.has(key)) {
      const pointer = pointerFor(method, pathTemplate, status);
      compiled.set(key, pointer === undefined ? undefined : ajv.compile({ $ref: `api#${pointer}` }));
    }
    return compiled.get(key);
  };

  return {
    documents: (method, pathTemplate, status) => pointerFor(method, pathTemplate, status) !== undefined,
    check(method, pathTemplate, status, body) {
      const validate = validatorFor(method, pathTemplate, status);
      if (!validate) return [`the description documents no JSON answer ${String(status)} to ${method} ${pathTemplate}`];
      if (validate(body)) return [];
      return (validate.errors ?? []).slice(0, 10).map((e) => `${method} ${pathTemplate} ${String(status)}: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    },
  };
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function resolve(doc: Json, pointer: string): Json {
  let node: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Json)[part];
  }
  return node as Json;
}
