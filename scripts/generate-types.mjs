// Generates src/generated/*.ts from schemas/ (npm run gen). The test in
// test/generated-types.test.ts runs the same function and fails when the files are stale.
import { writeFile } from 'node:fs/promises';
import { renderGeneratedTypes } from './render-generated-types.mjs';

const files = await renderGeneratedTypes();
for (const [path, text] of files) {
  await writeFile(path, text);
  console.log(`wrote ${path}`);
}
