// Renaming a resource address in state: the entry moves, and every other entry that refers
// to it (its depends_on, and the reference fields of its spec) follows, so nothing dangles.
import { parseAddress } from '../addresses/address.js';
import { kindTraits } from '../resources/resource-kind.js';
import type { StateResource } from './state.js';

export function renameAddress(resources: Readonly<Record<string, StateResource>>, from: string, to: string): Record<string, StateResource> {
  const target = parseAddress(to);
  const source = parseAddress(from);
  const out: Record<string, StateResource> = {};
  for (const [address, entry] of Object.entries(resources)) {
    const refs = kindTraits[entry.kind].references;
    let spec = entry.spec;
    for (const ref of refs) {
      if (source && target && ref.kind === source.kind && spec[ref.field] === source.name) spec = { ...spec, [ref.field]: target.name };
    }
    const dependsOn = entry.depends_on.includes(from) ? entry.depends_on.map((d) => (d === from ? to : d)).sort() : entry.depends_on;
    const moved = spec === entry.spec && dependsOn === entry.depends_on ? entry : { ...entry, spec, depends_on: dependsOn };
    if (address === from) out[to] = target ? { ...moved, name: target.name } : moved;
    else out[address] = moved;
  }
  return out;
}
