// Renders the TypeScript types of every schema in schemas/ with json-schema-to-typescript.
import { compileFromFile } from 'json-schema-to-typescript';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const banner = '/* Generated from schemas/ by `npm run gen` (json-schema-to-typescript). Do not edit. */';

export const generatedSchemas = ['mosaic', 'state', 'plan', 'plugin-manifest'];

/** Returns [outputPath, text] pairs, one per top-level schema. */
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
  return out;
}
