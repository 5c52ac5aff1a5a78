// Reconciles intents that a killed run left open with what is live, so the next plan
// neither duplicates an object that was created nor orphans one the state never recorded.
import type { KindHandler } from '../resources/provider-contract.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import type { Intent } from '../state/intent-journal.js';
import type { State, StateResource } from '../state/state.js';
import type { LiveIndex } from './live-index.js';

export interface RecoveryNote {
  readonly address: string;
  readonly provider: string;
  /** What was found and done, as a sentence. */
  readonly text: string;
}

export interface Recovery {
  readonly state: State;
  /** One per intent that changed the state, for the user and the audit trail. */
  readonly notes: readonly RecoveryNote[];
}

export function recoverInterrupted(
  state: State,
  intents: readonly Intent[],
  live: LiveIndex,
  handlerOf: (provider: string, kind: ResourceKind) => KindHandler | undefined,
  now: string,
): Recovery {
  const resources: Record<string, StateResource> = { ...state.resources };
  const notes: RecoveryNote[] = [];
  for (const intent of intents) {
    const kind = intent.kind as ResourceKind;
    if (!handlerOf(intent.provider, kind)) continue;
    const entry = resources[intent.address];
    const found = live.byNaturalKey(intent.provider, kind, intent.natural_key);
    if (intent.action === 'delete') {
      if (entry && !live.byId(entry.provider, entry.kind, entry.id)) {
        delete resources[intent.address];
        notes.push({ address: intent.address, provider: intent.provider, text: 'an interrupted delete had completed; removed from state' });
      }
      continue;
    }
    if (entry && live.byId(entry.provider, entry.kind, entry.id)) continue;
    if (!found || isClaimed(resources, intent.provider, kind, found.id)) continue;
    const createdAt = entry?.created_at ?? now;
    resources[intent.address] = {
      kind,
      name: intent.address.slice(kind.length + 1),
      provider: intent.provider,
      id: found.id,
      natural_key: intent.natural_key,
      spec: { ...intent.spec },
      depends_on: [...intent.depends_on],
      created_at: createdAt,
      updated_at: now,
    };
    notes.push({ address: intent.address, provider: intent.provider, text: `an interrupted ${intent.action} had reached ${intent.provider} (id ${found.id}); recorded in state` });
  }
  return { state: { ...state, resources }, notes };
}

function isClaimed(resources: Readonly<Record<string, StateResource>>, provider: string, kind: string, id: string): boolean {
  return Object.values(resources).some((r) => r.provider === provider && r.kind === kind && r.id === id);
}
