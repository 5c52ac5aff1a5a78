// `route explain ADDRESS` as a run: the routing decision for one resource as the next plan
// would make it — same config, state, provider conditions and history — with everything weighed.
import { parseAddress } from '../addresses/address.js';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import type { DecisionTrace } from '../routing/decision-trace.js';
import { explainPlacement } from '../routing/explain-placement.js';
import type { Run } from './open-run.js';
import { readRoutingHistory } from './plan-run.js';
import { routeResources } from './route-resources.js';

export function checkRouteAddress(address: string): void {
  if (!parseAddress(address)) {
    throw new DiagnosticError([errorDiagnostic('cli.bad-address', `"${address}" is not a resource address`, { hint: 'Addresses are KIND.NAME, e.g. repository.api.' })]);
  }
}

export async function explainRoute(run: Run, address: string): Promise<DecisionTrace> {
  const { config } = run;
  const state = await run.store.read();
  const resource = config.resources.find((r) => r.address === address);
  if (!resource) {
    const recorded = state.resources[address];
    const hint = recorded
      ? `It is in state on ${recorded.provider} (id ${recorded.id}); the next plan deletes it, since the config no longer declares it.`
      : `Declared resources: ${config.resources.slice(0, 8).map((r) => r.address).join(', ')}${config.resources.length > 8 ? ', …' : ''}.`;
    throw new DiagnosticError([errorDiagnostic('route.unknown-address', `${address} is not declared in the config`, { hint })]);
  }
  const routed = await routeResources({
    config,
    state,
    history: await readRoutingHistory(run),
    needed: new Set(Object.values(state.resources).map((r) => r.provider)),
    start: (names) => run.startProviders(names),
  });
  await routed.providers.close();
  // The router spreads a batch in address order: the resources before this one count.
  const trace = explainPlacement(routed.inputs, config.resources, address);
  if (!trace) throw new Error(`${address} vanished from the config`);
  return trace;
}
