import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/apply-plan.js';
import type { ResourceChange } from '../../src/plan/plan.js';
import { ProviderError, type KindHandler } from '../../src/resources/provider-contract.js';
import type { ResourceKind } from '../../src/resources/resource-kind.js';
import type { IntentJournal } from '../../src/state/intent-journal.js';
import { LocalIntentJournal } from '../../src/state/local-intent-journal.js';
import { maskSecrets, secretHash } from '../../src/plan/mask-secrets.js';
import { emptyState, type State } from '../../src/state/state.js';
import { memoryHandler } from '../plan/plan-fixtures.js';
import { auditSink, memoryStore, planOf } from './apply-fixtures.js';

const change = (address: string, action: ResourceChange['action'], spec: Record<string, unknown>, depends_on: string[] = [], id?: string): ResourceChange => {
  const [kind, name] = address.split('.') as [ResourceKind, string];
  return { address, kind, name, provider: 'local', action, spec, depends_on, fields: Object.entries(spec).map(([field, after]) => ({ field, after })), ...(id ? { id } : {}) };
};

describe('applyPlan', () => {
  it('creates in dependency order, resolves references to ids, writes state after every change and journals each call', async () => {
    const repos = memoryHandler('repository');
    const pipelines = memoryHandler('pipeline');
    const handlers: KindHandler[] = [repos, pipelines];
    const store = memoryStore();
    const audit = auditSink();
    const journal = new LocalIntentJournal(mkdtempSync(join(tmpdir(), 'mosaic-apply-')));
    const order: string[] = [];
    const result = await applyPlan({
      plan: planOf([change('pipeline.ci', 'create', { name: 'ci', repository: 'api' }, ['repository.api']), change('repository.api', 'create', { name: 'api' })]),
      state: emptyState(),
      store,
      journal,
      handlerOf: (_p, kind) => handlers.find((h) => h.kind === kind),
      parallelism: 4,
      listeners: [
        audit.listener({ principal: 'alice', command: 'apply' }),
        (e) => {
          if (e.type === 'started') order.push(e.change.address);
        },
      ],
    });
    expect(order).toEqual(['repository.api', 'pipeline.ci']);
    expect(pipelines.objects.get('pipeline/ci')).toEqual({ name: 'ci', repository: 'repository/api' });
    expect(result.outcomes.map((o) => o.status)).toEqual(['succeeded', 'succeeded']);
    expect(store.writes).toHaveLength(2);
    expect(result.state.resources['pipeline.ci']).toMatchObject({ id: 'pipeline/ci', spec: { name: 'ci', repository: 'api' }, depends_on: ['repository.api'] });
    expect(audit.entries.map((e) => `${e.address}:${e.outcome}`)).toEqual(['repository.api:started', 'repository.api:succeeded', 'pipeline.ci:started', 'pipeline.ci:succeeded']);
    expect(await journal.readOpen()).toEqual([]);
  });

  it('skips the dependents of a failed change, goes on with the rest, and leaves the failed intent open', async () => {
    const repos = memoryHandler('repository');
    const pipelines = memoryHandler('pipeline');
    repos.create = (spec) => (spec['name'] === 'bad' ? Promise.reject(new ProviderError('local.already-exists', 'exists')) : memoryHandler('repository').create(spec));
    const journal = new LocalIntentJournal(mkdtempSync(join(tmpdir(), 'mosaic-apply-')));
    const audit = auditSink();
    const result = await applyPlan({
      plan: planOf([change('repository.bad', 'create', { name: 'bad' }), change('pipeline.ci', 'create', { name: 'ci', repository: 'bad' }, ['repository.bad']), change('repository.good', 'create', { name: 'good' })]),
      state: emptyState(),
      store: memoryStore(),
      journal,
      handlerOf: (_p, kind) => [repos, pipelines].find((h) => h.kind === kind),
      listeners: [audit.listener({ principal: 'p', command: 'apply' })],
      parallelism: 1,
    });
    expect(result.outcomes).toEqual([
      { address: 'pipeline.ci', action: 'create', status: 'skipped', because: 'repository.bad failed' },
      { address: 'repository.bad', action: 'create', status: 'failed', diagnostic: expect.objectContaining({ code: 'local.already-exists', address: 'repository.bad' }) as unknown },
      { address: 'repository.good', action: 'create', status: 'succeeded', id: 'repository/good', provider: 'local' },
    ]);
    expect(audit.entries.find((e) => e.address === 'pipeline.ci')).toMatchObject({ outcome: 'skipped' });
    expect((await journal.readOpen()).map((i) => i.address)).toEqual(['repository.bad']);
  });

  it('deletes dependents before what they depend on, and removes them from state', async () => {
    const repos = memoryHandler('repository');
    const pipelines = memoryHandler('pipeline');
    repos.objects.set('repository/api', { name: 'api' });
    pipelines.objects.set('pipeline/ci', { name: 'ci', repository: 'repository/api' });
    const deleted: string[] = [];
    for (const h of [repos, pipelines]) {
      const original = h.delete.bind(h);
      h.delete = (id) => {
        deleted.push(id);
        return original(id);
      };
    }
    const state: State = {
      lineage: 'L',
      serial: 1,
      resources: {
        'repository.api': { kind: 'repository', name: 'api', provider: 'local', id: 'repository/api', natural_key: 'api', spec: { name: 'api' }, depends_on: [], created_at: 't', updated_at: 't' },
        'pipeline.ci': { kind: 'pipeline', name: 'ci', provider: 'local', id: 'pipeline/ci', natural_key: 'ci', spec: { name: 'ci', repository: 'api' }, depends_on: ['repository.api'], created_at: 't', updated_at: 't' },
      },
    };
    const result = await applyPlan({
      plan: planOf([change('pipeline.ci', 'delete', {}, [], 'pipeline/ci'), change('repository.api', 'delete', {}, ['pipeline.ci'], 'repository/api')]),
      state,
      store: memoryStore(),
      journal: new LocalIntentJournal(mkdtempSync(join(tmpdir(), 'mosaic-apply-'))),
      handlerOf: (_p, kind) => [repos, pipelines].find((h) => h.kind === kind),
      listeners: [auditSink().listener({ principal: 'p', command: 'destroy' })],
      parallelism: 10,
    });
    expect(deleted).toEqual(['pipeline/ci', 'repository/api']);
    expect(result.state.resources).toEqual({});
  });

  it('sends webhook secrets to the provider in plaintext but journals and records only their hash', async () => {
    const repos = memoryHandler('repository');
    const journaled: unknown[] = [];
    const local = new LocalIntentJournal(mkdtempSync(join(tmpdir(), 'mosaic-apply-')));
    const journal: IntentJournal = { readOpen: () => local.readOpen(), end: (seq) => local.end(seq), clear: () => local.clear(), begin: (intent) => { journaled.push(intent); return local.begin(intent); } };
    const plain = { name: 'api', webhooks: [{ url: 'https://ci.example/hook', secret: 'hunter2' }] };
    const masked = maskSecrets('repository', plain);
    const store = memoryStore();
    const result = await applyPlan({
      plan: planOf([change('repository.api', 'create', masked)]),
      state: emptyState(),
      store,
      journal,
      handlerOf: () => repos,
      listeners: [auditSink().listener({ principal: 'p', command: 'apply' })],
      parallelism: 1,
      configSpecOf: (address) => (address === 'repository.api' ? plain : undefined),
    });
    expect(result.outcomes.map((o) => o.status)).toEqual(['succeeded']);
    expect(repos.objects.get('repository/api')).toEqual(plain);
    expect(JSON.stringify(journaled)).not.toContain('hunter2');
    expect(JSON.stringify(store.writes)).not.toContain('hunter2');
    expect(JSON.stringify(result.state)).toContain(secretHash('hunter2'));
  });
});
