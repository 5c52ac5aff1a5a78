// What every step of an apply works with: the ledger of what it has done, the journal, the
// providers' handlers, the listeners, and the one way a step calls a provider (timed, its
// outcome observed for routing, an event once it returns).
import { errorDiagnostic } from '../diagnostics/diagnostic.js';
import type { ResourceChange } from '../plan/plan.js';
import { revealSecrets } from '../plan/mask-secrets.js';
import type { HandlerLookup } from '../plan/refresh-and-plan.js';
import { resolveReferences } from '../plan/reference-names.js';
import type { KindHandler, Spec } from '../resources/provider-contract.js';
import type { IntentJournal } from '../state/intent-journal.js';
import type { RoutingObservation } from '../state/routing-history.js';
import type { ApplyEvent, IntentAction, ProviderOperation } from './apply-events.js';
import type { ApplyLedger } from './apply-ledger.js';
import { ChangeFailure } from './change-failure.js';
import type { MirrorRepository } from './mirror-repository.js';

export interface ApplyContextInput {
  readonly ledger: ApplyLedger;
  readonly journal: IntentJournal;
  readonly handlerOf: HandlerLookup;
  readonly emit: (event: ApplyEvent) => Promise<void>;
  readonly now: () => string;
  /** Why a call failed when its provider is unavailable and nothing reached it; else undefined. */
  readonly unavailableReason: (error: unknown) => string | undefined;
  readonly mirror: MirrorRepository;
  /** The spec as the config writes it, secrets in plaintext. */
  readonly configSpecOf: (address: string) => Spec | undefined;
  /** Told the outcome and latency of every provider call. */
  readonly observe: (observation: RoutingObservation) => void;
}

export interface ApplyContext extends ApplyContextInput {
  /** The handler of `provider` (the change's own by default) for the change's kind. */
  handlerFor(change: ResourceChange, provider?: string): KindHandler;
  /** The spec to send: secrets revealed from the config, references resolved to live ids. */
  specFor(change: ResourceChange): Spec;
  /** Journals an intent of `change` on `provider` and returns its sequence number. */
  journalIntent(change: ResourceChange, action: IntentAction, naturalKey: string, provider?: string, spec?: Spec): Promise<number>;
  /** One provider call: timed, observed for routing, and announced once it returns. */
  callProvider<T>(change: ResourceChange, provider: string, operation: ProviderOperation, call: () => Promise<T>): Promise<T>;
}

export function createApplyContext(input: ApplyContextInput): ApplyContext {
  const { ledger, journal, emit } = input;
  return {
    ...input,
    handlerFor(change, provider = change.provider) {
      const handler = input.handlerOf(provider, change.kind);
      if (!handler) throw new ChangeFailure(errorDiagnostic('apply.no-handler', `provider "${provider}" cannot manage ${change.kind} resources`, { address: change.address }));
      return handler;
    },
    specFor(change) {
      const withSecrets = revealSecrets(change.kind, change.spec ?? {}, input.configSpecOf(change.address));
      const resolved = resolveReferences(change.kind, withSecrets, (address) => ledger.entry(address)?.id);
      if (resolved.missing) {
        throw new ChangeFailure(errorDiagnostic('apply.unresolved-reference', `${resolved.missing} has no live object to refer to`, { address: change.address }));
      }
      return resolved.spec;
    },
    async journalIntent(change, action, naturalKey, provider = change.provider, spec = change.spec ?? {}) {
      const seq = await journal.begin({
        address: change.address,
        action,
        kind: change.kind,
        provider,
        natural_key: naturalKey,
        spec: { ...spec },
        depends_on: [...change.depends_on],
      });
      await emit({ type: 'journaled', change, intent: action, provider });
      return seq;
    },
    async callProvider(change, provider, operation, call) {
      const started = performance.now();
      const observe = (outcome: 'succeeded' | 'failed'): void => {
        input.observe({ time: input.now(), provider, kind: change.kind, outcome, latency_ms: Math.round((performance.now() - started) * 10) / 10 });
      };
      let result;
      try {
        result = await call();
      } catch (error) {
        // A refusal of the request (validation, permissions) says nothing of the provider's health.
        if (input.unavailableReason(error) !== undefined) observe('failed');
        throw error;
      }
      observe('succeeded');
      await emit({ type: 'called', change, operation, provider });
      return result;
    },
  };
}
