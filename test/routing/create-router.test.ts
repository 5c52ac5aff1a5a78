import { describe, expect, it } from 'vitest';
import type { ConfigResource } from '../../src/config/config.js';
import { createRouter } from '../../src/routing/create-router.js';
import { explainPlacement } from '../../src/routing/explain-placement.js';
import { emptyState } from '../../src/state/state.js';
import { resource, stateOf } from '../plan/plan-fixtures.js';
import { inputs, placedState, routingConfig, rule } from './routing-fixtures.js';

const repo = (name: string, extra: Partial<ConfigResource> = {}) => resource(`repository.${name}`, {}, extra);

describe('createRouter: precedence without rules (as before rules existed)', () => {
  it('keeps a resource where state says it lives', () => {
    const state = stateOf({ 'repository.api': { id: 'api', spec: {}, provider: 'elsewhere' } });
    const router = createRouter(inputs(routingConfig([['local', 'local']]), { state }));
    expect(router.place(repo('api')).value).toEqual({ provider: 'elsewhere', reason: 'placed earlier (state)', failover: [] });
  });

  it('prefers the resource’s own provider, then routing.defaults, then the only able provider', () => {
    const cfg = routingConfig([['a', 'local'], ['b', 'local'], ['wiki', 'docs']], [], { page: 'wiki' });
    const router = createRouter(inputs(cfg));
    expect(router.place(repo('x', { provider: 'b' })).value).toEqual({ provider: 'b', reason: 'provider set on the resource', failover: [] });
    expect(router.place(resource('page.x', { space: 's' })).value).toEqual({ provider: 'wiki', reason: 'routing.defaults.page', failover: [] });
    const single = createRouter(inputs(routingConfig([['only', 'local'], ['wiki', 'docs']])));
    expect(single.place(repo('x')).value).toEqual({ provider: 'only', reason: 'the only provider that manages repository resources', failover: [] });
  });

  it('asks the user to choose when several providers could take it', () => {
    const routed = createRouter(inputs(routingConfig([['a', 'local'], ['b', 'local']]))).place(repo('x'));
    expect(routed.value).toBeUndefined();
    expect(routed.diagnostic).toMatchObject({ code: 'routing.no-placement', summary: '2 providers can manage repository resources', address: 'repository.x', range: { file: 'mosaic.yaml', line: 1, column: 1 } });
    expect(routed.diagnostic?.hint).toContain('routing.defaults.repository');
    expect(routed.diagnostic?.hint).toContain('add a rule under routing.rules');
  });

  it('says when no provider can manage the kind at all', () => {
    const routed = createRouter(inputs(routingConfig([['wiki', 'docs']]))).place(resource('pipeline.ci', { repository: 'x' }));
    expect(routed.diagnostic).toMatchObject({ code: 'routing.no-placement', summary: 'no provider can manage pipeline resources' });
    expect(routed.diagnostic?.hint).toBe('Add a provider instance whose type manages pipeline resources under `providers`.');
  });

  it('names the rules in the hint: none matching, or one matching without a candidate for the kind', () => {
    const cfg = routingConfig([['a', 'local'], ['b', 'local'], ['wiki', 'docs']], [rule('docs', ['wiki'], { match: { names: ['doc-*'] } })]);
    expect(createRouter(inputs(cfg)).place(repo('x')).diagnostic?.hint).toContain('None of the 1 rules under routing.rules matches it.');
    expect(createRouter(inputs(cfg)).place(repo('doc-x')).diagnostic?.hint).toContain('Rule "docs" matches it, but none of its candidates manages repository resources.');
  });
});

describe('createRouter: rules', () => {
  const cfg = routingConfig(
    [['a', 'git'], ['b', 'git'], ['c', 'local'], ['wiki', 'docs']],
    [
      rule('wiki-only', ['wiki'], { match: { kinds: ['repository'] } }),
      rule('gold', ['b'], { match: { labels: { tier: 'gold' } }, failover: false }),
      rule('svc', ['a', 'c'], { match: { names: ['svc-*'] }, failoverOrder: ['c', 'a'] }),
    ],
    { repository: 'c' },
  );

  it('takes the first rule that matches and has a candidate able to manage the kind', () => {
    const router = createRouter(inputs(cfg));
    // wiki-only matches every repository but wiki cannot hold one: skipped.
    expect(router.place(repo('svc-api', { labels: { tier: 'gold' } })).value).toMatchObject({ provider: 'b', rule: 'gold', strategy: 'round-robin', failover: [] });
    expect(router.place(repo('svc-api')).value).toMatchObject({ provider: 'a', rule: 'svc', failover: ['c'] });
    expect(router.place(repo('svc-web')).value).toMatchObject({ provider: 'c', rule: 'svc', failover: ['a'] });
  });

  it('lets the resource’s provider win over every rule, and falls back to routing.defaults when no rule matches', () => {
    const router = createRouter(inputs(cfg));
    expect(router.place(repo('svc-api', { provider: 'b' })).value).toEqual({ provider: 'b', reason: 'provider set on the resource', failover: [] });
    expect(router.place(repo('other')).value).toEqual({ provider: 'c', reason: 'routing.defaults.repository', failover: [] });
  });
});

describe('createRouter: sticky placement and moves', () => {
  const providers: [string, string][] = [['gh-a', 'git'], ['gh-b', 'git'], ['gh-old', 'git']];

  it('keeps a resource on its provider while the matching rule still lists it', () => {
    const cfg = routingConfig(providers, [rule('spread', ['gh-a', 'gh-old'])]);
    const router = createRouter(inputs(cfg, { state: placedState({ 'repository.api': { provider: 'gh-old', rule: 'spread' } }) }));
    expect(router.place(repo('api')).value).toEqual({ provider: 'gh-old', reason: 'placed earlier (state)', failover: [] });
  });

  it('moves it when a rule change drops its provider, and says why', () => {
    const cfg = routingConfig(providers, [rule('spread', ['gh-a', 'gh-b'])]);
    const router = createRouter(inputs(cfg, { state: placedState({ 'repository.api': { provider: 'gh-old', rule: 'spread' } }) }));
    const placed = router.place(repo('api')).value;
    expect(placed).toMatchObject({ provider: 'gh-a', moveFrom: 'gh-old', rule: 'spread', failover: ['gh-b'] });
    expect(placed?.reason).toMatch(/^rule spread no longer lists gh-old; /);
  });

  it('moves it when its own provider: changes, and keeps it when provider: names where it is', () => {
    const cfg = routingConfig(providers);
    const state = placedState({ 'repository.api': { provider: 'gh-a' } });
    expect(createRouter(inputs(cfg, { state })).place(repo('api', { provider: 'gh-b' })).value).toEqual({
      provider: 'gh-b',
      reason: 'provider: names gh-b now, not gh-a; provider set on the resource',
      failover: [],
      moveFrom: 'gh-a',
    });
    expect(createRouter(inputs(cfg, { state })).place(repo('api', { provider: 'gh-a' })).value?.moveFrom).toBeUndefined();
  });

  it('without a matching rule, keeps it unless routing.defaults names another provider', () => {
    const state = placedState({ 'repository.api': { provider: 'gh-a' } });
    expect(createRouter(inputs(routingConfig(providers), { state })).place(repo('api')).value?.moveFrom).toBeUndefined();
    expect(createRouter(inputs(routingConfig(providers, [], { repository: 'gh-a' }), { state })).place(repo('api')).value?.moveFrom).toBeUndefined();
    const moved = createRouter(inputs(routingConfig(providers, [], { repository: 'gh-b' }), { state })).place(repo('api')).value;
    expect(moved).toMatchObject({ provider: 'gh-b', moveFrom: 'gh-a', reason: 'no rule matches it and routing.defaults.repository is gh-b now; routing.defaults.repository' });
  });

  it('does not count kept resources again, but counts moves into the batch', () => {
    const cfg = routingConfig(providers, [rule('spread', ['gh-a', 'gh-b'])]);
    const state = placedState({ 'repository.kept': { provider: 'gh-a', rule: 'spread' }, 'repository.moved': { provider: 'gh-old', rule: 'spread' } });
    const router = createRouter(inputs(cfg, { state }));
    expect(router.place(repo('kept')).value?.provider).toBe('gh-a');
    expect(router.place(repo('moved')).value?.provider).toBe('gh-b');
    expect(router.place(repo('new')).value?.provider).toBe('gh-a');
  });
});

describe('createRouter: explain', () => {
  const cfg = routingConfig(
    [['a', 'git'], ['b', 'git'], ['c', 'git'], ['wiki', 'docs']],
    [rule('docs', ['wiki'], { match: { kinds: ['page'] } }), rule('weighted', ['a', 'b', 'c', 'wiki'], { strategy: 'weighted', weights: { a: 3, b: 1, c: 1, wiki: 1 } })],
  );

  it('agrees with place() and names the rules tried, the candidates, their scores and the winner', () => {
    const conditions = new Map([['c', { healthy: true, breaker: 'open' as const, inFlight: 0 }]]);
    const router = createRouter(inputs(cfg, { conditions, state: placedState({ 'repository.old1': { provider: 'a', rule: 'weighted' }, 'repository.old2': { provider: 'a', rule: 'weighted' } }) }));
    const trace = router.explain(repo('api'));
    const placed = router.place(repo('api')).value;
    expect(trace.winner).toBe(placed?.provider);
    expect(trace.placement).toEqual(placed);
    expect(trace).toMatchObject({ address: 'repository.api', step: 'rule', rule: 'weighted', strategy: 'weighted', because: placed?.reason });
    expect(trace.rules).toEqual([
      { name: 'docs', matched: false, why: 'kind repository is not page' },
      { name: 'weighted', matched: true, why: 'matches' },
    ]);
    expect(trace.candidates.map((c) => [c.provider, c.eligible, c.why])).toEqual([
      ['a', true, 'weight 3 (75%), 2 placed by this rule'],
      ['b', true, 'weight 1 (25%), 0 placed by this rule'],
      ['c', false, 'breaker open'],
      ['wiki', false, 'cannot manage repository resources'],
    ]);
    // a: 2 - 0.75 * 3 = -0.25; b: 0 - 0.25 * 3 = -0.75: b is furthest below its share.
    expect(trace.candidates[0]?.score).toBeCloseTo(-0.25);
    expect(trace.candidates[1]?.score).toBeCloseTo(-0.75);
    expect(trace.winner).toBe('b');
    expect(trace.because).toBe('b has 0 of 2, the furthest below its 25% share (weights 3:1:1:1); skipped c (breaker open)');
    expect(trace.candidates[2]?.health).toMatchObject({ breaker: 'open' });
  });

  it('does not count what it explains, so place() after it gives the same answer', () => {
    const router = createRouter(inputs(cfg));
    const first = router.explain(repo('r1')).winner;
    expect(router.explain(repo('r1')).winner).toBe(first);
    expect(router.place(repo('r1')).value?.provider).toBe(first);
    expect(router.explain(repo('r2')).winner).not.toBe(undefined);
  });

  it('shows the sticky verdict and, when nothing places the resource, the diagnostic', () => {
    const state = placedState({ 'repository.api': { provider: 'a' } });
    const sticky = createRouter(inputs(cfg, { state })).explain(repo('api'));
    expect(sticky).toMatchObject({ step: 'state', sticky: { provider: 'a', admitted: true, why: 'rule weighted lists a' }, winner: 'a', because: 'placed earlier (state)' });
    const lost = createRouter(inputs(routingConfig([['a', 'git'], ['b', 'git']]), { state: emptyState() })).explain(repo('x'));
    expect(lost).toMatchObject({ step: 'none', because: '2 providers can manage repository resources', diagnostic: { code: 'routing.no-placement' } });
    expect(lost.winner).toBeUndefined();
  });
});

describe('explainPlacement', () => {
  it('explains a resource as the plan places it, after the resources before it', () => {
    const cfg = routingConfig([['a', 'git'], ['b', 'git']], [rule('even', ['a', 'b'])]);
    const resources = [repo('r1'), repo('r2'), repo('r3')];
    const router = createRouter(inputs(cfg));
    const planned = resources.map((r) => router.place(r).value?.provider);
    expect(planned).toEqual(['a', 'b', 'a']);
    expect(explainPlacement(inputs(cfg), resources, 'repository.r2')).toMatchObject({ winner: 'b', candidates: [{ provider: 'a', placed: 1 }, { provider: 'b', placed: 0 }] });
    expect(explainPlacement(inputs(cfg), resources, 'repository.nope')).toBeUndefined();
  });
});
