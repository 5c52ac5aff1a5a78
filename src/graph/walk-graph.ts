// A bounded parallel walk of a dependency graph. It knows nothing of resources: a vertex
// runs once all it depends on succeeded; a failed vertex skips everything downstream of it,
// and only the failure is reported, not a cascade of errors.
import pLimit from 'p-limit';

export type WalkOutcome =
  | { readonly status: 'succeeded' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'skipped'; readonly because: string };

/**
 * Visits every vertex of `dependsOn` (vertex -> the vertices it waits for) in dependency
 * order, at most `parallelism` at once. Dependencies that are not vertices are ignored.
 * The graph must be acyclic (see findCycle).
 */
export async function walkGraph(
  dependsOn: ReadonlyMap<string, readonly string[]>,
  visit: (vertex: string) => Promise<void>,
  parallelism: number,
): Promise<Map<string, WalkOutcome>> {
  const limit = pLimit(Math.max(1, parallelism));
  const outcomes = new Map<string, WalkOutcome>();
  const waitingOn = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const [vertex, deps] of dependsOn) {
    const present = [...new Set(deps)].filter((d) => dependsOn.has(d) && d !== vertex);
    waitingOn.set(vertex, present.length);
    for (const d of present) {
      const list = dependents.get(d) ?? [];
      list.push(vertex);
      dependents.set(d, list);
    }
  }

  let settle: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (settle = resolve));
  let remaining = dependsOn.size;
  const finish = (vertex: string, outcome: WalkOutcome): void => {
    outcomes.set(vertex, outcome);
    remaining -= 1;
    if (outcome.status === 'succeeded') {
      for (const next of dependents.get(vertex) ?? []) {
        const left = (waitingOn.get(next) ?? 1) - 1;
        waitingOn.set(next, left);
        if (left === 0 && !outcomes.has(next)) start(next);
      }
    } else {
      skipDownstream(vertex, outcome.status === 'failed' ? vertex : outcome.because);
    }
    if (remaining === 0) settle();
  };
  const skipDownstream = (vertex: string, because: string): void => {
    for (const next of dependents.get(vertex) ?? []) {
      if (!outcomes.has(next)) finish(next, { status: 'skipped', because });
    }
  };
  const start = (vertex: string): void => {
    void limit(async () => {
      // A vertex queued before an upstream failure skipped it must not run.
      if (outcomes.has(vertex)) return;
      try {
        await visit(vertex);
        finish(vertex, { status: 'succeeded' });
      } catch (error) {
        finish(vertex, { status: 'failed', error });
      }
    });
  };

  if (remaining === 0) return outcomes;
  for (const [vertex, count] of [...waitingOn].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count === 0) start(vertex);
  }
  await done;
  return outcomes;
}
