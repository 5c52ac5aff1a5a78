// ProviderConfig: one provider instance as the config declares it (providers.NAME), decoded:
// what starting the instance needs. config/ produces it; plugins/ starts instances from it.
import type { SourceRange } from '../diagnostics/diagnostic.js';
import type { ResilienceSettings } from '../transport/resilience-settings.js';

export interface ProviderConfig {
  readonly name: string;
  readonly type: string;
  /** Settings with ${env:...} resolved; may hold secrets, so never printed or stored. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** Setting -> the environment variable its value was read from, for diagnostics. */
  readonly settingVariables: Readonly<Record<string, string>>;
  /** How calls to this instance are guarded (the instance's `resilience:`, defaults filled). */
  readonly resilience: ResilienceSettings;
  readonly range: SourceRange | undefined;
}
