// `providers list` as a run: the provider plugins this mosaic knows, with versions, kinds and
// where each comes from; with a config at hand, the plugins its `plugins:` adds as well.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import { loadBuiltinCatalog } from '../plugins/builtin-catalog.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import { loadRunConfig, type RunRequest } from './open-run.js';

export interface PluginListing {
  readonly name: string;
  readonly version: string;
  readonly kinds: readonly string[];
  readonly source: string;
}

export async function listPlugins(request: Pick<RunRequest, 'config' | 'cwd' | 'env'>): Promise<PluginListing[]> {
  const builtin = loadBuiltinCatalog();
  if (builtin.diagnostics.length > 0) throw new DiagnosticError(builtin.diagnostics);
  // Without a config here, the built-in plugins are the whole answer.
  const catalog: PluginCatalog = hasConfig(resolve(request.cwd, request.config)) ? (await loadRunConfig(request)).plugins : builtin.catalog;
  return catalog.list().map((p) => ({ name: p.name, version: p.version, kinds: [...p.kinds], source: p.source }));
}

function hasConfig(path: string): boolean {
  if (!existsSync(path)) return false;
  if (!statSync(path).isDirectory()) return true;
  return readdirSync(path).some((name) => /\.ya?ml$/i.test(name));
}
