// Some providers' ids embed the id of what they live in (a pipeline's id names its
// repository). When a change rebinds such a parent, its dependents are found again by
// natural key, so state keeps pointing at them.
import { resolveReferences } from '../plan/reference-names.js';
import type { ApplyContext } from './apply-context.js';

export async function rebindDependents(ctx: ApplyContext, parent: string): Promise<void> {
  const dependents = ctx.ledger.entries().filter(([, r]) => r.depends_on.includes(parent));
  const listed = new Map<string, Promise<Map<string, string>>>();
  for (const [address, entry] of dependents) {
    const handler = ctx.handlerOf(entry.provider, entry.kind);
    if (!handler) continue;
    const resolved = resolveReferences(entry.kind, entry.spec, (a) => ctx.ledger.entry(a)?.id);
    if (resolved.missing) continue;
    const slot = `${entry.provider}/${entry.kind}`;
    if (!listed.has(slot)) listed.set(slot, handler.list({ details: new Map() }).then((all) => new Map(all.map((raw) => handler.normalize(raw)).map((o) => [handler.naturalKey(o.spec), o.id]))));
    const key = handler.naturalKey(resolved.spec);
    const id = (await listed.get(slot))?.get(key);
    const current = ctx.ledger.entry(address);
    if (id !== undefined && current) ctx.ledger.put(address, { ...current, id, natural_key: key });
  }
}
