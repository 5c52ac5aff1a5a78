// A move to another provider: create the object there (or take the one an interrupted move
// made), push its git refs where its kind has them (a repository), delete the old object when
// --allow-move-delete allowed it (or leave it, unmanaged), and record the new place.
import { errorDiagnostic } from '../diagnostics/diagnostic.js';
import type { ResourceChange } from '../plan/plan.js';
import type { GitRemote, KindHandler, Spec } from '../resources/provider-contract.js';
import { kindTraits } from '../resources/resource-kind.js';
import type { ApplyContext } from './apply-context.js';
import { ChangeFailure } from './change-failure.js';

type MoveSource = NonNullable<ResourceChange['move']>;

export async function moveObject(ctx: ApplyContext, change: ResourceChange): Promise<string> {
  const source = change.move;
  if (!source) throw new Error(`plan change ${change.address} (move) has no source`);
  const handler = ctx.handlerFor(change);
  const oldHandler = ctx.handlerFor(change, source.provider);
  const mirror = kindTraits[change.kind].gitMirror;
  const spec = ctx.specFor(change);
  const naturalKey = handler.naturalKey(spec);
  const seq = await ctx.journalIntent(change, 'create', naturalKey);
  const deferred = mirror ? mirror.fieldsAfterCopy.filter((field) => spec[field] !== undefined) : [];
  const bare = Object.fromEntries(Object.entries(spec).filter(([field]) => !deferred.includes(field)));
  const id = change.id ?? handler.normalize(await ctx.callProvider(change, change.provider, 'create', () => handler.create(bare))).id;
  if (mirror) await mirrorRefs(ctx, change, { handler: oldHandler, source }, { handler, id });
  if (deferred.length > 0) {
    const changes = deferred.map((field) => ({ field, after: spec[field] }));
    await ctx.callProvider(change, change.provider, 'update', () => handler.update(id, spec, changes));
  }
  const before = ctx.ledger.entry(change.address);
  // The old object goes before the new place is recorded: a run killed in between leaves state
  // pointing at an object that is gone, which the next run's recovery drops, and it finds the new
  // one by its natural key. Recorded first, the old one would be left behind, unmanaged.
  const deleted = source.delete === true ? await deleteOldObject(ctx, change, source, oldHandler, before?.natural_key ?? naturalKey, before?.spec ?? {}) : undefined;
  ctx.ledger.record(change, { id, naturalKey });
  const entry = ctx.ledger.entry(change.address);
  if (entry && !change.placement && before?.placement) ctx.ledger.put(change.address, { ...entry, placement: before.placement });
  await ctx.ledger.write();
  await ctx.emit({ type: 'recorded', change });
  await ctx.journal.end(seq);
  if (deleted === undefined) await ctx.emit({ type: 'kept', change, provider: source.provider, id: source.id });
  else await ctx.journal.end(deleted);
  return id;
}

/** Pushes every ref of the old repository to the new one. */
async function mirrorRefs(ctx: ApplyContext, change: ResourceChange, from: { handler: KindHandler; source: MoveSource }, to: { handler: KindHandler; id: string }): Promise<void> {
  const remoteOf = (handler: KindHandler, provider: string, id: string): Promise<GitRemote> => {
    if (!handler.gitRemote) {
      throw new ChangeFailure(errorDiagnostic('apply.move-unsupported', `cannot copy ${change.address} from ${from.source.provider} to ${change.provider}: ${provider} gives no git remote`, { address: change.address }));
    }
    return ctx.callProvider(change, provider, 'git-remote', () => handler.gitRemote?.(id) ?? Promise.reject(new Error('no git remote')));
  };
  const fromRemote = await remoteOf(from.handler, from.source.provider, from.source.id);
  const toRemote = await remoteOf(to.handler, change.provider, to.id);
  try {
    await ctx.mirror(fromRemote, toRemote);
  } catch (error) {
    throw new ChangeFailure(
      errorDiagnostic('apply.move-mirror', `copying the refs of ${change.address} from ${from.source.provider} to ${change.provider} failed: ${error instanceof Error ? error.message : String(error)}`, {
        address: change.address,
        hint: `The new repository (id ${to.id}) exists on ${change.provider}; the old one on ${from.source.provider} is untouched. Fix the cause and apply again: the move resumes.`,
      }),
    );
  }
}

/** Deletes the object the move leaves; returns its intent, to be settled once the move is recorded. */
async function deleteOldObject(ctx: ApplyContext, change: ResourceChange, source: MoveSource, oldHandler: KindHandler, naturalKey: string, spec: Spec): Promise<number> {
  const seq = await ctx.journalIntent(change, 'delete', naturalKey, source.provider, spec);
  await ctx.callProvider(change, source.provider, 'delete', () => oldHandler.delete(source.id));
  return seq;
}
