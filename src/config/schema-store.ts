// The JSON Schemas of schemas/, loaded by $id and compiled once per process, plus the ajv
// compilation of provider plugins' settings schemas (cached per schema object).
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { metaFields, resourceKinds, type ResourceKind } from '../resources/resource-kind.js';

export interface SchemaStore {
  /** Validates a whole merged config (RawConfig as written). */
  readonly validateConfig: ValidateFunction;
  /** The spec fields of each kind (meta fields excluded), as the kind's schema lists them. */
  readonly kindFields: Readonly<Record<ResourceKind, readonly string[]>>;
}

const configSchemaId = 'https://mosaic.dev/schemas/mosaic.schema.json';
let store: Promise<SchemaStore> | undefined;
let settingsAjv: Ajv | undefined;
const settingsValidators = new WeakMap<object, ValidateFunction>();

export function loadSchemaStore(): Promise<SchemaStore> {
  store ??= compileSchemaStore();
  return store;
}

/** Compiles (once per schema object) a plugin's settings schema. Throws when the schema is invalid. */
export function compileSettingsSchema(schema: Readonly<Record<string, unknown>>): ValidateFunction {
  const cached = settingsValidators.get(schema);
  if (cached) return cached;
  // Plugins' schemas may carry annotations or formats of their own; they must not fail loading.
  settingsAjv ??= new Ajv({ allErrors: true, verbose: true, strict: false, logger: false, validateFormats: false });
  // Without its $id a schema may be compiled again (another catalog, another test) without a clash.
  const copy: Record<string, unknown> = { ...schema };
  delete copy.$id;
  const validate = settingsAjv.compile(copy);
  settingsValidators.set(schema, validate);
  return validate;
}

/** The schemas/ folder of the package, found from this module's place in src/ or dist/src/. */
async function compileSchemaStore(): Promise<SchemaStore> {
  const dir = join(packageRoot(), 'schemas');
  const ajv = new Ajv({ allErrors: true, verbose: true });
  const schemas = new Map<string, AnySchemaObject>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const schema = JSON.parse(await readFile(join(dir, name), 'utf8')) as AnySchemaObject;
    schemas.set(name, schema);
    ajv.addSchema(schema);
  }
  const validateConfig = ajv.getSchema(configSchemaId);
  if (!validateConfig) throw new Error(`schema ${configSchemaId} missing from ${dir}`);
  const kindFields = {} as Record<ResourceKind, readonly string[]>;
  for (const kind of resourceKinds) {
    const properties: unknown = schemas.get(`${kind}.schema.json`)?.properties;
    const fields = typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
    kindFields[kind] = fields.filter((f) => !(metaFields as readonly string[]).includes(f));
  }
  return { validateConfig, kindFields };
}
