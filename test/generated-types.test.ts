import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { renderGeneratedTypes } from '../scripts/render-generated-types.mjs';

describe('src/generated', () => {
  it('is what `npm run gen` makes from schemas/ (run it after changing a schema)', async () => {
    const files = (await renderGeneratedTypes()) as [string, string][];
    expect(files.length).toBeGreaterThan(0);
    for (const [path, text] of files) {
      expect(await readFile(path, 'utf8'), `${path} is stale: run npm run gen`).toBe(text);
    }
  });
});
