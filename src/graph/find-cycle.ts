// Finds a cycle in a dependency graph, for diagnostics and as a guard before walking it.

/** Returns the vertices of one cycle, first vertex repeated at the end, or undefined. */
export function findCycle(dependsOn: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (vertex: string): string[] | undefined => {
    state.set(vertex, 'visiting');
    stack.push(vertex);
    for (const next of dependsOn.get(vertex) ?? []) {
      if (!dependsOn.has(next)) continue;
      const s = state.get(next);
      if (s === 'visiting') return [...stack.slice(stack.indexOf(next)), next];
      if (s === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(vertex, 'done');
    return undefined;
  };
  for (const vertex of [...dependsOn.keys()].sort()) {
    if (state.has(vertex)) continue;
    const found = visit(vertex);
    if (found) return found;
  }
  return undefined;
}
