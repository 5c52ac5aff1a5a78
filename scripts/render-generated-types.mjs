// Renders src/generated/ from schemas/: the TypeScript types of every top-level schema
// (json-schema-to-typescript) and the precompiled validators of the fixed schemas (ajv
// standalone code), so that no run of the CLI pays for compiling them.
import { compileFromFile } from 'json-schema-to-typescript';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const banner = '/* Generated from schemas/ by `npm run gen` (json-schema-to-typescript). Do not edit. */';

export const generatedSchemas = ['mosaic', 'state', 'plan', 'plugin-manifest'];

/**
 * The validators compiled ahead of time. `options` are the ajv options the code depends on
 * (the error objects' shape with verbose, the keywords and formats known); `schemas` are
 * loaded into the instance so that $refs between files resolve.
 */
const generatedValidators = [
  {
    name: 'validateConfig',
    file: 'validate-config',
    schema: 'mosaic',
    type: ['RawConfig', './mosaic.js'],
    schemas: 'all',
    options: { allErrors: true, verbose: true },
  },
  {
    name: 'validateStateFileV1',
    file: 'validate-state-file-v1',
    schema: 'state',
    type: ['StateFileV1', './state.js'],
    // The date-time format is checked by src/state/state-file-schema.ts after validation.
    options: { allErrors: true, strict: true, formats: { 'date-time': true } },
  },
  {
    name: 'validatePlanFile',
    file: 'validate-plan-file',
    schema: 'plan',
    type: ['PlanFileV1', './plan.js'],
    options: { allErrors: true },
    keywords: ['tsType'],
  },
  {
    name: 'validatePluginManifest',
    file: 'validate-plugin-manifest',
    schema: 'plugin-manifest',
    type: ['PluginManifest', './plugin-manifest.js'],
    options: { allErrors: true },
  },
];

/** Returns [outputPath, text] pairs: one types file per top-level schema, one file per validator. */
export async function renderGeneratedTypes() {
  const out = [];
  for (const name of generatedSchemas) {
    const text = await compileFromFile(join(root, 'schemas', `${name}.schema.json`), {
      cwd: join(root, 'schemas'),
      bannerComment: banner,
      additionalProperties: false,
      unknownAny: true,
      style: { singleQuote: true },
    });
    out.push([join(root, 'src', 'generated', `${name}.ts`), text]);
  }
  for (const validator of generatedValidators) {
    out.push([join(root, 'src', 'generated', `${validator.file}.ts`), renderValidator(validator)]);
  }
  return out;
}

function readSchema(name) {
  return JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'));
}

function renderValidator({ name, schema, type, schemas, options, keywords = [] }) {
  const ajv = new Ajv({ ...options, code: { source: true, esm: true, lines: true } });
  for (const keyword of keywords) ajv.addKeyword(keyword);
  const names = schemas === 'all' ? readdirSync(join(root, 'schemas')).filter((n) => n.endsWith('.schema.json')).sort().map((n) => n.replace(/\.schema\.json$/, '')) : [schema];
  for (const n of names) ajv.addSchema(readSchema(n));
  const id = readSchema(schema).$id;
  const compiled = ajv.getSchema(id);
  if (!compiled) throw new Error(`schema ${id} did not compile`);
  const code = standaloneCode(ajv, compiled);

  // ajv writes `export const validate = validateN; export default validateN;` first; the
  // module exports a typed name instead.
  const head = /^"use strict";\nexport const validate = (\w+);\nexport default \1;\n/.exec(code);
  if (!head) throw new Error(`unexpected start of ajv's standalone code for ${id}`);
  const body = code.slice(head[0].length);

  // Even in ESM mode ajv loads its run-time helpers (ucs2length, equal) with
  // require("ajv/dist/runtime/…").default. A default import would not do: node gives a
  // CommonJS module's module.exports as the default, vitest its exports.default. A require
  // made with createRequire loads the same CommonJS module in both.
  const requires = [...body.matchAll(/require\("([^"]*)"\)/g)].map((m) => m[1]);
  const foreign = requires.filter((path) => !path.startsWith('ajv/dist/runtime/'));
  if (foreign.length > 0) throw new Error(`ajv's standalone code for ${id} requires ${foreign.join(', ')}`);
  const imports = requires.length === 0 ? [] : ["import { createRequire } from 'node:module';", '', 'const require = createRequire(import.meta.url);'];

  const [typeName, typeModule] = type;
  return [
    '// @ts-nocheck',
    '/* eslint-disable */',
    `/* Generated from schemas/${schema}.schema.json by \`npm run gen\` (ajv standalone code). Do not edit. */`,
    "import type { ErrorObject } from 'ajv';",
    `import type { ${typeName} } from '${typeModule}';`,
    ...imports,
    '',
    `export const ${name} = ${head[1]} as { (data: unknown): data is ${typeName}; errors?: ErrorObject[] | null };`,
    '',
    body.trimEnd(),
    '',
  ].join('\n');
}
