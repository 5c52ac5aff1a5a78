import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import * as renderScript from '../scripts/render-generated-types.mjs';

/** What the script exports, as the test uses it: every generated file's path and text. */
const { renderGeneratedTypes } = renderScript as { renderGeneratedTypes: () => Promise<[string, string][]> };

describe('src/generated', () => {
  it('is what `npm run gen` makes from schemas/ (run it after changing a schema)', async () => {
    const files = await renderGeneratedTypes();
    expect(files.length).toBeGreaterThan(0);
    for (const [path, text] of files) {
      expect(await readFile(path, 'utf8'), `${path} is stale: run npm run gen`).toBe(text);
    }
  });
});
