// mosaic route explain ADDRESS: the routing decision for one resource as the next plan would
// make it — same config, state, provider conditions and history — with everything weighed.
import { parseAddress } from '../../addresses/address.js';
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { routeConfig } from '../../plan/route-config.js';
import { startProviders } from '../../plugins/start-providers.js';
import { explainPlacement } from '../../routing/explain-placement.js';
import type { DecisionTrace } from '../../routing/decision-trace.js';
import { openRun } from '../open-run.js';
import { print, printJson } from '../print.js';
import { createOutputStyle } from '../views/output-style.js';
import { renderDecision } from '../views/render-decision.js';

export async function runRouteExplain(address: string, flags: { config: string; json?: boolean }): Promise<number> {
  if (!parseAddress(address)) {
    throw new DiagnosticError([errorDiagnostic('cli.bad-address', `"${address}" is not a resource address`, { hint: 'Addresses are KIND.NAME, e.g. repository.api.' })]);
  }
  const run = await openRun({ config: flags.config });
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
  const learns = config.routing.rules.some((r) => r.strategy === 'adaptive' || r.strategy === 'health-based');
  const needed = new Set(Object.values(state.resources).map((r) => r.provider));
  const routed = await routeConfig({
    config,
    state,
    history: learns ? await run.routing.readRecent(2000) : [],
    needed,
    start: (names) => startProviders(names, config, run.catalog),
  });
  await routed.providers.close();
  // The router spreads a batch in address order: the resources before this one count.
  const trace: DecisionTrace | undefined = explainPlacement(routed.inputs, config.resources, address);
  if (!trace) throw new Error(`${address} vanished from the config`);
  if (flags.json) printJson(trace);
  else print(renderDecision(trace, createOutputStyle(process.stdout)));
  return trace.winner === undefined ? 1 : 0;
}
