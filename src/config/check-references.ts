// Checks the references between resources: each names a declared resource of the right
// kind, page parents form no cycle, and a page's parent lives in the same space.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { kindTraits } from '../resources/resource-kind.js';
import type { Declarations, ResourceDeclaration } from './collect-declarations.js';
import { suggestName } from './did-you-mean.js';
import { locateValue, type PositionedTree } from './yaml-positions.js';

export function checkReferences(tree: PositionedTree, declarations: Declarations): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const resource of declarations.resources) {
    if (!resource.valid) continue;
    for (const reference of kindTraits[resource.kind].references) {
      const target = resource.body[reference.field];
      if (typeof target !== 'string' || declarations.byAddress.has(`${reference.kind}.${target}`)) continue;
      const names = declarations.namesByKind.get(reference.kind) ?? [];
      const hint = suggestName(target, names, `Declare ${reference.kind}.${target} under resources.${reference.kind}, or name an existing ${reference.kind}.`);
      const range = locateValue(tree, [...resource.path, reference.field]);
      const summary = `${resource.kind} "${resource.name}" refers to ${reference.kind} "${target}", which is not declared`;
      diagnostics.push(errorDiagnostic('config.dangling-reference', summary, { range, address: resource.address, ...(hint === undefined ? {} : { hint }) }));
    }
  }
  diagnostics.push(...checkPageParents(tree, declarations));
  return diagnostics;
}

function parentOf(page: ResourceDeclaration, declarations: Declarations): ResourceDeclaration | undefined {
  const parent = page.body.parent;
  if (!page.valid || typeof parent !== 'string') return undefined;
  return declarations.byAddress.get(`page.${parent}`);
}

function checkPageParents(tree: PositionedTree, declarations: Declarations): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const pages = declarations.resources.filter((r) => r.kind === 'page');
  // Each page has at most one parent, so following parents from every page, and never
  // walking a page twice, finds each cycle once in linear time.
  const done = new Set<string>();
  const inCycle = new Set<string>();
  for (const start of pages) {
    const trail: ResourceDeclaration[] = [];
    const onTrail = new Map<string, number>();
    let current: ResourceDeclaration | undefined = start;
    while (current && !done.has(current.address)) {
      const seenAt = onTrail.get(current.address);
      if (seenAt !== undefined) {
        const cycle = trail.slice(seenAt);
        cycle.forEach((p) => inCycle.add(p.address));
        diagnostics.push(describeCycle(cycle, tree));
        break;
      }
      onTrail.set(current.address, trail.length);
      trail.push(current);
      current = parentOf(current, declarations);
    }
    trail.forEach((p) => done.add(p.address));
  }
  for (const page of pages) {
    const parent = parentOf(page, declarations);
    if (!parent?.valid || inCycle.has(page.address)) continue;
    const space = page.body.space;
    const parentSpace = parent.body.space;
    if (typeof space !== 'string' || typeof parentSpace !== 'string' || space === parentSpace) continue;
    const range = locateValue(tree, [...page.path, 'parent']);
    const summary = `page "${page.name}" is in space "${space}" but its parent page "${parent.name}" is in space "${parentSpace}"`;
    const hint = `A page and its parent must live in the same space. Move page.${page.name} to space "${parentSpace}", or choose a parent in space "${space}".`;
    diagnostics.push(errorDiagnostic('config.parent-space-mismatch', summary, { range, hint, address: page.address }));
  }
  return diagnostics;
}

function describeCycle(cycle: readonly ResourceDeclaration[], tree: PositionedTree): Diagnostic {
  // Start the cycle at its smallest address, so the report does not depend on where the walk began.
  let first = 0;
  cycle.forEach((page, i) => {
    if (page.address < (cycle[first]?.address ?? '')) first = i;
  });
  const ordered = [...cycle.slice(first), ...cycle.slice(0, first)];
  const member = ordered[0];
  if (member === undefined) throw new Error('a cycle has at least one page');
  const trail = [...ordered, member].map((p) => p.address).join(' → ');
  const range = locateValue(tree, [...member.path, 'parent']);
  const hint = 'A page cannot be its own ancestor. Remove or change the "parent" of one of these pages.';
  return errorDiagnostic('config.reference-cycle', `page parents form a cycle: ${trail}`, { range, hint, address: member.address });
}
