// A create: journal the intent, create the object, record it. When its provider is
// unavailable and nothing reached it, the create fails over to the next candidate the rule
// allows; updates and deletes never fail over.
import type { ResourceChange } from '../plan/plan.js';
import type { Failover } from './apply-events.js';
import type { ApplyContext } from './apply-context.js';

export async function createObject(ctx: ApplyContext, change: ResourceChange): Promise<string> {
  // The planned provider must be able to hold it; a failover candidate that cannot is passed over.
  const candidates = [change.provider, ...(change.placement?.failover ?? []).filter((p) => p !== change.provider && ctx.handlerOf(p, change.kind))];
  let placementNote: string | undefined;
  for (const [index, provider] of candidates.entries()) {
    const handler = ctx.handlerFor(change, provider);
    const spec = ctx.specFor(change);
    const seq = await ctx.journalIntent(change, 'create', handler.naturalKey(spec), provider);
    let created;
    try {
      created = handler.normalize(await ctx.callProvider(change, provider, 'create', () => handler.create(spec)));
    } catch (error) {
      const next = candidates[index + 1];
      const reason = ctx.unavailableReason(error);
      if (next === undefined || reason === undefined) throw error;
      // Nothing reached this provider: the intent is settled.
      await ctx.journal.end(seq);
      const failover: Failover = { address: change.address, from: provider, to: next, reason };
      ctx.ledger.failovers.push(failover);
      placementNote = `failed over from ${change.provider}: ${reason}`;
      await ctx.emit({ type: 'failover', change, failover });
      continue;
    }
    ctx.ledger.land(change.address, provider);
    ctx.ledger.record(change, { id: created.id, naturalKey: handler.naturalKey(created.spec), provider, ...(placementNote === undefined ? {} : { placementNote }) });
    await ctx.ledger.write();
    await ctx.emit({ type: 'recorded', change });
    await ctx.journal.end(seq);
    return created.id;
  }
  throw new Error(`create of ${change.address}: no candidate left`);
}
