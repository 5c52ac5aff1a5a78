import { describe, expect, it } from 'vitest';
import type { ConfigResource } from '../../src/config/config.js';
import { createPlan } from '../../src/plan/create-plan.js';
import type { PlanOptions } from '../../src/plan/plan.js';
import type { KindHandler } from '../../src/resources/provider-contract.js';
import type { ResourceKind } from '../../src/resources/resource-kind.js';
import type { State } from '../../src/state/state.js';
import { emptyState } from '../../src/state/state.js';
import type { LiveIndex } from '../../src/plan/live-index.js';
import { config, liveOf, memoryHandler, resource, stateOf } from './plan-fixtures.js';

const repoHandler = memoryHandler('repository');
const pipelineHandler = memoryHandler('pipeline', ['repository']);
const handlers: KindHandler[] = [repoHandler, pipelineHandler];
const handlerOf = (_p: string, kind: ResourceKind) => handlers.find((h) => h.kind === kind);
const none: PlanOptions = { target: [], exclude: [], replace: [], destroy: false };

function plan(resources: ConfigResource[], state: State, live: LiveIndex, options: Partial<PlanOptions> = {}, moved: Parameters<typeof config>[1] = []) {
  const cfg = config(resources, moved);
  const placements = new Map(cfg.resources.map((r) => [r.address, { provider: 'local', reason: 'the only provider', failover: [] }]));
  return createPlan({ config: cfg, state, live, handlerOf, placements, options: { ...none, ...options }, mosaicVersion: '0.0.0' });
}

describe('createPlan', () => {
  it('creates what is neither in state nor live, and says why it goes where it goes', () => {
    const result = plan([resource('repository.api', { name: 'api', description: 'API' })], emptyState(), liveOf(handlers, {}));
    expect(result.diagnostics).toEqual([]);
    const [change] = result.value?.changes ?? [];
    expect(change).toMatchObject({ address: 'repository.api', action: 'create', provider: 'local', reason: 'the only provider' });
    expect(change?.fields).toEqual([
      { field: 'description', after: 'API' },
      { field: 'name', after: 'api' },
    ]);
    expect(result.value?.summary).toMatchObject({ create: 1, update: 0, delete: 0 });
  });

  it('is a no-op when live matches, and an update of just the differing fields otherwise', () => {
    const state = stateOf({ 'repository.api': { id: 'repository/api', spec: { name: 'api', description: 'API' } } });
    const same = plan([resource('repository.api', { name: 'api', description: 'API' })], state, liveOf(handlers, { 'repository/api': { name: 'api', description: 'API', topics: [] } }));
    expect(same.value?.changes[0]?.action).toBe('no-op');
    const changed = plan([resource('repository.api', { name: 'api', description: 'New' })], state, liveOf(handlers, { 'repository/api': { name: 'api', description: 'API' } }));
    expect(changed.value?.changes[0]).toMatchObject({ action: 'update', id: 'repository/api', fields: [{ field: 'description', before: 'API', after: 'New' }] });
  });

  it('compares set-like lists without order', () => {
    const state = stateOf({ 'repository.api': { id: 'repository/api', spec: { name: 'api', topics: ['a', 'b'] } } });
    const result = plan([resource('repository.api', { name: 'api', topics: ['b', 'a'] })], state, liveOf(handlers, { 'repository/api': { name: 'api', topics: ['a', 'b'] } }));
    expect(result.value?.changes[0]?.action).toBe('no-op');
  });

  it('reports drift apart from the change that undoes it, and honours ignore_changes', () => {
    const state = stateOf({ 'repository.api': { id: 'repository/api', spec: { name: 'api', description: 'API', homepage: 'x' } } });
    const live = liveOf(handlers, { 'repository/api': { name: 'api', description: 'edited by hand', homepage: 'y' } });
    const result = plan([resource('repository.api', { name: 'api', description: 'API', homepage: 'x' }, { lifecycle: { preventDestroy: false, ignoreChanges: ['homepage'] } })], state, live);
    expect(result.value?.drift).toEqual([
      { address: 'repository.api', kind: 'repository', provider: 'local', id: 'repository/api', deleted: false, fields: [{ field: 'description', before: 'API', after: 'edited by hand' }] },
    ]);
    expect(result.value?.changes[0]?.fields).toEqual([{ field: 'description', before: 'edited by hand', after: 'API' }]);
    expect(result.value?.summary.drifted).toBe(1);
  });

  it('records in state a drift that the config now agrees with, so it is not reported again', () => {
    const state = stateOf({ 'repository.api': { id: 'repository/api', spec: { name: 'api', description: 'API' } } });
    const live = liveOf(handlers, { 'repository/api': { name: 'api', description: 'edited by hand' } });
    const result = plan([resource('repository.api', { name: 'api', description: 'edited by hand' })], state, live);
    expect(result.value?.drift).toHaveLength(1);
    expect(result.value?.changes[0]).toMatchObject({ action: 'update', fields: [], reason: 'the config now matches the live object; records it in state' });
  });

  it('re-creates an object deleted outside mosaic and reports it as drift', () => {
    const state = stateOf({ 'repository.api': { id: 'repository/api', spec: { name: 'api' } } });
    const result = plan([resource('repository.api', { name: 'api' })], state, liveOf(handlers, {}));
    expect(result.value?.drift[0]).toMatchObject({ address: 'repository.api', deleted: true });
    expect(result.value?.changes[0]).toMatchObject({ action: 'create', reason: 'deleted outside mosaic' });
  });

  it('imports an object that exists live with the same natural key but is not in state', () => {
    const result = plan([resource('repository.api', { name: 'api', description: 'API' })], emptyState(), liveOf(handlers, { 'repository/api': { name: 'api', description: 'old' } }));
    expect(result.value?.changes[0]).toMatchObject({ action: 'import', id: 'repository/api', fields: [{ field: 'description', before: 'old', after: 'API' }] });
  });

  it('replaces when an immutable field changes, or when asked to', () => {
    const state = stateOf({
      'repository.a': { id: 'repository/a', spec: { name: 'a' } },
      'repository.b': { id: 'repository/b', spec: { name: 'b' } },
      'pipeline.ci': { id: 'pipeline/ci', spec: { name: 'ci', repository: 'a' }, depends_on: ['repository.a'] },
    });
    const live = liveOf(handlers, { 'repository/a': { name: 'a' }, 'repository/b': { name: 'b' }, 'pipeline/ci': { name: 'ci', repository: 'repository/a' } });
    const resources = [resource('repository.a', { name: 'a' }), resource('repository.b', { name: 'b' }), resource('pipeline.ci', { name: 'ci', repository: 'b' })];
    const result = plan(resources, state, live);
    const ci = result.value?.changes.find((c) => c.address === 'pipeline.ci');
    expect(ci).toMatchObject({ action: 'replace', fields: [{ field: 'repository', before: 'a', after: 'b', forces_replacement: true }] });
    const forced = plan(resources.slice(0, 2), state, live, { replace: ['repository.b'] });
    expect(forced.value?.changes.find((c) => c.address === 'repository.b')?.action).toBe('replace');
  });

  it('deletes what left the config, after what depends on it', () => {
    const state = stateOf({
      'repository.a': { id: 'repository/a', spec: { name: 'a' } },
      'pipeline.ci': { id: 'pipeline/ci', spec: { name: 'ci', repository: 'a' }, depends_on: ['repository.a'] },
    });
    const live = liveOf(handlers, { 'repository/a': { name: 'a' }, 'pipeline/ci': { name: 'ci', repository: 'repository/a' } });
    const result = plan([], state, live);
    expect(result.value?.changes.map((c) => [c.address, c.action, c.depends_on])).toEqual([
      ['pipeline.ci', 'delete', []],
      ['repository.a', 'delete', ['pipeline.ci']],
    ]);
  });

  it('refuses to delete or replace a resource with prevent_destroy, even once it left the config', () => {
    const state = stateOf({ 'repository.a': { id: 'repository/a', spec: { name: 'a' }, prevent_destroy: true } });
    const live = liveOf(handlers, { 'repository/a': { name: 'a' } });
    const removed = plan([], state, live);
    expect(removed.value).toBeUndefined();
    expect(removed.diagnostics[0]).toMatchObject({ code: 'plan.prevent-destroy', address: 'repository.a' });
    const guarded = resource('repository.a', { name: 'a' }, { lifecycle: { preventDestroy: true, ignoreChanges: [] } });
    const replaced = plan([guarded], stateOf({ 'repository.a': { id: 'repository/a', spec: { name: 'a' } } }), live, { replace: ['repository.a'] });
    expect(replaced.diagnostics[0]?.code).toBe('plan.prevent-destroy');
  });

  it('records a change of prevent_destroy in state even when nothing live changes', () => {
    const state = stateOf({ 'repository.a': { id: 'repository/a', spec: { name: 'a' } } });
    const guarded = resource('repository.a', { name: 'a' }, { lifecycle: { preventDestroy: true, ignoreChanges: [] } });
    const result = plan([guarded], state, liveOf(handlers, { 'repository/a': { name: 'a' } }));
    expect(result.value?.changes[0]).toMatchObject({ action: 'update', fields: [], prevent_destroy: true, reason: 'records lifecycle.prevent_destroy = true in state' });
  });

  it('turns a moved block into an in-place change instead of delete and create', () => {
    const state = stateOf({ 'repository.api': { id: 'repository/api', spec: { name: 'api' } } });
    const live = liveOf(handlers, { 'repository/api': { name: 'api' } });
    const result = plan([resource('repository.api-v2', { name: 'api-v2' })], state, live, {}, [{ from: 'repository.api', to: 'repository.api-v2', range: { file: 'f', line: 1, column: 1 } }]);
    expect(result.value?.changes).toHaveLength(1);
    expect(result.value?.changes[0]).toMatchObject({ address: 'repository.api-v2', action: 'update', moved_from: 'repository.api', fields: [{ field: 'name', before: 'api', after: 'api-v2' }] });
  });

  it('narrows with --target (plus dependencies) and --exclude (plus dependents)', () => {
    const resources = [resource('repository.a', { name: 'a' }), resource('pipeline.ci', { name: 'ci', repository: 'a' }), resource('repository.b', { name: 'b' })];
    const targeted = plan(resources, emptyState(), liveOf(handlers, {}), { target: ['pipeline.ci'] });
    expect(targeted.value?.changes.map((c) => c.address)).toEqual(['pipeline.ci', 'repository.a']);
    const excluded = plan(resources, emptyState(), liveOf(handlers, {}), { exclude: ['repository.a'] });
    expect(excluded.value?.changes.map((c) => c.address)).toEqual(['repository.b']);
    const unknown = plan(resources, emptyState(), liveOf(handlers, {}), { target: ['repository.nope'] });
    expect(unknown.diagnostics[0]?.code).toBe('plan.unknown-address');
  });

  it('plans the removal of everything in state for destroy', () => {
    const state = stateOf({ 'repository.a': { id: 'repository/a', spec: { name: 'a' } } });
    const result = plan([resource('repository.a', { name: 'a' })], state, liveOf(handlers, { 'repository/a': { name: 'a' } }), { destroy: true });
    expect(result.value?.command).toBe('destroy');
    expect(result.value?.changes.map((c) => c.action)).toEqual(['delete']);
  });

  it('gives the same plan for the same inputs', () => {
    const resources = [resource('repository.b', { name: 'b' }), resource('repository.a', { name: 'a', topics: ['x'] })];
    const a = JSON.stringify(plan(resources, emptyState(), liveOf(handlers, {})).value);
    const b = JSON.stringify(plan([...resources].reverse(), emptyState(), liveOf(handlers, {})).value);
    expect(a).toBe(b);
  });
});

describe('immutable settings inside a field', () => {
  const mirrored = memoryHandler('repository', ['mirror.url']);
  const planMirror = (desired: Record<string, unknown>, live: Record<string, unknown>) => {
    const cfg = config([resource('repository.m', desired)]);
    const state = stateOf({ 'repository.m': { id: 'repository/m', spec: live } });
    return createPlan({
      config: cfg,
      state,
      live: liveOf([mirrored], { 'repository/m': live }),
      handlerOf: () => mirrored,
      placements: new Map([['repository.m', { provider: 'local', reason: 'the only provider', failover: [] }]]),
      options: none,
      mosaicVersion: '0.0.0',
    }).value?.changes[0];
  };

  it('replaces when mirror.url changes but updates in place when only the interval does', () => {
    const live = { name: 'm', mirror: { url: 'https://a.example/x.git', interval: '8h' } };
    expect(planMirror({ name: 'm', mirror: { url: 'https://a.example/x.git', interval: '1h' } }, live)?.action).toBe('update');
    expect(planMirror({ name: 'm', mirror: { url: 'https://b.example/x.git', interval: '8h' } }, live)).toMatchObject({ action: 'replace', fields: [{ field: 'mirror', forces_replacement: true }] });
  });
});
