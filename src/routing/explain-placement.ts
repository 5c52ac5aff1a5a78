// explainPlacement: the decision for one resource as a plan makes it — the resources before
// it (in the config's address order) placed first, so batch counts agree with the plan.
import type { ConfigResource } from '../config/config.js';
import { createRouter } from './create-router.js';
import type { DecisionTrace } from './decision-trace.js';
import type { RoutingInputs } from './routing-inputs.js';

/** `resources` in the order the plan places them (Config.resources: by address); undefined when `address` is not among them. */
export function explainPlacement(inputs: RoutingInputs, resources: readonly ConfigResource[], address: string): DecisionTrace | undefined {
  const router = createRouter(inputs);
  for (const resource of resources) {
    if (resource.address === address) return router.explain(resource);
    router.place(resource);
  }
  return undefined;
}
