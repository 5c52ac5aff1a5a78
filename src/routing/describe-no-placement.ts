// The diagnostic for a resource that nothing places: no provider can manage its kind, or
// several can and neither the resource, a rule nor routing.defaults chooses.
import type { ConfigResource } from '../config/config.js';
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

export function describeNoPlacement(resource: ConfigResource, able: readonly string[], rules: { readonly count: number; readonly matchedWithoutCandidate: readonly string[] }): Diagnostic {
  const { kind } = resource;
  const summary = able.length === 0 ? `no provider can manage ${kind} resources` : `${String(able.length)} providers can manage ${kind} resources`;
  const ruleNote =
    rules.matchedWithoutCandidate.length > 0
      ? ` Rule ${rules.matchedWithoutCandidate.map((r) => `"${r}"`).join(', ')} matches it, but none of its candidates manages ${kind} resources.`
      : rules.count > 0
        ? ` None of the ${String(rules.count)} rules under routing.rules matches it.`
        : '';
  const hint =
    able.length === 0
      ? `Add a provider instance whose type manages ${kind} resources under \`providers\`.`
      : `Choose one: set \`provider:\` on the resource, or routing.defaults.${kind} to one of ${able.join(', ')}, or add a rule under routing.rules that matches it.${ruleNote}`;
  return errorDiagnostic('routing.no-placement', summary, { hint, range: resource.range, address: resource.address });
}
