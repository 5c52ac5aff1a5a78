// Where mosaic's own files are at run time: the package root holds schemas/ and package.json,
// whether this module runs compiled from dist/src/ or as source from src/ under vitest.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'schemas', 'mosaic.schema.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('mosaic: cannot find the package root (schemas/ is missing)');
    dir = up;
  }
  cached = dir;
  return dir;
}

/** Absolute path of a schema file, e.g. schemaPath('state') -> …/schemas/state.schema.json */
export function schemaPath(name: string): string {
  return join(packageRoot(), 'schemas', `${name}.schema.json`);
}
