// The provider instance a config has when it declares none: `local`, of type local, with no
// settings, so a config of resources alone works on a fresh machine.
import type { Declarations } from './collect-declarations.js';

export const implicitProvider = { name: 'local', type: 'local' } as const;

/** The type of every provider instance of the config (undefined where `type` is not a string). */
export function listProviderTypes(declarations: Declarations): ReadonlyMap<string, string | undefined> {
  if (declarations.providers.size === 0) return new Map([[implicitProvider.name, implicitProvider.type]]);
  const types = new Map<string, string | undefined>();
  for (const [name, provider] of declarations.providers) {
    types.set(name, typeof provider.body.type === 'string' ? provider.body.type : undefined);
  }
  return types;
}
