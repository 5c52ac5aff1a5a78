// The config's validator, precompiled from schemas/ by `npm run gen` (compiling it at run
// time cost a third of `mosaic validate`), the kinds' fields read from schemas/, and the ajv
// compilation of provider plugins' settings schemas (cached per schema object).
import { Ajv, type ValidateFunction } from 'ajv';
import { readFile } from 'node:fs/promises';
import { validateConfig } from '../generated/validate-config.js';
import { schemaPath } from '../package-root.js';
import { metaFields, resourceKinds, type ResourceKind } from '../resources/resource-kind.js';

export interface SchemaStore {
  /** Validates a whole merged config (RawConfig as written). */
  readonly validateConfig: typeof validateConfig;
  /** The spec fields of each kind (meta fields excluded), as the kind's schema lists them. */
  readonly kindFields: Readonly<Record<ResourceKind, readonly string[]>>;
}

let store: Promise<SchemaStore> | undefined;
let settingsAjv: Ajv | undefined;
const settingsValidators = new WeakMap<object, ValidateFunction>();

export function loadSchemaStore(): Promise<SchemaStore> {
  store ??= readSchemaStore();
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

async function readSchemaStore(): Promise<SchemaStore> {
  const kindFields = {} as Record<ResourceKind, readonly string[]>;
  for (const kind of resourceKinds) {
    const schema = JSON.parse(await readFile(schemaPath(kind), 'utf8')) as { properties?: unknown };
    const properties = schema.properties;
    const fields = typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
    kindFields[kind] = fields.filter((f) => !(metaFields as readonly string[]).includes(f));
  }
  return { validateConfig, kindFields };
}
