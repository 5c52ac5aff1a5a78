// Placement of a resource on a provider instance: state first (placement is sticky), then
// the resource's own `provider:`, then routing.defaults, then the only instance able to
// manage the kind. Pure: the same inputs always give the same answer.
import type { Config, ConfigResource } from '../config/config.js';
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import type { State } from '../state/state.js';

export interface Placement {
  readonly provider: string;
  /** Why this provider, in a few words, for the plan and `route explain`. */
  readonly reason: string;
}

export function routeResource(resource: ConfigResource, config: Config, state: State, catalog: PluginCatalog): { value?: Placement; diagnostic?: Diagnostic } {
  const recorded = state.resources[resource.address];
  if (recorded) return { value: { provider: recorded.provider, reason: 'placed earlier (state)' } };
  if (resource.provider) return { value: { provider: resource.provider, reason: 'provider set on the resource' } };
  const byDefault = config.routingDefaults[resource.kind];
  if (byDefault) return { value: { provider: byDefault, reason: `routing.defaults.${resource.kind}` } };
  const able = [...config.providers.values()].filter((p) => catalog.find(p.type)?.kinds.includes(resource.kind));
  if (able.length === 1 && able[0]) return { value: { provider: able[0].name, reason: `the only provider that manages ${resource.kind} resources` } };
  const summary = able.length === 0 ? `no provider can manage ${resource.kind} resources` : `${String(able.length)} providers can manage ${resource.kind} resources`;
  const hint =
    able.length === 0
      ? `Add a provider instance whose type manages ${resource.kind} resources under \`providers\`.`
      : `Choose one: set \`provider:\` on the resource, or routing.defaults.${resource.kind} to one of ${able.map((p) => p.name).join(', ')}.`;
  return { diagnostic: errorDiagnostic('routing.no-placement', summary, { hint, range: resource.range, address: resource.address }) };
}
