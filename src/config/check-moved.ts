// Checks moved blocks: both addresses of one kind, the new one declared, the old one gone,
// and each address moved at most once (no chains: a -> b, b -> c must be a -> c).
import { parseAddress } from '../addresses/address.js';
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { resourceKinds } from '../resources/resource-kind.js';
import type { Declarations, MovedDeclaration } from './collect-declarations.js';
import { suggestName } from './did-you-mean.js';
import { locateValue, type PositionedTree } from './yaml-positions.js';

export function checkMoved(tree: PositionedTree, declarations: Declarations): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstFrom = new Map<string, MovedDeclaration>();
  const firstTo = new Map<string, MovedDeclaration>();
  const valid = declarations.moved.filter((m) => m.valid);
  const targets = new Set(valid.map((m) => m.to));
  for (const block of valid) {
    const at = (field: 'from' | 'to'): ReturnType<typeof locateValue> => locateValue(tree, [...block.path, field]);
    const from = parseAddress(block.from);
    const to = parseAddress(block.to);
    if (!from || !to) {
      const bad = from ? 'to' : 'from';
      const kind = block[bad].split('.')[0] ?? '';
      const hint = suggestName(kind, resourceKinds, `Write KIND.NAME with one of the resource kinds: ${resourceKinds.join(', ')}.`);
      diagnostics.push(errorDiagnostic('config.moved-kind', `unknown resource kind "${kind}" in moved ${bad}`, { range: at(bad), ...(hint === undefined ? {} : { hint }) }));
      continue;
    }
    if (from.kind !== to.kind) {
      const hint = 'A moved block renames a resource within its kind; a resource cannot become another kind.';
      diagnostics.push(errorDiagnostic('config.moved-kind', `moved block changes the kind: ${block.from} → ${block.to}`, { range: at('to'), hint }));
      continue;
    }
    const earlierFrom = firstFrom.get(block.from);
    if (earlierFrom) {
      const hint = `${block.from} is already moved to ${earlierFrom.to}. Keep one moved block per old address.`;
      diagnostics.push(errorDiagnostic('config.moved-duplicate', `${block.from} is moved twice`, { range: at('from'), hint }));
      continue;
    }
    firstFrom.set(block.from, block);
    const earlierTo = firstTo.get(block.to);
    if (earlierTo) {
      const hint = `${earlierTo.from} is already moved to ${block.to}. Two old resources cannot become one.`;
      diagnostics.push(errorDiagnostic('config.moved-duplicate', `two moved blocks lead to ${block.to}`, { range: at('to'), hint }));
      continue;
    }
    firstTo.set(block.to, block);
    if (targets.has(block.from)) {
      const hint = `Another moved block leads to ${block.from}. Replace the chain by one block from the oldest address to ${block.to}.`;
      diagnostics.push(errorDiagnostic('config.moved-chain', `moved blocks form a chain through ${block.from}`, { range: at('from'), hint }));
      continue;
    }
    if (!declarations.byAddress.has(block.to)) {
      const hint = suggestName(to.name, declarations.namesByKind.get(to.kind) ?? [], `Declare ${block.to} under resources.${to.kind}, or fix the address.`);
      diagnostics.push(errorDiagnostic('config.moved-target', `moved target ${block.to} is not declared`, { range: at('to'), ...(hint === undefined ? {} : { hint }) }));
    }
    if (declarations.byAddress.has(block.from)) {
      const hint = `A moved block says ${block.from} is now ${block.to}, so ${block.from} must no longer be declared. Remove it, or remove the moved block.`;
      diagnostics.push(errorDiagnostic('config.moved-source-exists', `${block.from} is moved but still declared`, { range: at('from'), hint }));
    }
  }
  return diagnostics;
}
