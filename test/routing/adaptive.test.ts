import { describe, expect, it } from 'vitest';
import type { ConfigResource } from '../../src/config/config.js';
import { createAdaptiveModel } from '../../src/routing/adaptive-model.js';
import { createRouter } from '../../src/routing/create-router.js';
import { createSeededRandom } from '../../src/routing/seeded-random.js';
import type { RoutingObservation } from '../../src/state/routing-history.js';
import { resource } from '../plan/plan-fixtures.js';
import { calls, inputs, interleave, routingConfig, rule } from './routing-fixtures.js';

const cfg = routingConfig([['fast', 'git'], ['slow', 'git'], ['flaky', 'git']], [rule('learn', ['slow', 'fast', 'flaky'], { strategy: 'adaptive' })]);
const repos = (count: number, prefix = 'r'): ConfigResource[] => Array.from({ length: count }, (_, i) => resource(`repository.${prefix}${String(i)}`, {}));
// Two candidates only: a third that the history never saw would (rightly) be explored.
const pair = routingConfig([['fast', 'git'], ['slow', 'git']], [rule('learn', ['slow', 'fast'], { strategy: 'adaptive' })]);
const share = (history: RoutingObservation[], provider: string, count = 200, config = pair): number => {
  const router = createRouter(inputs(config, { history }));
  return repos(count).filter((r) => router.place(r).value?.provider === provider).length / count;
};

describe('adaptive model', () => {
  it('estimates latency and success per provider and kind from the history', () => {
    const model = createAdaptiveModel([...calls('fast', 'repository', 40, 100, 2), ...calls('fast', 'page', 40, 900)]);
    const repository = model.estimate('fast', 'repository');
    expect(repository.latencyMs).toBeGreaterThan(90);
    expect(repository.latencyMs).toBeLessThan(130);
    expect(repository.successRate).toBeGreaterThan(0.9);
    expect(repository.successRate).toBeLessThan(0.97);
    expect(model.estimate('fast', 'page').latencyMs).toBeGreaterThan(700);
    expect(model.estimate('never', 'repository').weight).toBe(0);
  });

  it('prices a failure: a fast provider that often fails costs more per successful call', () => {
    const model = createAdaptiveModel(interleave(calls('flaky', 'repository', 60, 50, 30), calls('steady', 'repository', 60, 200)));
    expect(model.estimate('flaky', 'repository').costMs).toBeGreaterThan(model.estimate('steady', 'repository').costMs);
  });
});

describe('adaptive strategy', () => {
  it('learns the better provider from the history', () => {
    const history = interleave(calls('fast', 'repository', 60, 100), calls('slow', 'repository', 60, 400), calls('flaky', 'repository', 60, 60, 25));
    // flaky is the fastest, but 25 of its 60 calls failed.
    expect(share(history, 'fast', 200, cfg)).toBeGreaterThanOrEqual(0.9);
  });

  it('learns per kind: the history of pages says nothing of repositories', () => {
    const history = interleave(calls('slow', 'page', 60, 50), calls('fast', 'page', 60, 800), calls('fast', 'repository', 60, 100), calls('slow', 'repository', 60, 400));
    expect(share(history, 'fast')).toBeGreaterThanOrEqual(0.9);
  });

  it('moves away from a provider whose latency shifted', () => {
    // fast was best for a long time (slow is checked now and then), then got 10× slower.
    const before = interleave(calls('fast', 'repository', 300, 100), calls('slow', 'repository', 30, 300));
    const history = [...before, ...calls('fast', 'repository', 8, 1000, 0, 1000)];
    expect(share(before, 'fast')).toBeGreaterThanOrEqual(0.9);
    expect(share(history, 'fast')).toBeLessThan(0.2);
  });

  it('moves away from a provider that started to fail', () => {
    const before = interleave(calls('fast', 'repository', 300, 100), calls('slow', 'repository', 30, 300));
    const history = [...before, ...calls('fast', 'repository', 6, 20, 6, 1000)];
    expect(share(history, 'fast')).toBeLessThan(0.2);
  });

  it('explores providers it knows nothing of', () => {
    const router = createRouter(inputs(cfg));
    const chosen = new Set(repos(60).map((r) => router.place(r).value?.provider));
    expect(chosen).toEqual(new Set(['fast', 'slow', 'flaky']));
  });

  it('skips unhealthy candidates and those whose breaker is open', () => {
    const history = interleave(calls('fast', 'repository', 60, 100), calls('slow', 'repository', 60, 400));
    const conditions = new Map([
      ['fast', { healthy: false, breaker: 'closed' as const, inFlight: 0 }],
      ['flaky', { healthy: true, breaker: 'open' as const, inFlight: 0 }],
    ]);
    const router = createRouter(inputs(cfg, { history, conditions }));
    expect(new Set(repos(50).map((r) => router.place(r).value?.provider))).toEqual(new Set(['slow']));
  });

  it('is deterministic: the same inputs and history give the same placements, another history may not', () => {
    // Two providers about as good: each decision is a genuine draw.
    const history = interleave(calls('fast', 'repository', 20, 150), calls('slow', 'repository', 20, 160));
    const placements = (h: RoutingObservation[]) => {
      const router = createRouter(inputs(cfg, { history: h }));
      return repos(200).map((r) => router.place(r).value?.provider);
    };
    const first = placements(history);
    expect(placements(history)).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(placements([...history, ...calls('fast', 'repository', 1, 150, 0, 99)])).not.toEqual(first);
  });

  it('explains the same draw that place() makes, naming each candidate’s cost', () => {
    const history = interleave(calls('fast', 'repository', 20, 150), calls('slow', 'repository', 20, 160));
    const router = createRouter(inputs(cfg, { history }));
    for (const r of repos(30)) {
      const trace = router.explain(r);
      expect(router.place(r).value?.provider).toBe(trace.winner);
      const winner = trace.candidates.find((c) => c.provider === trace.winner);
      for (const c of trace.candidates) expect(c.score).toBeGreaterThanOrEqual(winner?.score ?? Infinity);
    }
    const trace = router.explain(resource('repository.last', {}));
    expect(trace.scoring).toBe('sampled milliseconds per successful call (lowest wins)');
    expect(trace.candidates.find((c) => c.provider === 'flaky')?.why).toMatch(/no observations yet \(prior only\)$/);
    expect(trace.candidates.find((c) => c.provider === 'fast')?.why).toMatch(/^drew \d+ ms per successful call; success ~\d+(\.\d)?%, latency ~\d+ ms/);
  });
});

describe('seeded random', () => {
  it('repeats a sequence for a seed, and draws Beta variates around their mean', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const draws = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(draws);
    b.reseed(42);
    expect(b.next()).toBe(draws[0]);
    const r = createSeededRandom(7);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += r.beta(2, 6);
    expect(sum / 20_000).toBeCloseTo(0.25, 2);
    let small = 0;
    for (let i = 0; i < 20_000; i++) small += r.beta(0.5, 0.5);
    expect(small / 20_000).toBeCloseTo(0.5, 1);
  });
});
