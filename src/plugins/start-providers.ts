// Starts the provider instances a run needs, and only those: a provider named in state but
// missing from the config is a diagnostic, not a crash. Each instance is guarded by its
// resilience settings (bulkhead, circuit breaker, timeout).
import { DiagnosticError, errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProviderInstance } from '../resources/provider-contract.js';
import { ProviderResilience } from '../transport/provider-resilience.js';
import { ProviderTraffic } from '../transport/provider-traffic.js';
import { startProvider } from './load-provider.js';
import type { PluginCatalog } from './plugin-catalog.js';
import type { ProviderConfig } from './provider-config.js';

export interface StartedProviders {
  readonly instances: ReadonlyMap<string, ProviderInstance>;
  /** Requests the instances made, and their ETag caches. */
  readonly traffic: ProviderTraffic;
  /** The instances' breakers, concurrency and transitions. */
  readonly resilience: ProviderResilience;
  /** Closes every instance and saves the ETag caches and the breakers. */
  close(): Promise<void>;
}

/** What starting instances needs: the config's providers, the plugins, and where caches live. */
export interface ProviderSetup {
  readonly providers: ReadonlyMap<string, ProviderConfig>;
  readonly catalog: PluginCatalog;
  /** The config's folder, against which relative settings resolve. */
  readonly configDir: string;
  /** The local state folder: the ETag caches and the breakers are kept there, per machine. */
  readonly cacheDir: string;
}

export async function startProviders(names: ReadonlySet<string>, setup: ProviderSetup): Promise<StartedProviders> {
  const { catalog } = setup;
  const diagnostics: Diagnostic[] = [];
  const started = new Map<string, ProviderInstance>();
  const traffic = new ProviderTraffic(setup.cacheDir);
  const resilience = new ProviderResilience(setup.cacheDir);
  await Promise.all(
    [...names].sort().map(async (name) => {
      const provider = setup.providers.get(name);
      if (!provider) {
        diagnostics.push(
          errorDiagnostic('state.unknown-provider', `the state holds resources on provider "${name}", which the config no longer declares`, {
            hint: `Declare providers.${name} again so mosaic can manage (or delete) them, or remove them from state with \`mosaic state rm ADDRESS\`.`,
          }),
        );
        return;
      }
      try {
        // Guarded outside explainSettingErrors, so a refused token keeps its hint.
        started.set(name, resilience.guard(name, await startProvider(provider, catalog, setup.configDir, traffic), provider.resilience));
      } catch (error) {
        if (error instanceof DiagnosticError) diagnostics.push(...error.diagnostics);
        else throw error;
      }
    }),
  );
  const close = async (): Promise<void> => {
    await Promise.all([...started.values()].map((p) => p.close()));
    await Promise.all([traffic.save(), resilience.save()]);
  };
  if (diagnostics.length > 0) {
    await close();
    throw new DiagnosticError(diagnostics);
  }
  return { instances: started, traffic, resilience, close };
}
