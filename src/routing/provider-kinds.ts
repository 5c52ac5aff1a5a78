// Which resource kinds each configured provider instance can manage, read once from the
// plugin catalog so that a decision asks a Set instead of the catalog.
import type { Config } from '../config/config.js';
import type { ResourceKind } from '../resources/resource-kind.js';

export type ProviderKinds = ReadonlyMap<string, ReadonlySet<ResourceKind>>;

export function mapProviderKinds(config: Pick<Config, 'providers' | 'plugins'>): ProviderKinds {
  const kinds = new Map<string, ReadonlySet<ResourceKind>>();
  for (const provider of config.providers.values()) kinds.set(provider.name, new Set(config.plugins.find(provider.type)?.kinds ?? []));
  return kinds;
}

export function canManage(kinds: ProviderKinds, provider: string, kind: ResourceKind): boolean {
  return kinds.get(provider)?.has(kind) ?? false;
}
