// Copies each built-in plugin's mosaic-plugin.json next to its compiled module in dist/providers/.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const name of readdirSync(join(root, 'providers'))) {
  const manifest = join(root, 'providers', name, 'mosaic-plugin.json');
  if (!existsSync(manifest)) continue;
  mkdirSync(join(root, 'dist', 'providers', name), { recursive: true });
  copyFileSync(manifest, join(root, 'dist', 'providers', name, 'mosaic-plugin.json'));
}
