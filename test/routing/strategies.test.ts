import { describe, expect, it } from 'vitest';
import type { ConfigResource } from '../../src/config/config.js';
import { createRouter, type Router } from '../../src/routing/create-router.js';
import type { ProviderCondition } from '../../src/routing/routing-inputs.js';
import { resource } from '../plan/plan-fixtures.js';
import { calls, inputs, placedState, routingConfig, rule } from './routing-fixtures.js';

const providers: [string, string][] = [['a', 'git'], ['b', 'git'], ['c', 'git'], ['d', 'git']];
const repos = (count: number, prefix = 'r'): ConfigResource[] => Array.from({ length: count }, (_, i) => resource(`repository.${prefix}${String(i).padStart(4, '0')}`, {}));
const spread = (router: Router, resources: ConfigResource[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const r of resources) {
    const provider = router.place(r).value?.provider ?? 'none';
    counts[provider] = (counts[provider] ?? 0) + 1;
  }
  return counts;
};
const condition = (c: Partial<ProviderCondition>): ProviderCondition => ({ healthy: true, breaker: 'closed', inFlight: 0, ...c });

describe('weighted', () => {
  const weights = { a: 5, b: 3, c: 2 };
  const cfg = routingConfig(providers, [rule('spread', ['a', 'b', 'c'], { strategy: 'weighted', weights })]);

  it('spreads 1,000 new resources within one resource of the weights (well inside 3%)', () => {
    const counts = spread(createRouter(inputs(cfg)), repos(1000));
    expect(counts).toEqual({ a: 500, b: 300, c: 200 });
  });

  it('stays within one resource of every share at every step', () => {
    const router = createRouter(inputs(routingConfig(providers, [rule('odd', ['a', 'b', 'c'], { strategy: 'weighted', weights: { a: 0.7, b: 2.9, c: 1.3 } })])));
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    const total = 0.7 + 2.9 + 1.3;
    repos(997).forEach((r, i) => {
      const p = router.place(r).value?.provider ?? '';
      counts[p] = (counts[p] ?? 0) + 1;
      for (const [name, w] of Object.entries({ a: 0.7, b: 2.9, c: 1.3 })) expect(Math.abs((counts[name] ?? 0) - ((i + 1) * w) / total)).toBeLessThan(1);
    });
  });

  it('continues from what the rule placed earlier (state), evening out toward the weights', () => {
    const earlier: Record<string, { provider: string; rule?: string }> = {};
    for (let i = 0; i < 100; i++) earlier[`repository.old${String(i)}`] = { provider: 'a', rule: 'spread' };
    // Placed by another rule or none: not counted for this rule.
    earlier['repository.other'] = { provider: 'b' };
    const counts = spread(createRouter(inputs(cfg, { state: placedState(earlier) })), repos(100));
    // 200 in all: a 100 (its share), b 60, c 40 — every new one goes to b and c.
    expect(counts).toEqual({ b: 60, c: 40 });
  });

  it('renormalizes over the eligible candidates when a breaker is open', () => {
    const conditions = new Map([['a', condition({ breaker: 'open' })]]);
    expect(spread(createRouter(inputs(cfg, { conditions })), repos(100))).toEqual({ b: 60, c: 40 });
  });
});

describe('round-robin', () => {
  const cfg = routingConfig(providers, [rule('even', ['a', 'b', 'c'])]);

  it('takes turns in `to` order, so counts differ by at most one', () => {
    const router = createRouter(inputs(cfg));
    expect(repos(5).map((r) => router.place(r).value?.provider)).toEqual(['a', 'b', 'c', 'a', 'b']);
    const counts = Object.values(spread(createRouter(inputs(cfg)), repos(1000)));
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('continues from the rule’s placements in state', () => {
    const state = placedState({ 'repository.x1': { provider: 'a', rule: 'even' }, 'repository.x2': { provider: 'a', rule: 'even' }, 'repository.x3': { provider: 'b', rule: 'even' } });
    const router = createRouter(inputs(cfg, { state }));
    expect(repos(6).map((r) => router.place(r).value?.provider)).toEqual(['c', 'b', 'c', 'a', 'b', 'c']);
  });

  it('skips a candidate whose breaker is open, and uses it when every breaker is open', () => {
    const open = condition({ breaker: 'open' });
    const router = createRouter(inputs(cfg, { conditions: new Map([['b', open]]) }));
    expect(repos(4).map((r) => router.place(r).value?.provider)).toEqual(['a', 'c', 'a', 'c']);
    const allOpen = createRouter(inputs(cfg, { conditions: new Map([['a', open], ['b', open], ['c', open]]) }));
    const placed = allOpen.place(repos(1)[0] as ConfigResource).value;
    expect(placed?.provider).toBe('a');
    expect(placed?.reason).toContain('every candidate’s breaker is open');
  });

  it('ignores health (only health-based and adaptive skip unhealthy candidates)', () => {
    const router = createRouter(inputs(cfg, { conditions: new Map([['a', condition({ healthy: false })]]) }));
    expect(router.place(repos(1)[0] as ConfigResource).value?.provider).toBe('a');
  });
});

describe('least-connections', () => {
  const cfg = routingConfig(providers, [rule('lc', ['a', 'b', 'c'], { strategy: 'least-connections' })]);

  it('prefers the fewest calls in flight', () => {
    const conditions = new Map([['a', condition({ inFlight: 3 })], ['b', condition({ inFlight: 1 })], ['c', condition({ inFlight: 2 })]]);
    const state = placedState({ 'repository.x1': { provider: 'b' }, 'repository.x2': { provider: 'b' } });
    expect(createRouter(inputs(cfg, { conditions, state })).place(repos(1)[0] as ConfigResource).value?.provider).toBe('b');
  });

  it('then the fewest resources of any kind in state plus this batch, then `to` order', () => {
    const state = placedState({ 'repository.x1': { provider: 'a' }, 'page.p1': { provider: 'a', rule: 'elsewhere' }, 'repository.x2': { provider: 'b' } });
    const router = createRouter(inputs(cfg, { state }));
    // a 2, b 1, c 0 -> c, then b and c tie at 1 -> b, then c, then a/b/c all 2 -> a ...
    expect(repos(5).map((r) => router.place(r).value?.provider)).toEqual(['c', 'b', 'c', 'a', 'b']);
    const trace = router.explain(resource('repository.next', {}));
    expect(trace.candidates.map((c) => c.why)).toEqual(['0 in flight, manages 3', '0 in flight, manages 3', '0 in flight, manages 2']);
    expect(trace.winner).toBe('c');
  });
});

describe('health-based', () => {
  const cfg = routingConfig(providers, [rule('healthy', ['a', 'b', 'c', 'd'], { strategy: 'health-based' })]);
  const one = resource('repository.api', {});

  it('skips unhealthy candidates and those whose breaker is open', () => {
    const conditions = new Map([['a', condition({ healthy: false })], ['b', condition({ breaker: 'open' })]]);
    const placed = createRouter(inputs(cfg, { conditions })).place(one).value;
    expect(placed?.provider).toBe('c');
    expect(placed?.reason).toContain('skipped a (unhealthy (last probe)), b (breaker open)');
  });

  it('prefers the lowest error rate, then the lowest latency', () => {
    const history = [...calls('a', 'repository', 20, 50, 4), ...calls('b', 'repository', 20, 400, 0), ...calls('c', 'page', 20, 90, 0), ...calls('d', 'repository', 20, 300, 1)];
    const router = createRouter(inputs(cfg, { history }));
    // b and c have no failures (c's calls were pages: the rate is per provider); c is faster.
    expect(router.place(one).value?.provider).toBe('c');
    const withoutC = createRouter(inputs(cfg, { history, conditions: new Map([['c', condition({ healthy: false })]]) }));
    expect(withoutC.place(one).value?.provider).toBe('b');
    expect(withoutC.place(one).value?.reason).toContain('b has the lowest error rate (0% of 20 calls failed), then latency (400 ms)');
  });

  it('uses the probe latency when the history has none', () => {
    const conditions = new Map([['a', condition({ latencyMs: 300 })], ['b', condition({ latencyMs: 40 })], ['c', condition({ latencyMs: 90 })], ['d', condition({ latencyMs: 10, healthy: false })]]);
    expect(createRouter(inputs(cfg, { conditions })).place(one).value?.provider).toBe('b');
  });

  it('chooses among all when every candidate is unhealthy', () => {
    const down = condition({ healthy: false });
    const conditions = new Map([['a', down], ['b', down], ['c', down], ['d', down]]);
    const placed = createRouter(inputs(cfg, { conditions })).place(one).value;
    expect(placed?.provider).toBe('a');
    expect(placed?.reason).toContain('every candidate is unhealthy');
  });
});
