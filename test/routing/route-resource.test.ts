import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { createCatalog } from '../../src/plugins/builtin-catalog.js';
import { routeResource } from '../../src/routing/route-resource.js';
import { emptyState } from '../../src/state/state.js';
import { config, resource, stateOf } from '../plan/plan-fixtures.js';
import { defaultResilience } from '../../src/config/decode-routing.js';

const plugin = (name: string, kinds: ('repository' | 'page')[]) => ({ name, version: '1.0.0', kinds, settings: {}, manifestPath: '', modulePath: '', source: 'built-in' });
const catalog = createCatalog([plugin('local', ['repository', 'page']), plugin('docs', ['page'])]);

function withProviders(names: [string, string][], defaults: Config['routingDefaults'] = {}): Config {
  return { ...config([]), providers: new Map(names.map(([name, type]) => [name, { name, type, settings: {}, settingVariables: {}, resilience: defaultResilience, range: undefined }])), routingDefaults: defaults };
}

describe('routeResource', () => {
  it('keeps a resource where state says it lives', () => {
    const state = stateOf({ 'repository.api': { id: 'api', spec: {}, provider: 'elsewhere' } });
    expect(routeResource(resource('repository.api', {}), withProviders([['local', 'local']]), state, catalog).value).toEqual({ provider: 'elsewhere', reason: 'placed earlier (state)' });
  });

  it('prefers the resource’s own provider, then routing.defaults, then the only able provider', () => {
    const cfg = withProviders([['a', 'local'], ['b', 'local'], ['wiki', 'docs']], { page: 'wiki' });
    expect(routeResource(resource('repository.x', {}, { provider: 'b' }), cfg, emptyState(), catalog).value?.provider).toBe('b');
    expect(routeResource(resource('page.x', { space: 's' }), cfg, emptyState(), catalog).value).toEqual({ provider: 'wiki', reason: 'routing.defaults.page' });
    const single = withProviders([['only', 'local'], ['wiki', 'docs']]);
    expect(routeResource(resource('repository.x', {}), single, emptyState(), catalog).value).toEqual({ provider: 'only', reason: 'the only provider that manages repository resources' });
  });

  it('asks the user to choose when several providers could take it', () => {
    const routed = routeResource(resource('repository.x', {}), withProviders([['a', 'local'], ['b', 'local']]), emptyState(), catalog);
    expect(routed.value).toBeUndefined();
    expect(routed.diagnostic).toMatchObject({ code: 'routing.no-placement', summary: '2 providers can manage repository resources', address: 'repository.x' });
    expect(routed.diagnostic?.hint).toContain('routing.defaults.repository');
  });
});
