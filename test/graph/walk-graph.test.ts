import { describe, expect, it } from 'vitest';
import { findCycle } from '../../src/graph/find-cycle.js';
import { walkGraph } from '../../src/graph/walk-graph.js';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('walkGraph', () => {
  it('visits dependencies before dependents', async () => {
    const order: string[] = [];
    const outcomes = await walkGraph(graph({ a: [], b: ['a'], c: ['b'], d: ['a'] }), (v) => {
      order.push(v);
      return Promise.resolve();
    }, 4);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
    expect(order.indexOf('b')).toBeLessThan(order.indexOf('c'));
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('d'));
    expect([...outcomes.values()].every((o) => o.status === 'succeeded')).toBe(true);
  });

  it('skips everything downstream of a failure and carries on with the rest', async () => {
    const visited: string[] = [];
    const outcomes = await walkGraph(
      graph({ a: [], b: ['a'], c: ['b'], other: [] }),
      (v) => {
        visited.push(v);
        return v === 'a' ? Promise.reject(new Error('boom')) : Promise.resolve();
      },
      2,
    );
    expect(outcomes.get('a')?.status).toBe('failed');
    expect(outcomes.get('b')).toEqual({ status: 'skipped', because: 'a' });
    expect(outcomes.get('c')).toEqual({ status: 'skipped', because: 'a' });
    expect(outcomes.get('other')?.status).toBe('succeeded');
    expect(visited.sort()).toEqual(['a', 'other']);
  });

  it('never runs more than the parallelism at once', async () => {
    let running = 0;
    let peak = 0;
    const edges = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`v${String(i)}`, []]));
    await walkGraph(
      graph(edges),
      async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 2));
        running -= 1;
      },
      3,
    );
    expect(peak).toBe(3);
  });

  it('ignores dependencies outside the graph and handles an empty graph', async () => {
    expect((await walkGraph(graph({}), () => Promise.resolve(), 1)).size).toBe(0);
    const out = await walkGraph(graph({ a: ['not-there'] }), () => Promise.resolve(), 1);
    expect(out.get('a')?.status).toBe('succeeded');
  });
});

describe('findCycle', () => {
  it('finds a cycle and returns it closed', () => {
    expect(findCycle(graph({ a: ['b'], b: ['c'], c: ['a'] }))).toEqual(['a', 'b', 'c', 'a']);
  });
  it('returns undefined for a DAG', () => {
    expect(findCycle(graph({ a: [], b: ['a'], c: ['a', 'b'] }))).toBeUndefined();
  });
});
