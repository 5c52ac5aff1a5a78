// Starts provider instances: imports a plugin's module only when an instance of it is
// used, and turns a broken plugin into a diagnostic naming the plugin and file.
import { pathToFileURL } from 'node:url';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import type { ProviderConfig } from './provider-config.js';
import type { ProviderFactory, ProviderInstance } from '../resources/provider-contract.js';
import type { ProviderTraffic } from '../transport/provider-traffic.js';
import { explainSettingErrors } from './explain-setting-errors.js';
import type { PluginCatalog } from './plugin-catalog.js';

export async function startProvider(provider: ProviderConfig, catalog: PluginCatalog, configDir: string, traffic: ProviderTraffic): Promise<ProviderInstance> {
  const plugin = catalog.find(provider.type);
  if (!plugin) {
    throw new DiagnosticError([errorDiagnostic('config.unknown-provider-type', `unknown provider type "${provider.type}"`, { range: provider.range })]);
  }
  let factory: unknown;
  try {
    const module = (await import(pathToFileURL(plugin.modulePath).href)) as Record<string, unknown>;
    factory = module['createProvider'];
  } catch (error) {
    throw new DiagnosticError([errorDiagnostic('plugin.load-failed', `plugin "${plugin.name}" failed to load from ${plugin.modulePath}`, { hint: describeError(error) })]);
  }
  if (typeof factory !== 'function') {
    throw new DiagnosticError([errorDiagnostic('plugin.missing-export', `plugin "${plugin.name}" (${plugin.modulePath}) does not export a createProvider function`, { hint: 'A plugin module must export `createProvider(context)` returning a provider instance.' })]);
  }
  try {
    const instance = await (factory as ProviderFactory)(await traffic.contextFor(provider.name, provider.settings, configDir, provider.resilience));
    return explainSettingErrors(instance, provider.name, provider.settingVariables);
  } catch (error) {
    throw new DiagnosticError([errorDiagnostic('plugin.factory-failed', `provider "${provider.name}" (plugin ${plugin.name}) failed to start`, { hint: describeError(error), range: provider.range })]);
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
