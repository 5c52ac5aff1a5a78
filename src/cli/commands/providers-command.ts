// mosaic providers list: the provider plugins this mosaic knows, with versions, kinds and
// where each comes from; plugins added by the config's `plugins:` when a config is found.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { loadConfig } from '../../config/load-config.js';
import { DiagnosticError } from '../../diagnostics/diagnostic.js';
import { loadBuiltinCatalog } from '../../plugins/builtin-catalog.js';
import type { PluginCatalog } from '../../plugins/plugin-catalog.js';
import { print, printJson } from '../print.js';

export async function runProvidersList(flags: { json?: boolean; config: string }): Promise<number> {
  const builtin = loadBuiltinCatalog();
  if (builtin.diagnostics.length > 0) throw new DiagnosticError(builtin.diagnostics);
  let catalog: PluginCatalog = builtin.catalog;
  // Without a config here, the built-in plugins are the whole answer.
  if (hasConfig(flags.config)) {
    const loaded = await loadConfig(flags.config, { env: process.env, plugins: builtin.catalog });
    if (!loaded.value) throw new DiagnosticError(loaded.diagnostics);
    catalog = loaded.value.plugins;
  }
  const plugins = catalog.list().map((p) => ({ name: p.name, version: p.version, kinds: [...p.kinds], source: p.source }));
  if (flags.json) printJson(plugins);
  else {
    const width = Math.max(4, ...plugins.map((p) => p.name.length));
    const sourceWidth = Math.max(6, ...plugins.map((p) => p.source.length));
    print([`${'NAME'.padEnd(width)}  VERSION  ${'SOURCE'.padEnd(sourceWidth)}  KINDS`, ...plugins.map((p) => `${p.name.padEnd(width)}  ${p.version.padEnd(7)}  ${p.source.padEnd(sourceWidth)}  ${p.kinds.join(', ')}`)].join('\n'));
  }
  return 0;
}

function hasConfig(path: string): boolean {
  if (!existsSync(path)) return false;
  if (!statSync(path).isDirectory()) return true;
  return readdirSync(path).some((name) => /\.ya?ml$/i.test(name));
}
