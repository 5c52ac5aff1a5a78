import { describe, expect, it } from 'vitest';
import type { RoutingMatch } from '../../src/config/config.js';
import { compileGlob } from '../../src/routing/compile-glob.js';
import { compileRules } from '../../src/routing/compile-rules.js';
import { describeMismatch, matchesRule } from '../../src/routing/match-rule.js';
import { mapProviderKinds } from '../../src/routing/provider-kinds.js';
import { resource } from '../plan/plan-fixtures.js';
import { routingConfig, rule } from './routing-fixtures.js';

const cfg = routingConfig([['gh', 'git'], ['wiki', 'docs']]);
const compiled = (match: RoutingMatch) => {
  const [only] = compileRules([rule('r', ['gh'], { match })], mapProviderKinds(cfg));
  if (!only) throw new Error('no rule');
  return only;
};

describe('compileGlob', () => {
  it.each([
    ['svc-*', 'svc-api', true],
    ['svc-*', 'svc-', true],
    ['svc-*', 'web-svc-api', false],
    ['api-?', 'api-1', true],
    ['api-?', 'api-12', false],
    ['api-[abc]', 'api-b', true],
    ['api-[abc]', 'api-d', false],
    ['api-[a-c]x', 'api-bx', true],
    ['api-[!a-c]', 'api-d', true],
    ['api-[!a-c]', 'api-a', false],
    ['a.b', 'a.b', true],
    ['a.b', 'axb', false],
    ['a+(b)', 'a+(b)', true],
    ['x[y', 'x[y', true],
    ['*', '', true],
  ])('%s on %s is %s', (glob, name, expected) => {
    expect(compileGlob(glob).test(name)).toBe(expected);
  });
});

describe('matchesRule', () => {
  const api = resource('repository.svc-api', {}, { labels: { team: 'web', tier: 'gold' }, tenant: 'acme' });

  it('matches anything when the match is empty', () => {
    expect(matchesRule(compiled({}), api)).toBe(true);
    expect(describeMismatch(compiled({}), api)).toBeUndefined();
  });

  it('matches on kind, from a list of kinds', () => {
    expect(matchesRule(compiled({ kinds: ['repository'] }), api)).toBe(true);
    expect(matchesRule(compiled({ kinds: ['page', 'space'] }), api)).toBe(false);
    expect(describeMismatch(compiled({ kinds: ['page', 'space'] }), api)).toBe('kind repository is not one of page, space');
  });

  it('matches when any of the name globs does', () => {
    expect(matchesRule(compiled({ names: ['web-*', 'svc-?pi'] }), api)).toBe(true);
    expect(matchesRule(compiled({ names: ['web-*', 'svc-[xyz]*'] }), api)).toBe(false);
    expect(describeMismatch(compiled({ names: ['web-*'] }), api)).toBe('name svc-api matches no glob of web-*');
  });

  it('needs every label, with its value', () => {
    expect(matchesRule(compiled({ labels: { team: 'web' } }), api)).toBe(true);
    expect(matchesRule(compiled({ labels: { team: 'web', tier: 'gold' } }), api)).toBe(true);
    expect(matchesRule(compiled({ labels: { team: 'web', tier: 'silver' } }), api)).toBe(false);
    expect(describeMismatch(compiled({ labels: { tier: 'silver' } }), api)).toBe('label tier is gold, not silver');
    expect(describeMismatch(compiled({ labels: { owner: 'me' } }), api)).toBe('label owner is missing (wants me)');
  });

  it('needs the tenant to be one of those listed', () => {
    expect(matchesRule(compiled({ tenants: ['acme', 'initech'] }), api)).toBe(true);
    expect(matchesRule(compiled({ tenants: ['initech'] }), api)).toBe(false);
    expect(matchesRule(compiled({ tenants: ['acme'] }), resource('repository.x', {}))).toBe(false);
    expect(describeMismatch(compiled({ tenants: ['initech'] }), api)).toBe('tenant acme is not initech');
    expect(describeMismatch(compiled({ tenants: ['a', 'b'] }), resource('repository.x', {}))).toBe('it has no tenant (wants one of a, b)');
  });

  it('needs every key given to match', () => {
    const all = compiled({ kinds: ['repository'], names: ['svc-*'], labels: { team: 'web' }, tenants: ['acme'] });
    expect(matchesRule(all, api)).toBe(true);
    expect(matchesRule(all, resource('repository.svc-api', {}, { labels: { team: 'web' }, tenant: 'other' }))).toBe(false);
    expect(matchesRule(all, resource('page.svc-api', { space: 's' }, { labels: { team: 'web' }, tenant: 'acme' }))).toBe(false);
  });
});

describe('compileRules', () => {
  it('keeps, per kind, only the candidates able to manage it, in `to` order, and the failover order likewise', () => {
    const [r] = compileRules([rule('mixed', ['wiki', 'gh'], { failoverOrder: ['gh', 'wiki'] })], mapProviderKinds(cfg));
    expect(r?.capable.repository).toEqual(['gh']);
    expect(r?.capable.page).toEqual(['wiki']);
    expect(r?.capable.issue).toEqual([]);
    expect(r?.failover.page).toEqual(['wiki']);
    const [off] = compileRules([rule('off', ['gh'], { failover: false })], mapProviderKinds(cfg));
    expect(off?.failover.repository).toEqual([]);
  });
});
