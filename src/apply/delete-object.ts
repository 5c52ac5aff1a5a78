// A delete: journal the intent with what state knew of the object, delete it, drop its entry.
import type { ResourceChange } from '../plan/plan.js';
import type { ApplyContext } from './apply-context.js';

export async function deleteObject(ctx: ApplyContext, change: ResourceChange, id: string): Promise<void> {
  const handler = ctx.handlerFor(change);
  const entry = ctx.ledger.entry(change.address) ?? (change.moved_from ? ctx.ledger.entry(change.moved_from) : undefined);
  const seq = await ctx.journalIntent(change, 'delete', entry?.natural_key ?? '', change.provider, entry?.spec ?? {});
  await ctx.callProvider(change, change.provider, 'delete', () => handler.delete(id));
  ctx.ledger.remove(change.address);
  if (change.moved_from) ctx.ledger.remove(change.moved_from);
  await ctx.ledger.write();
  await ctx.emit({ type: 'recorded', change });
  await ctx.journal.end(seq);
}

/** The id of a change's object now: an earlier change of this run may have rebound it. */
export function currentId(ctx: ApplyContext, change: ResourceChange): string {
  const id = ctx.ledger.entry(change.address)?.id ?? ctx.ledger.entry(change.moved_from ?? '')?.id ?? change.id;
  if (id === undefined) throw new Error(`plan change ${change.address} (${change.action}) has no id`);
  return id;
}
