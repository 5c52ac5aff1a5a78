// Checks provider instances and what names them: each instance's type is a known plugin and
// its settings fit that plugin's schema; every `provider:` and routing default names an
// instance that exists and can manage the kind.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import type { Declarations, ProviderDeclaration } from './collect-declarations.js';
import { describeSchemaErrors } from './describe-schema-errors.js';
import { suggestName } from './did-you-mean.js';
import { listProviderTypes } from './implicit-provider.js';
import { compileSettingsSchema } from './schema-store.js';
import { locateValue, type JsonPath, type PositionedTree } from './yaml-positions.js';

export function checkProviders(tree: PositionedTree, declarations: Declarations, catalog: PluginCatalog): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const provider of declarations.providers.values()) {
    if (provider.valid) diagnostics.push(...checkProviderInstance(provider, tree, catalog));
  }
  const types = listProviderTypes(declarations);
  for (const resource of declarations.resources) {
    const name = resource.body.provider;
    if (!resource.valid || typeof name !== 'string') continue;
    const problem = checkProviderUse(name, resource.kind, [...resource.path, 'provider'], types, tree, catalog);
    if (problem) diagnostics.push({ ...problem, address: resource.address });
  }
  for (const routingDefault of declarations.routingDefaults) {
    if (!routingDefault.valid) continue;
    const problem = checkProviderUse(routingDefault.provider, routingDefault.kind, routingDefault.path, types, tree, catalog);
    if (problem) diagnostics.push(problem);
  }
  return diagnostics;
}

function checkProviderInstance(provider: ProviderDeclaration, tree: PositionedTree, catalog: PluginCatalog): Diagnostic[] {
  const type = provider.body.type;
  if (typeof type !== 'string') return [];
  const plugin = catalog.find(type);
  if (!plugin) {
    const known = catalog.list().map((p) => p.name);
    const list = known.length > 0 ? `Known provider types: ${known.join(', ')}.` : 'No provider plugins are installed.';
    const closest = suggestName(type, known);
    const hint = closest === undefined ? list : `${closest} ${list}`;
    const range = locateValue(tree, [...provider.path, 'type']);
    return [errorDiagnostic('config.unknown-provider-type', `unknown provider type "${type}" for provider "${provider.name}"`, { range, hint })];
  }
  const settings: Record<string, unknown> = { ...provider.body };
  delete settings.type;
  delete settings.resilience; // mosaic's own, checked by mosaic.schema.json
  let validate: ReturnType<typeof compileSettingsSchema>;
  try {
    validate = compileSettingsSchema(plugin.settings);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const range = locateValue(tree, [...provider.path, 'type']);
    const hint = `The plugin's manifest (${plugin.manifestPath}) must be fixed by its authors.`;
    return [errorDiagnostic('config.provider-settings', `the settings schema of provider type ${type} is invalid: ${reason}`, { range, hint })];
  }
  if (validate(settings)) return [];
  // ajv's paths are relative to the settings, which share the instance's keys, so they place at the instance.
  return [...describeSchemaErrors(validate.errors ?? [], tree, { base: provider.path, code: 'config.provider-settings', provider: { name: provider.name, type } }).diagnostics];
}

export function checkProviderUse(
  name: string,
  kind: ResourceKind,
  path: JsonPath,
  types: ReadonlyMap<string, string | undefined>,
  tree: PositionedTree,
  catalog: PluginCatalog,
): Diagnostic | undefined {
  const range = locateValue(tree, path);
  if (!types.has(name)) {
    const declared = [...types.keys()];
    const hint = suggestName(name, declared, `Declare it under "providers", or use one of: ${declared.join(', ')}.`);
    return errorDiagnostic('config.unknown-provider', `unknown provider "${name}"`, { range, ...(hint === undefined ? {} : { hint }) });
  }
  const type = types.get(name);
  const plugin = type === undefined ? undefined : catalog.find(type);
  if (type === undefined || plugin === undefined || plugin.kinds.includes(kind)) return undefined;
  const hint = `Provider type ${type} manages: ${plugin.kinds.join(', ')}. Name a provider that manages ${kind} resources.`;
  return errorDiagnostic('config.unsupported-kind', `provider "${name}" (type ${type}) cannot manage ${kind} resources`, { range, hint });
}
