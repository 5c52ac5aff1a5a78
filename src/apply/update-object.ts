// An update or an import: send the fields that changed (an import adopts the object, and
// updates it where the config differs), record the entry. A change of the state only (a
// moved address, prevent_destroy recorded) needs no provider call. When an update rebinds
// the object's id, dependents whose ids embed it are found again.
import type { ResourceChange } from '../plan/plan.js';
import type { ApplyContext } from './apply-context.js';
import { currentId } from './delete-object.js';
import { rebindDependents } from './rebind-dependents.js';

export async function updateObject(ctx: ApplyContext, change: ResourceChange): Promise<string> {
  const handler = ctx.handlerFor(change);
  const id = currentId(ctx, change);
  const managedChanges = change.fields.filter((f) => !f.after_unknown);
  if (change.action !== 'import' && managedChanges.length === 0) {
    ctx.ledger.record(change, { id, naturalKey: ctx.ledger.entry(change.moved_from ?? change.address)?.natural_key ?? '' });
    await ctx.ledger.write();
    await ctx.emit({ type: 'recorded', change });
    return id;
  }
  const spec = ctx.specFor(change);
  const naturalKey = handler.naturalKey(spec);
  const seq = await ctx.journalIntent(change, change.action === 'import' ? 'import' : 'update', naturalKey);
  let finalId = id;
  if (managedChanges.length > 0) {
    const fieldChanges = managedChanges.map((f) => ({ field: f.field, before: f.before, after: spec[f.field] }));
    finalId = handler.normalize(await ctx.callProvider(change, change.provider, 'update', () => handler.update(id, spec, fieldChanges))).id;
  }
  ctx.ledger.record(change, { id: finalId, naturalKey });
  if (finalId !== id) await rebindDependents(ctx, change.address);
  await ctx.ledger.write();
  await ctx.emit({ type: 'recorded', change });
  await ctx.journal.end(seq);
  return finalId;
}
