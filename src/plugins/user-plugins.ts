// Plugins the config adds with `plugins:`: a folder holding mosaic-plugin.json (relative to
// the config) or an installed npm package. Only manifests are read here; code loads on use.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { errorDiagnostic, type Diagnostic, type SourceRange } from '../diagnostics/diagnostic.js';
import { readPluginManifest } from './builtin-catalog.js';
import type { PluginDescription } from './plugin-catalog.js';

export interface PluginEntry {
  /** As written in the config. */
  readonly entry: string;
  readonly range: SourceRange | undefined;
}

export function readUserPlugins(entries: readonly PluginEntry[], configDir: string): { plugins: PluginDescription[]; diagnostics: Diagnostic[] } {
  const plugins: PluginDescription[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { entry, range } of entries) {
    const manifestPath = locateManifest(entry, configDir);
    if (manifestPath === undefined) {
      diagnostics.push(
        errorDiagnostic('plugin.not-found', `plugin "${entry}" not found`, {
          range,
          hint: looksLikePath(entry)
            ? `No mosaic-plugin.json in ${resolve(configDir, entry)}. The path is relative to the config's folder.`
            : `No installed npm package "${entry}" with a mosaic-plugin.json was found from ${configDir}. Install it (npm install ${entry}) or give a folder path starting with ./`,
        }),
      );
      continue;
    }
    const read = readPluginManifest(manifestPath);
    // A broken manifest is reported at the entry that named it, as well as by its own path.
    diagnostics.push(...read.diagnostics.map((d) => ({ ...d, ...(range ? { range } : {}), summary: `plugin "${entry}": ${d.summary}` })));
    if (read.value) plugins.push({ ...read.value, source: entry });
  }
  return { plugins, diagnostics };
}

function looksLikePath(entry: string): boolean {
  return entry.startsWith('.') || isAbsolute(entry) || (entry.includes('/') && !entry.startsWith('@'));
}

function locateManifest(entry: string, configDir: string): string | undefined {
  if (looksLikePath(entry)) {
    const folder = resolve(configDir, entry);
    const manifest = existsSync(folder) && statSync(folder).isFile() ? folder : join(folder, 'mosaic-plugin.json');
    return existsSync(manifest) ? manifest : undefined;
  }
  const require = createRequire(join(configDir, 'mosaic.config.cjs'));
  for (const request of [`${entry}/mosaic-plugin.json`, `${entry}/package.json`]) {
    try {
      const found = require.resolve(request);
      const manifest = join(dirname(found), 'mosaic-plugin.json');
      if (existsSync(manifest)) return manifest;
    } catch {
      // The package's exports may hide the file; try the next way in.
    }
  }
  try {
    // Walk up from the package's entry point to the folder that holds its manifest.
    let folder = dirname(require.resolve(entry));
    while (folder !== dirname(folder)) {
      if (existsSync(join(folder, 'mosaic-plugin.json'))) return join(folder, 'mosaic-plugin.json');
      if (existsSync(join(folder, 'package.json'))) break;
      folder = dirname(folder);
    }
  } catch {
    return undefined;
  }
  return undefined;
}
