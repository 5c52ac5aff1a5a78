// Decodes a merged config that passed every check (RawConfig as written) into Config:
// implicit provider, defaults filled, references as addresses, resources sorted, hash.
import { resolve } from 'node:path';
import { compareAddresses } from '../addresses/address.js';
import type { RawConfig } from '../generated/mosaic.js';
import { kindTraits, isResourceKind, type ResourceKind } from '../resources/resource-kind.js';
import type { ProviderConfig } from '../plugins/provider-config.js';
import type { Config, ConfigResource, Lifecycle, MovedBlock, ResourceReference, StateSettings } from './config.js';
import { decodeResilience, decodeRouting } from './decode-routing.js';
import { fillSpecDefaults } from './fill-spec-defaults.js';
import { hashConfig } from './hash-config.js';
import { implicitProvider } from './implicit-provider.js';
import { isPlainMap } from './json-value.js';
import type { ConfigSources } from './read-config-files.js';
import { locateKey, locateValue, type PositionedTree } from './yaml-positions.js';

export function decodeConfig(raw: RawConfig, tree: PositionedTree, sources: ConfigSources): Omit<Config, 'plugins'> {
  const providers = decodeProviders(raw, tree, sources);
  const routingDefaults: Partial<Record<ResourceKind, string>> = { ...raw.routing?.defaults };
  const writtenStatePath = raw.state?.path ?? 'state';
  const state = decodeStateSettings(raw, tree, resolve(sources.dir, writtenStatePath));
  const moved: MovedBlock[] = (raw.moved ?? []).map((m, i) => ({ from: m.from, to: m.to, range: locateValue(tree, ['moved', String(i)]) }));
  const resources = decodeResources(raw, tree);
  const routing = decodeRouting(raw, tree);
  const decoded = { providers, routingDefaults, routing, state, moved, resources };
  const files = sources.files.map((f) => f.path).sort();
  return { dir: sources.dir, files, ...decoded, hash: hashConfig(decoded, writtenStatePath) };
}

/** The schema has checked the settings: postgres comes with a url, the schema name is valid. */
function decodeStateSettings(raw: RawConfig, tree: PositionedTree, path: string): StateSettings {
  const backend = raw.state?.backend ?? 'local';
  const url = raw.state?.url;
  if (url === undefined) return { backend, path };
  return { backend, path, postgres: { url, schema: raw.state?.schema ?? 'mosaic', urlRange: locateValue(tree, ['state', 'url']) } };
}

function decodeProviders(raw: RawConfig, tree: PositionedTree, sources: ConfigSources): Map<string, ProviderConfig> {
  const providers = new Map<string, ProviderConfig>();
  const entries = Object.entries(raw.providers ?? {}).sort(([a], [b]) => compareAddresses(a, b));
  if (entries.length === 0) {
    providers.set(implicitProvider.name, { ...implicitProvider, settings: {}, settingVariables: {}, resilience: decodeResilience(undefined), range: undefined });
    return providers;
  }
  for (const [name, instance] of entries) {
    const { type, resilience, ...settings } = instance;
    providers.set(name, {
      name,
      type,
      settings,
      settingVariables: settingVariables(name, settings, tree, sources),
      resilience: decodeResilience(resilience),
      range: locateKey(tree, ['providers', name]),
    });
  }
  return providers;
}

/** Which settings were written as ${env:NAME}, read from the source text at the value. */
function settingVariables(provider: string, settings: Readonly<Record<string, unknown>>, tree: PositionedTree, sources: ConfigSources): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value !== 'string') continue;
    const range = locateValue(tree, ['providers', provider, key]);
    const text = sources.files.find((f) => f.displayPath === range.file || f.path === range.file)?.text;
    const line = text?.split('\n')[range.line - 1]?.slice(range.column - 1) ?? '';
    const match = /(?<!\$)\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/.exec(line);
    if (match?.[1] !== undefined) variables[key] = match[1];
  }
  return variables;
}

function decodeResources(raw: RawConfig, tree: PositionedTree): ConfigResource[] {
  const resources: ConfigResource[] = [];
  for (const [kind, byName] of Object.entries(raw.resources ?? {})) {
    if (!isResourceKind(kind) || !isPlainMap(byName)) continue;
    for (const [name, body] of Object.entries(byName)) {
      if (isPlainMap(body)) resources.push(decodeResource(kind, name, body, tree));
    }
  }
  return resources.sort((a, b) => compareAddresses(a.address, b.address));
}

function decodeResource(kind: ResourceKind, name: string, body: Readonly<Record<string, unknown>>, tree: PositionedTree): ConfigResource {
  const references: ResourceReference[] = [];
  for (const reference of kindTraits[kind].references) {
    const target = body[reference.field];
    if (typeof target === 'string') references.push({ field: reference.field, address: `${reference.kind}.${target}` });
  }
  return {
    address: `${kind}.${name}`,
    kind,
    name,
    provider: typeof body.provider === 'string' ? body.provider : undefined,
    labels: isPlainMap(body.labels) ? (body.labels as Record<string, string>) : {},
    tenant: typeof body.tenant === 'string' ? body.tenant : undefined,
    lifecycle: decodeLifecycle(body.lifecycle),
    spec: fillSpecDefaults(kind, name, body),
    references,
    range: locateKey(tree, ['resources', kind, name]),
  };
}

function decodeLifecycle(value: unknown): Lifecycle {
  const lifecycle = isPlainMap(value) ? value : {};
  return {
    preventDestroy: lifecycle.prevent_destroy === true,
    ignoreChanges: Array.isArray(lifecycle.ignore_changes) ? lifecycle.ignore_changes.filter((f): f is string => typeof f === 'string') : [],
  };
}
