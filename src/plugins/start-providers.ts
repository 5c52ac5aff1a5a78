// Starts the provider instances a run needs, and only those: a provider named in state but
// missing from the config is a diagnostic, not a crash.
import type { Config } from '../config/config.js';
import { DiagnosticError, errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProviderInstance } from '../resources/provider-contract.js';
import { ProviderTraffic } from '../transport/provider-traffic.js';
import { startProvider } from './load-provider.js';
import type { PluginCatalog } from './plugin-catalog.js';

export interface StartedProviders {
  readonly instances: ReadonlyMap<string, ProviderInstance>;
  /** Requests the instances made, and their ETag caches. */
  readonly traffic: ProviderTraffic;
  /** Closes every instance and saves the ETag caches. */
  close(): Promise<void>;
}

export async function startProviders(names: ReadonlySet<string>, config: Config, catalog: PluginCatalog): Promise<StartedProviders> {
  const diagnostics: Diagnostic[] = [];
  const started = new Map<string, ProviderInstance>();
  const traffic = new ProviderTraffic(config.state.path);
  await Promise.all(
    [...names].sort().map(async (name) => {
      const provider = config.providers.get(name);
      if (!provider) {
        diagnostics.push(
          errorDiagnostic('state.unknown-provider', `the state holds resources on provider "${name}", which the config no longer declares`, {
            hint: `Declare providers.${name} again so mosaic can manage (or delete) them, or remove them from state with \`mosaic state rm ADDRESS\`.`,
          }),
        );
        return;
      }
      try {
        started.set(name, await startProvider(provider, catalog, config.dir, traffic));
      } catch (error) {
        if (error instanceof DiagnosticError) diagnostics.push(...error.diagnostics);
        else throw error;
      }
    }),
  );
  const close = async (): Promise<void> => {
    await Promise.all([...started.values()].map((p) => p.close()));
    await traffic.save();
  };
  if (diagnostics.length > 0) {
    await close();
    throw new DiagnosticError(diagnostics);
  }
  return { instances: started, traffic, close };
}
