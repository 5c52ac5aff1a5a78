// Refresh: reads every live object of each (provider, kind) the run touches with one bulk
// list per pair, in parallel across pairs, and normalizes them into a LiveIndex.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProviderInstance } from '../resources/provider-contract.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import { describeProviderError } from './describe-provider-error.js';
import { createLiveIndex, type LiveIndex } from './live-index.js';

export interface RefreshTarget {
  readonly provider: string;
  readonly kind: ResourceKind;
}

export async function refreshLive(
  instances: ReadonlyMap<string, ProviderInstance>,
  targets: readonly RefreshTarget[],
): Promise<{ live: LiveIndex; diagnostics: Diagnostic[]; listed: number }> {
  const live = createLiveIndex();
  const diagnostics: Diagnostic[] = [];
  let listed = 0;
  const unique = new Map(targets.map((t) => [`${t.provider}/${t.kind}`, t]));
  await Promise.all(
    [...unique.values()].map(async ({ provider, kind }) => {
      const handler = instances.get(provider)?.handlers[kind];
      if (!handler) {
        diagnostics.push(errorDiagnostic('refresh.unsupported-kind', `provider "${provider}" cannot list ${kind} resources`));
        return;
      }
      try {
        for (const raw of await handler.list()) {
          live.add(provider, handler, handler.normalize(raw));
          listed += 1;
        }
      } catch (error) {
        const { summary, hint, code } = describeProviderError(error);
        diagnostics.push(errorDiagnostic(code, `refresh of ${kind} resources on provider "${provider}" failed: ${summary}`, { hint }));
      }
    }),
  );
  return { live, diagnostics, listed };
}
