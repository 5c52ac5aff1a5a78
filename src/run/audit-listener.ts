// The audit trail as a listener of a run's events: an entry when a change starts and when it
// settles, for every failover, kept object, reconciled intent and breaker transition.
import type { AuditEntryInput, AuditTrail } from '../audit/audit-trail.js';
import { assertNever } from '../assert-never.js';
import type { RunEvent, RunListener } from './run-events.js';

export function auditRunEvents(audit: Pick<AuditTrail, 'append'>, who: { readonly principal: string; readonly command: string }): RunListener {
  const append = async (entry: Omit<AuditEntryInput, 'principal' | 'command'>): Promise<void> => {
    await audit.append({ principal: who.principal, command: who.command, ...entry });
  };
  return async (event: RunEvent): Promise<void> => {
    switch (event.type) {
      case 'started':
      case 'failed':
      case 'skipped': {
        const { change } = event;
        const error = event.type === 'failed' ? event.diagnostic.summary : event.type === 'skipped' ? `skipped: ${event.because}` : undefined;
        await append({ action: change.action, address: change.address, provider: change.provider, outcome: event.type, ...(error === undefined ? {} : { error }) });
        return;
      }
      case 'succeeded':
        await append({ action: event.change.action, address: event.change.address, provider: event.provider, outcome: 'succeeded' });
        return;
      case 'failover': {
        const { failover } = event;
        await append({ action: event.change.action, address: event.change.address, provider: failover.from, outcome: 'failed-over', error: `${failover.from} unavailable (${failover.reason}); failing over to ${failover.to}` });
        return;
      }
      case 'kept':
        await append({
          action: event.change.action,
          address: event.change.address,
          provider: event.provider,
          outcome: 'kept',
          error: `the old object (id ${event.id}) stays on ${event.provider}, no longer managed; --allow-move-delete deletes it`,
        });
        return;
      case 'recovered':
        for (const note of event.notes) await append({ action: 'recover', address: note.address, provider: note.provider, outcome: 'succeeded', error: note.text });
        return;
      case 'breaker': {
        const t = event.transition;
        await append({ action: 'circuit-breaker', address: `providers.${t.provider}`, provider: t.provider, outcome: t.to, error: t.reason });
        return;
      }
      case 'journaled':
      case 'called':
      case 'recorded':
      case 'planned':
        return;
      default:
        assertNever(event, 'run event');
    }
  };
}
