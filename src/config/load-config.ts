// loadConfig: the config module's entry point. Reads the file or directory, parses YAML with
// positions and ${env:...}, merges files, validates against schemas/, runs the semantic
// checks and decodes to Config; every problem of every file comes back as a diagnostic.
import { hasErrors, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/format-diagnostic.js';
import type { RawConfig } from '../generated/mosaic.js';
import { extendCatalog } from '../plugins/builtin-catalog.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import { readUserPlugins } from '../plugins/user-plugins.js';
import { checkLifecycle } from './check-lifecycle.js';
import { checkMoved } from './check-moved.js';
import { checkProviders } from './check-providers.js';
import { checkReferences } from './check-references.js';
import { checkRouting } from './check-routing.js';
import { isSchemaValid } from './describe-schema-errors.js';
import { collectDeclarations } from './collect-declarations.js';
import type { Config } from './config.js';
import { decodeConfig } from './decode-config.js';
import { mergeConfigFiles } from './merge-config-files.js';
import { parseConfigFile } from './parse-config-file.js';
import { readConfigFiles } from './read-config-files.js';
import { loadSchemaStore } from './schema-store.js';
import { validateSchema } from './validate-schema.js';
import { createPositionIndex, locateValue, rangeKey, type PositionedTree } from './yaml-positions.js';

export interface LoadConfigOptions {
  /** The folder a relative path is read from. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly plugins: PluginCatalog;
}

/** Loads a config file, or every *.yaml / *.yml file directly in a directory. */
export async function loadConfig(path: string, options: LoadConfigOptions): Promise<Result<Config>> {
  const sources = await readConfigFiles(path, options.cwd);
  if (!sources.value) return { value: undefined, diagnostics: sortDiagnostics(sources.diagnostics) };
  const index = createPositionIndex();
  const parsed = sources.value.files.map((source) => parseConfigFile(source, options.env, index));
  const found: Diagnostic[] = parsed.flatMap((file) => file.diagnostics);
  const trees = parsed.map((file) => file.tree).filter((tree): tree is PositionedTree => tree !== undefined);
  // Past a YAML error the file's content is unknown; checking the rest would report ghosts.
  if (trees.length < parsed.length) return { value: undefined, diagnostics: sortDiagnostics(found) };
  const merged = mergeConfigFiles(trees, index);
  const store = await loadSchemaStore();
  const schema = validateSchema(merged.tree, store);
  const declarations = collectDeclarations(merged.tree.root, schema.invalidPaths);
  const plugins = addConfigPlugins(merged.tree, options.plugins, sources.value.dir);
  const checked = [
    ...schema.diagnostics,
    ...plugins.diagnostics,
    ...checkProviders(merged.tree, declarations, plugins.catalog),
    ...checkReferences(merged.tree, declarations),
    ...checkLifecycle(merged.tree, declarations, store),
    ...checkMoved(merged.tree, declarations),
    ...checkRouting(merged.tree, declarations, plugins.catalog, (path) => isSchemaValid(path, schema.invalidPaths)),
  ];
  // A value whose ${env:...} could not be resolved was already reported; what follows from it is noise.
  const tainted = new Set(parsed.flatMap((file) => [...file.taintedRanges]));
  const relevant = checked.filter((d) => d.range === undefined || !tainted.has(rangeKey(d.range)));
  const diagnostics = sortDiagnostics([...nameProviderSettings(found, merged.tree), ...merged.diagnostics, ...relevant]);
  if (hasErrors(diagnostics)) return { value: undefined, diagnostics };
  return { value: { ...decodeConfig(merged.tree.root as RawConfig, merged.tree, sources.value), plugins: plugins.catalog }, diagnostics };
}

/** An unset variable read by a provider setting says which provider and setting need it. */
function nameProviderSettings(diagnostics: readonly Diagnostic[], tree: PositionedTree): Diagnostic[] {
  if (!diagnostics.some((d) => d.code === 'config.unset-env')) return [...diagnostics];
  const settings = new Map<string, string>();
  const providers = (tree.root as { providers?: unknown } | undefined)?.providers;
  if (providers !== null && typeof providers === 'object') {
    for (const [name, instance] of Object.entries(providers as Record<string, unknown>)) {
      if (instance === null || typeof instance !== 'object') continue;
      for (const key of Object.keys(instance)) settings.set(rangeKey(locateValue(tree, ['providers', name, key])), `the ${key} of provider "${name}"`);
    }
  }
  return diagnostics.map((d) => {
    const owner = d.code === 'config.unset-env' && d.range ? settings.get(rangeKey(d.range)) : undefined;
    return owner ? { ...d, summary: `${d.summary} (${owner})` } : d;
  });
}

/** The catalog with the plugins the config's `plugins:` adds (manifests only). */
function addConfigPlugins(tree: PositionedTree, builtin: PluginCatalog, dir: string): { catalog: PluginCatalog; diagnostics: Diagnostic[] } {
  const written = (tree.root as { plugins?: unknown } | undefined)?.plugins;
  if (!Array.isArray(written) || written.length === 0) return { catalog: builtin, diagnostics: [] };
  const entries = written.flatMap((entry, i) => (typeof entry === 'string' ? [{ entry, range: locateValue(tree, ['plugins', String(i)]) }] : []));
  const user = readUserPlugins(entries, dir);
  const ranges = new Map(entries.map((e) => [e.entry, e.range]));
  const extended = extendCatalog(builtin, user.plugins, (plugin) => ranges.get(plugin.source));
  return { catalog: extended.catalog, diagnostics: [...user.diagnostics, ...extended.diagnostics] };
}
