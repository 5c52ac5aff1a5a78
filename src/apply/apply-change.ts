// One change of the plan, from its start to its outcome: the step its action calls for, the
// events around it, and its outcome in the ledger. A failure is rethrown so the walk skips
// what depends on it.
import { assertNever } from '../assert-never.js';
import type { ResourceChange } from '../plan/plan.js';
import type { ApplyContext } from './apply-context.js';
import { diagnoseChangeFailure } from './change-failure.js';
import { createObject } from './create-object.js';
import { currentId, deleteObject } from './delete-object.js';
import { moveObject } from './move-object.js';
import { updateObject } from './update-object.js';

export async function applyChange(ctx: ApplyContext, change: ResourceChange): Promise<void> {
  await ctx.emit({ type: 'started', change });
  const started = performance.now();
  try {
    const id = await carryOut(ctx, change);
    const provider = ctx.ledger.landedOn(change.address) ?? change.provider;
    ctx.ledger.outcomes.push({ address: change.address, action: change.action, status: 'succeeded', id, provider });
    await ctx.emit({ type: 'succeeded', change, id, provider, ms: Math.round(performance.now() - started) });
  } catch (error) {
    const diagnostic = diagnoseChangeFailure(change.address, error);
    ctx.ledger.outcomes.push({ address: change.address, action: change.action, status: 'failed', diagnostic });
    await ctx.emit({ type: 'failed', change, diagnostic });
    throw error;
  }
}

/** The id of the object the change leaves behind; undefined after a delete. */
async function carryOut(ctx: ApplyContext, change: ResourceChange): Promise<string | undefined> {
  switch (change.action) {
    case 'create':
      return createObject(ctx, change);
    case 'move':
      return moveObject(ctx, change);
    case 'delete':
      await deleteObject(ctx, change, currentId(ctx, change));
      return undefined;
    case 'replace':
      await deleteObject(ctx, change, currentId(ctx, change));
      return createObject(ctx, change);
    case 'import':
    case 'update':
    case 'no-op':
      return updateObject(ctx, change);
    default:
      return assertNever(change.action, 'plan action');
  }
}
