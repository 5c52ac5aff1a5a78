// mosaic route explain ADDRESS: the routing decision for one resource as the next plan would
// make it, with everything weighed.
import { checkRouteAddress, explainRoute } from '../../run/explain-route.js';
import { withRun } from '../../run/open-run.js';
import type { Terminal } from '../terminal.js';
import { renderDecision } from '../views/render-decision.js';

export async function runRouteExplain(terminal: Terminal, address: string, flags: { config: string; json?: boolean; workspace?: string }): Promise<number> {
  checkRouteAddress(address);
  const trace = await withRun(terminal.runRequest(flags), (run) => explainRoute(run, address));
  if (flags.json) terminal.printJson(trace);
  else terminal.print(renderDecision(trace, terminal.style));
  return trace.winner === undefined ? 1 : 0;
}
