import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApplyEvent } from '../../src/apply/apply-events.js';
import { applyPlan, type ApplyInput } from '../../src/apply/apply-plan.js';
import type { Plan, ResourceChange } from '../../src/plan/plan.js';
import { ProviderError, type GitRemote, type KindHandler } from '../../src/resources/provider-contract.js';
import type { ResourceKind } from '../../src/resources/resource-kind.js';
import { LocalIntentJournal } from '../../src/state/local-intent-journal.js';
import type { RoutingObservation } from '../../src/state/routing-history.js';
import { emptyState, type State } from '../../src/state/state.js';
import { memoryHandler } from '../plan/plan-fixtures.js';
import { auditSink, memoryStore, planOf } from './apply-fixtures.js';

class Unavailable extends Error {}

/** A handler whose every call fails as an unavailable provider would, counting the calls. */
function downHandler(kind: ResourceKind): KindHandler & { calls: number } {
  const handler = memoryHandler(kind);
  const down = { ...handler, calls: 0 };
  const fail = (): Promise<never> => {
    down.calls += 1;
    return Promise.reject(new Unavailable('HTTP 503 from a'));
  };
  return Object.assign(down, { create: fail, update: fail, delete: fail });
}

const repoChange = (name: string, extra: Partial<ResourceChange> = {}): ResourceChange => ({
  address: `repository.${name}`,
  kind: 'repository',
  name,
  provider: 'a',
  action: 'create',
  spec: { name },
  depends_on: [],
  fields: [{ field: 'name', after: name }],
  placement: { rule: 'spread', strategy: 'round-robin', reason: 'next in turn', failover: ['b', 'c'] },
  ...extra,
});

function harness(handlers: Record<string, KindHandler>, state: State = emptyState()) {
  const audit = auditSink();
  const events: ApplyEvent[] = [];
  const observations: RoutingObservation[] = [];
  const input = (plan: Plan, extra: Partial<ApplyInput> = {}): ApplyInput => ({
    plan,
    state,
    store: memoryStore(),
    journal: new LocalIntentJournal(mkdtempSync(join(tmpdir(), 'mosaic-failover-'))),
    handlerOf: (provider) => handlers[provider],
    parallelism: 4,
    unavailableReason: (error) => (error instanceof Unavailable ? error.message : undefined),
    observe: (o) => observations.push(o),
    listeners: [audit.listener({ principal: 'alice', command: 'apply' }), (e) => void events.push(e)],
    ...extra,
  });
  return { audit, events, observations, input };
}

describe('apply: failover of creates', () => {
  it('creates on the next candidate when the planned provider is unavailable, and says so in events, audit, outcome and state', async () => {
    const a = downHandler('repository');
    const b = memoryHandler('repository');
    const h = harness({ a, b, c: memoryHandler('repository') });
    const result = await applyPlan(h.input(planOf([repoChange('api')])));
    expect(result.outcomes).toEqual([{ address: 'repository.api', action: 'create', status: 'succeeded', id: 'repository/api', provider: 'b' }]);
    expect(result.failovers).toEqual([{ address: 'repository.api', from: 'a', to: 'b', reason: 'HTTP 503 from a' }]);
    expect(result.state.resources['repository.api']).toMatchObject({ provider: 'b', placement: { rule: 'spread', strategy: 'round-robin', reason: 'failed over from a: HTTP 503 from a' } });
    expect(b.objects.has('repository/api')).toBe(true);
    expect(h.events.filter((e) => e.type === 'failover')).toHaveLength(1);
    expect(h.audit.entries.map((e) => `${e.provider}:${e.outcome}`)).toEqual(['a:started', 'a:failed-over', 'b:succeeded']);
    expect(h.observations.map((o) => `${o.provider}:${o.outcome}`)).toEqual(['a:failed', 'b:succeeded']);
  });

  it('goes down the failover list in order and fails when every candidate is unavailable', async () => {
    const h = harness({ a: downHandler('repository'), b: downHandler('repository'), c: downHandler('repository') });
    const result = await applyPlan(h.input(planOf([repoChange('api')]))).catch((e: unknown) => e);
    expect(result).toBeInstanceOf(Object);
    const outcome = (result as Awaited<ReturnType<typeof applyPlan>>).outcomes[0];
    expect(outcome).toMatchObject({ status: 'failed' });
    expect((result as Awaited<ReturnType<typeof applyPlan>>).failovers.map((f) => `${f.from}->${f.to}`)).toEqual(['a->b', 'b->c']);
  });

  it('does not fail over on a refusal (4xx), nor without failover candidates', async () => {
    const refusing = memoryHandler('repository');
    const b = memoryHandler('repository');
    const refusal = harness({ a: { ...refusing, create: () => Promise.reject(new ProviderError('github.validation', 'name already taken')) }, b });
    const refused = await applyPlan(refusal.input(planOf([repoChange('api')])));
    expect(refused.outcomes[0]).toMatchObject({ status: 'failed' });
    expect(refused.failovers).toEqual([]);
    expect(b.objects.size).toBe(0);

    const noFailover = harness({ a: downHandler('repository'), b });
    const result = await applyPlan(noFailover.input(planOf([repoChange('api', { placement: { reason: 'only candidate' } })])));
    expect(result.outcomes[0]).toMatchObject({ status: 'failed' });
    expect(b.objects.size).toBe(0);
  });

  it('never fails over an update or a delete', async () => {
    const a = downHandler('repository');
    const b = memoryHandler('repository');
    const state: State = {
      lineage: 'L',
      serial: 1,
      resources: {
        'repository.api': { kind: 'repository', name: 'api', provider: 'a', id: 'repository/api', natural_key: 'api', spec: { name: 'api' }, depends_on: [], created_at: 't', updated_at: 't' },
      },
    };
    const h = harness({ a, b }, state);
    const update = repoChange('api', { action: 'update', id: 'repository/api', spec: { name: 'api', description: 'x' }, fields: [{ field: 'description', after: 'x' }] });
    const result = await applyPlan(h.input(planOf([update])));
    expect(result.outcomes[0]).toMatchObject({ status: 'failed' });
    expect(result.failovers).toEqual([]);
    expect(b.objects.size).toBe(0);
    expect(a.calls).toBe(1);
  });
});

describe('apply: moves', () => {
  const movedState = (provider: string, id: string): State => ({
    lineage: 'L',
    serial: 1,
    resources: {
      'repository.api': { kind: 'repository', name: 'api', provider, id, natural_key: 'api', spec: { name: 'api' }, depends_on: [], created_at: '2026-01-01T00:00:00.000Z', updated_at: 't' },
    },
  });
  const withRemote = (handler: KindHandler & { objects: Map<string, unknown> }, prefix: string) => ({ ...handler, gitRemote: (id: string): Promise<GitRemote> => Promise.resolve({ url: `${prefix}/${id}`, headers: { Authorization: 'token s3cret' } }) });

  it('creates on the new provider, mirrors the refs, records the new place and keeps the old object without --allow-move-delete', async () => {
    const old = memoryHandler('repository');
    old.objects.set('repository/api', { name: 'api' });
    const next = memoryHandler('repository');
    const mirrored: [string, string][] = [];
    const h = harness({ old: withRemote(old, 'old'), new: withRemote(next, 'new') }, movedState('old', 'repository/api'));
    const move = repoChange('api', { action: 'move', provider: 'new', move: { provider: 'old', id: 'repository/api', delete: false }, placement: { rule: 'spread', reason: 'rule spread no longer lists old' } });
    const result = await applyPlan(h.input(planOf([move]), { mirror: (from, to) => Promise.resolve(void mirrored.push([from.url, to.url])) }));
    expect(result.outcomes[0]).toMatchObject({ status: 'succeeded', provider: 'new' });
    expect(mirrored).toEqual([['old/repository/api', 'new/repository/api']]);
    expect(result.state.resources['repository.api']).toMatchObject({ provider: 'new', id: 'repository/api', created_at: '2026-01-01T00:00:00.000Z', placement: { rule: 'spread' } });
    expect(old.objects.has('repository/api')).toBe(true);
    expect(h.events.some((e) => e.type === 'kept')).toBe(true);
    expect(h.audit.entries.find((e) => e.outcome === 'kept')).toMatchObject({ provider: 'old' });
  });

  it('deletes the old object after the copy with --allow-move-delete, and resumes an interrupted move without creating twice', async () => {
    const old = memoryHandler('repository');
    old.objects.set('repository/api', { name: 'api' });
    const next = memoryHandler('repository');
    next.objects.set('repository/api', { name: 'api' }); // made by the interrupted run
    let creates = 0;
    const counting = { ...withRemote(next, 'new'), create: (spec: Record<string, unknown>) => { creates += 1; return next.create(spec); } };
    const h = harness({ old: withRemote(old, 'old'), new: counting }, movedState('old', 'repository/api'));
    const move = repoChange('api', { action: 'move', provider: 'new', id: 'repository/api', move: { provider: 'old', id: 'repository/api', delete: true } });
    const result = await applyPlan(h.input(planOf([move]), { mirror: () => Promise.resolve() }));
    expect(result.outcomes[0]).toMatchObject({ status: 'succeeded', provider: 'new' });
    expect(creates).toBe(0);
    expect(old.objects.has('repository/api')).toBe(false);
  });

  it('keeps the resource where it was when the copy fails, naming both providers', async () => {
    const old = memoryHandler('repository');
    old.objects.set('repository/api', { name: 'api' });
    const h = harness({ old: withRemote(old, 'old'), new: withRemote(memoryHandler('repository'), 'new') }, movedState('old', 'repository/api'));
    const move = repoChange('api', { action: 'move', provider: 'new', move: { provider: 'old', id: 'repository/api', delete: true } });
    const result = await applyPlan(h.input(planOf([move]), { mirror: () => Promise.reject(new Error('remote rejected')) }));
    expect(result.outcomes[0]).toMatchObject({ status: 'failed', diagnostic: { code: 'apply.move-mirror' } });
    expect(result.state.resources['repository.api']).toMatchObject({ provider: 'old' });
    expect(old.objects.has('repository/api')).toBe(true);
  });
});
