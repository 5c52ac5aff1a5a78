// Lists what a merged (not yet decoded) config declares: resources, provider instances,
// routing defaults and moved blocks, each marked with whether the schema accepted it, so
// semantic checks run on the parts that passed and stay quiet about the rest.
import { isResourceKind, type ResourceKind } from '../resources/resource-kind.js';
import { isSchemaValid } from './describe-schema-errors.js';
import { isPlainMap } from './json-value.js';
import type { JsonPath } from './yaml-positions.js';

export interface ResourceDeclaration {
  readonly address: string;
  readonly kind: ResourceKind;
  readonly name: string;
  /** As written; only trust its shape when `valid`. */
  readonly body: Readonly<Record<string, unknown>>;
  readonly path: JsonPath;
  readonly valid: boolean;
}

export interface ProviderDeclaration {
  readonly name: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly path: JsonPath;
  readonly valid: boolean;
}

export interface RoutingDefaultDeclaration {
  readonly kind: ResourceKind;
  readonly provider: string;
  readonly path: JsonPath;
  readonly valid: boolean;
}

export interface MovedDeclaration {
  readonly from: string;
  readonly to: string;
  readonly path: JsonPath;
  readonly valid: boolean;
}

export interface Declarations {
  /** Sorted by address. */
  readonly resources: readonly ResourceDeclaration[];
  readonly byAddress: ReadonlyMap<string, ResourceDeclaration>;
  /** Names of the declared resources of each kind, for did-you-mean. */
  readonly namesByKind: ReadonlyMap<ResourceKind, readonly string[]>;
  readonly providers: ReadonlyMap<string, ProviderDeclaration>;
  readonly routingDefaults: readonly RoutingDefaultDeclaration[];
  readonly moved: readonly MovedDeclaration[];
}

export function collectDeclarations(root: unknown, invalidPaths: ReadonlySet<string>): Declarations {
  const config = isPlainMap(root) ? root : {};
  const valid = (path: JsonPath): boolean => isSchemaValid(path, invalidPaths);
  const resources: ResourceDeclaration[] = [];
  const namesByKind = new Map<ResourceKind, string[]>();
  const byKind = isPlainMap(config.resources) ? config.resources : {};
  for (const [kind, names] of Object.entries(byKind)) {
    if (!isResourceKind(kind) || !isPlainMap(names)) continue;
    const list: string[] = [];
    namesByKind.set(kind, list);
    for (const [name, body] of Object.entries(names)) {
      const path = ['resources', kind, name];
      list.push(name);
      resources.push({ address: `${kind}.${name}`, kind, name, body: isPlainMap(body) ? body : {}, path, valid: valid(path) });
    }
  }
  resources.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const providers = new Map<string, ProviderDeclaration>();
  for (const [name, body] of Object.entries(isPlainMap(config.providers) ? config.providers : {})) {
    const path = ['providers', name];
    providers.set(name, { name, body: isPlainMap(body) ? body : {}, path, valid: valid(path) });
  }
  const routing = isPlainMap(config.routing) ? config.routing : {};
  const routingDefaults: RoutingDefaultDeclaration[] = [];
  for (const [kind, provider] of Object.entries(isPlainMap(routing.defaults) ? routing.defaults : {})) {
    const path = ['routing', 'defaults', kind];
    if (isResourceKind(kind) && typeof provider === 'string') routingDefaults.push({ kind, provider, path, valid: valid(path) });
  }
  const moved: MovedDeclaration[] = [];
  const blocks = Array.isArray(config.moved) ? (config.moved as unknown[]) : [];
  blocks.forEach((block, i) => {
    const path = ['moved', String(i)];
    if (isPlainMap(block) && typeof block.from === 'string' && typeof block.to === 'string') moved.push({ from: block.from, to: block.to, path, valid: valid(path) });
  });
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  return { resources, byAddress, namesByKind, providers, routingDefaults, moved };
}
