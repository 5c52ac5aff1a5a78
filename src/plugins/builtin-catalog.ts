// The catalog of built-in provider plugins: the manifests under providers/*/, read and
// validated without importing any plugin code (a command pays only for plugins it uses).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorDiagnostic, type Diagnostic, type SourceRange } from '../diagnostics/diagnostic.js';
import { validatePluginManifest } from '../generated/validate-plugin-manifest.js';
import { packageRoot } from '../package-root.js';
import type { PluginCatalog, PluginDescription } from './plugin-catalog.js';

/**
 * Built-in manifests live beside the compiled plugins in dist/providers/ (the build copies
 * them there); under vitest, which runs the TypeScript sources, in providers/.
 */
function builtinPluginsDir(): string {
  const compiled = join(packageRoot(), 'dist', 'providers');
  const running = import.meta.url.includes('/dist/');
  return running && existsSync(compiled) ? compiled : join(packageRoot(), 'providers');
}

export function readPluginManifest(manifestPath: string): { value?: PluginDescription; diagnostics: Diagnostic[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return { diagnostics: [errorDiagnostic('plugin.bad-manifest', `cannot read plugin manifest ${manifestPath}`, { hint: String(error) })] };
  }
  if (!validatePluginManifest(parsed)) {
    const problems = (validatePluginManifest.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
    return { diagnostics: [errorDiagnostic('plugin.bad-manifest', `invalid plugin manifest ${manifestPath}`, { hint: `Fix: ${problems}.` })] };
  }
  const manifest = parsed;
  const dir = dirname(manifestPath);
  let modulePath = join(dir, manifest.main);
  // Under vitest the built-in plugins run from their TypeScript sources.
  if (!existsSync(modulePath) && existsSync(modulePath.replace(/\.js$/, '.ts'))) modulePath = modulePath.replace(/\.js$/, '.ts');
  return {
    value: {
      name: manifest.name,
      version: manifest.version,
      kinds: manifest.kinds,
      settings: manifest.settings,
      manifestPath,
      modulePath,
      source: 'built-in',
    },
    diagnostics: [],
  };
}

export function loadBuiltinCatalog(): { catalog: PluginCatalog; diagnostics: Diagnostic[] } {
  const dir = builtinPluginsDir();
  const plugins = new Map<string, PluginDescription>();
  const diagnostics: Diagnostic[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const manifestPath = join(dir, entry.name, 'mosaic-plugin.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
    const read = readPluginManifest(manifestPath);
    diagnostics.push(...read.diagnostics);
    if (read.value) plugins.set(read.value.name, read.value);
  }
  return { catalog: createCatalog([...plugins.values()]), diagnostics };
}

/**
 * The built-in catalog with the config's plugins added; a name already taken is a
 * diagnostic at the entry (a plugin cannot shadow a built-in or another plugin).
 */
export function extendCatalog(base: PluginCatalog, added: readonly PluginDescription[], rangeOf: (plugin: PluginDescription) => SourceRange | undefined): { catalog: PluginCatalog; diagnostics: Diagnostic[] } {
  const plugins = new Map(base.list().map((p) => [p.name, p]));
  const diagnostics: Diagnostic[] = [];
  for (const plugin of added) {
    const taken = plugins.get(plugin.name);
    if (taken) {
      const range = rangeOf(plugin);
      diagnostics.push(
        errorDiagnostic('plugin.duplicate-name', `plugin "${plugin.source}" is named "${plugin.name}", which ${taken.source === 'built-in' ? 'a built-in plugin' : `plugin "${taken.source}"`} already uses`, {
          ...(range ? { range } : {}),
          hint: `Rename it in ${plugin.manifestPath}; provider types must be unique.`,
        }),
      );
      continue;
    }
    plugins.set(plugin.name, plugin);
  }
  return { catalog: createCatalog([...plugins.values()]), diagnostics };
}

export function createCatalog(plugins: readonly PluginDescription[]): PluginCatalog {
  const sorted = [...plugins].sort((a, b) => (a.name < b.name ? -1 : 1));
  const byName = new Map(sorted.map((p) => [p.name, p]));
  return { find: (type) => byName.get(type), list: () => sorted };
}
