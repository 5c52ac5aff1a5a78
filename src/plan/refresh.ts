// Refresh: reads every live object of each (provider, kind) the run touches with one bulk
// list per pair, in parallel across pairs, and normalizes them into a LiveIndex.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ListScope, ProviderInstance } from '../resources/provider-contract.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import { providerErrorDiagnostic } from './describe-provider-error.js';
import { scopeSlot, type ScopeSlot } from './list-scopes.js';
import { createLiveIndex, type LiveIndex } from './live-index.js';

/** Objects nobody manages need no details: they matter only as import candidates. */
const emptyScope: ListScope = { details: new Map() };

export interface RefreshTarget {
  readonly provider: string;
  readonly kind: ResourceKind;
}

export async function refreshLive(
  instances: ReadonlyMap<string, ProviderInstance>,
  targets: readonly RefreshTarget[],
  scopes: ReadonlyMap<ScopeSlot, ListScope | undefined> = new Map(),
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
        const slot = scopeSlot(provider, kind);
        for (const raw of await handler.list(scopes.has(slot) ? scopes.get(slot) : emptyScope)) {
          live.add(provider, handler, handler.normalize(raw));
          listed += 1;
        }
      } catch (error) {
        diagnostics.push(providerErrorDiagnostic(error, { prefix: `refresh of ${kind} resources on provider "${provider}" failed: ` }));
      }
    }),
  );
  return { live, diagnostics, listed };
}
