// applyPlan: carries out a plan's changes in dependency order with bounded parallelism.
// Each change is journaled before its provider call; its state entry is written and its
// audit entries appended as soon as it settles. A failed change skips its dependents.
// A create whose provider is unavailable fails over to the next candidate of its rule; a move
// creates the resource on its new provider, mirrors a repository's refs, then (if allowed)
// deletes the old object. Every provider call's outcome feeds the routing history.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { findCycle } from '../graph/find-cycle.js';
import { walkGraph } from '../graph/walk-graph.js';
import { describeProviderError } from '../plan/describe-provider-error.js';
import type { Plan, ResourceChange } from '../plan/plan.js';
import { revealSecrets } from '../plan/mask-secrets.js';
import { resolveReferences } from '../plan/reference-names.js';
import type { KindHandler, Spec } from '../resources/provider-contract.js';
import type { ResourceKind } from '../resources/resource-kind.js';
import type { IntentJournal } from '../state/intent-journal.js';
import { renameAddress } from '../state/rename-address.js';
import type { RoutingObservation } from '../state/routing-history.js';
import type { State, StateResource, StateStore } from '../state/state.js';
import type { ApplyEvent, AuditSink, ChangeOutcome, Failover } from './apply-events.js';
import type { MirrorRepository } from './mirror-repository.js';

export interface ApplyInput {
  readonly plan: Plan;
  readonly state: State;
  readonly store: StateStore;
  readonly journal: IntentJournal;
  readonly audit: AuditSink;
  readonly handlerOf: (provider: string, kind: ResourceKind) => KindHandler | undefined;
  readonly principal: string;
  readonly command: string;
  readonly parallelism: number;
  readonly onEvent?: (event: ApplyEvent) => void;
  readonly now?: () => Date;
  /**
   * The spec as the config writes it, secrets in plaintext: plans hold only secret hashes,
   * and the provider gets the secrets from here.
   */
  readonly configSpecOf?: (address: string) => Spec | undefined;
  /**
   * Why a provider call failed, in a few words ("HTTP 503", "circuit breaker open"), when it
   * failed because the provider is unavailable and nothing reached it (breaker open, retries
   * exhausted on 5xx, refused connection); undefined otherwise. Only then does a create fail over.
   */
  readonly unavailableReason?: (error: unknown) => string | undefined;
  /** Told the outcome and latency of every provider call, for adaptive routing. */
  readonly observe?: (observation: RoutingObservation) => void;
  /** Copies a repository's refs for a move; git push --mirror unless a test gives another. */
  readonly mirror?: MirrorRepository;
}

export interface ApplyResult {
  readonly outcomes: readonly ChangeOutcome[];
  readonly state: State;
  readonly failovers: readonly Failover[];
}

class ChangeFailure extends Error {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Diagnostic) {
    super(diagnostic.summary);
    this.diagnostic = diagnostic;
  }
}

export async function applyPlan(input: ApplyInput): Promise<ApplyResult> {
  const { plan, store, journal, audit } = input;
  const now = (): string => (input.now ?? (() => new Date()))().toISOString();
  let resources: Record<string, StateResource> = { ...input.state.resources };
  let written: State = input.state;
  // Group commit: a change whose write is not yet under way joins the next write, which
  // snapshots the resources when it starts and so includes every change recorded before.
  let writes: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  const writeState = (): Promise<void> => {
    if (queued) return queued;
    const next = writes.then(async () => {
      queued = undefined;
      written = await store.write({ lineage: written.lineage, serial: written.serial, resources: { ...resources } });
    });
    queued = next;
    writes = next.catch(() => undefined);
    return next;
  };

  const pending = plan.changes.filter((c) => c.action !== 'no-op' || c.moved_from);
  const byAddress = new Map(pending.map((c) => [c.address, c]));
  const graph = new Map(pending.map((c) => [c.address, c.depends_on.filter((d) => byAddress.has(d))]));
  const cycle = findCycle(graph);
  if (cycle) throw new Error(`plan has a dependency cycle: ${cycle.join(' -> ')}`);

  const outcomes: ChangeOutcome[] = [];
  const failovers: Failover[] = [];
  // Where each change's object ended up: its planned provider, or where a failover took it.
  const landedOn = new Map<string, string>();
  const auditEntry = (change: ResourceChange, outcome: 'started' | 'succeeded' | 'failed' | 'skipped' | 'failed-over' | 'kept', error?: string, provider?: string): Promise<unknown> =>
    audit.append({
      principal: input.principal,
      command: input.command,
      action: change.action,
      address: change.address,
      provider: provider ?? landedOn.get(change.address) ?? change.provider,
      outcome,
      ...(error === undefined ? {} : { error }),
    });

  const handlerFor = (change: ResourceChange): KindHandler => {
    const handler = input.handlerOf(change.provider, change.kind);
    if (!handler) throw new ChangeFailure(errorDiagnostic('apply.no-handler', `provider "${change.provider}" cannot manage ${change.kind} resources`, { address: change.address }));
    return handler;
  };
  const resolve = (change: ResourceChange): Spec => {
    const withSecrets = revealSecrets(change.kind, change.spec ?? {}, input.configSpecOf?.(change.address));
    const resolved = resolveReferences(change.kind, withSecrets, (address) => resources[address]?.id);
    if (resolved.missing) {
      throw new ChangeFailure(errorDiagnostic('apply.unresolved-reference', `${resolved.missing} has no live object to refer to`, { address: change.address }));
    }
    return resolved.spec;
  };
  const asFailure = (change: ResourceChange, error: unknown): ChangeFailure => {
    if (error instanceof ChangeFailure) return error;
    const d = describeProviderError(error);
    return new ChangeFailure(errorDiagnostic(d.code, d.summary, { address: change.address, ...(d.hint ? { hint: d.hint } : {}) }));
  };
  /** One provider call, timed; its outcome is observed when it says something of the provider. */
  const timedCall = async <T>(provider: string, kind: ResourceKind, call: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const observe = (outcome: 'succeeded' | 'failed'): void => {
      input.observe?.({ time: now(), provider, kind, outcome, latency_ms: Math.round((performance.now() - started) * 10) / 10 });
    };
    try {
      const result = await call();
      observe('succeeded');
      return result;
    } catch (error) {
      // A refusal of the request (validation, permissions) says nothing of the provider's health.
      if (input.unavailableReason?.(error) !== undefined) observe('failed');
      throw error;
    }
  };
  const providerCall = async <T>(change: ResourceChange, call: () => Promise<T>, provider = change.provider): Promise<T> => {
    try {
      return await timedCall(provider, change.kind, call);
    } catch (error) {
      throw asFailure(change, error);
    }
  };
  const recordEntry = (change: ResourceChange, id: string, naturalKey: string, provider = change.provider, placementNote?: string): void => {
    if (change.moved_from && change.moved_from in resources) resources = renameAddress(resources, change.moved_from, change.address);
    const previous = resources[change.address];
    const planned = change.placement;
    const placement = planned
      ? { ...(planned.rule ? { rule: planned.rule } : {}), ...(planned.strategy ? { strategy: planned.strategy } : {}), reason: placementNote ?? planned.reason }
      : previous?.placement;
    resources[change.address] = {
      kind: change.kind,
      name: change.name,
      provider,
      id,
      natural_key: naturalKey,
      spec: { ...(change.spec ?? {}) },
      depends_on: [...change.depends_on],
      ...(change.prevent_destroy ? { prevent_destroy: true } : {}),
      ...(placement ? { placement } : {}),
      created_at: previous?.created_at ?? now(),
      updated_at: now(),
    };
  };

  /**
   * Creates the object on its planned provider or, when that one is unavailable and the rule
   * allows failover, on the next candidate; updates and deletes never fail over.
   */
  const createObject = async (change: ResourceChange, handler: KindHandler): Promise<string> => {
    const candidates = [change.provider, ...(change.placement?.failover ?? []).filter((p) => p !== change.provider)];
    let reasonNote: string | undefined;
    for (const [index, provider] of candidates.entries()) {
      const target = index === 0 ? handler : input.handlerOf(provider, change.kind);
      if (!target) continue;
      const spec = resolve(change);
      const naturalKey = target.naturalKey(spec);
      const seq = await journal.begin(intentOf({ ...change, provider }, 'create', naturalKey));
      let created;
      try {
        created = target.normalize(await timedCall(provider, change.kind, () => target.create(spec)));
      } catch (error) {
        const next = candidates.slice(index + 1).find((p) => input.handlerOf(p, change.kind));
        const reason = input.unavailableReason?.(error);
        if (next === undefined || reason === undefined) throw asFailure(change, error);
        // Nothing reached this provider: the intent is settled.
        await journal.end(seq);
        const failover: Failover = { address: change.address, from: provider, to: next, reason };
        failovers.push(failover);
        reasonNote = `failed over from ${change.provider}: ${failover.reason}`;
        await auditEntry(change, 'failed-over', `${provider} unavailable (${failover.reason}); failing over to ${next}`, provider);
        input.onEvent?.({ type: 'failover', change, failover });
        continue;
      }
      landedOn.set(change.address, provider);
      recordEntry(change, created.id, target.naturalKey(created.spec), provider, reasonNote);
      await writeState();
      await journal.end(seq);
      return created.id;
    }
    throw new ChangeFailure(errorDiagnostic('apply.no-handler', `provider "${change.provider}" cannot manage ${change.kind} resources`, { address: change.address }));
  };
  const deleteObject = async (change: ResourceChange, handler: KindHandler, id: string): Promise<void> => {
    const entry = resources[change.address] ?? (change.moved_from ? resources[change.moved_from] : undefined);
    const seq = await journal.begin({ ...intentOf(change, 'delete', entry?.natural_key ?? ''), spec: entry?.spec ?? {} });
    await providerCall(change, () => handler.delete(id));
    delete resources[change.address];
    if (change.moved_from) delete resources[change.moved_from];
    await writeState();
    await journal.end(seq);
  };

  /**
   * A move: create on the new provider (or take the object an interrupted move made there),
   * copy a repository's refs, record the new place, then delete the old object if allowed.
   */
  const moveObject = async (change: ResourceChange, handler: KindHandler): Promise<string> => {
    const source = change.move;
    if (!source) throw new Error(`plan change ${change.address} (move) has no source`);
    const oldHandler = input.handlerOf(source.provider, change.kind);
    if (!oldHandler) throw new ChangeFailure(errorDiagnostic('apply.no-handler', `provider "${source.provider}" cannot manage ${change.kind} resources`, { address: change.address }));
    const spec = resolve(change);
    const naturalKey = handler.naturalKey(spec);
    const seq = await journal.begin(intentOf(change, 'create', naturalKey));
    // A repository is created bare and unprotected, so the push of every ref is not refused
    // (a protected or archived branch, an initial commit); the rest is set once it holds them.
    const deferred = change.kind === 'repository' ? afterMirror.filter((field) => spec[field] !== undefined) : [];
    const bare = Object.fromEntries(Object.entries(spec).filter(([field]) => !deferred.includes(field)));
    const id = change.id ?? handler.normalize(await providerCall(change, () => handler.create(bare))).id;
    if (change.kind === 'repository') {
      if (!oldHandler.gitRemote || !handler.gitRemote) {
        throw new ChangeFailure(errorDiagnostic('apply.move-unsupported', `cannot copy ${change.address} from ${source.provider} to ${change.provider}: a provider gives no git remote`, { address: change.address }));
      }
      const [from, to] = [await providerCall(change, () => oldHandler.gitRemote?.(source.id) ?? Promise.reject(new Error('no remote')), source.provider), await providerCall(change, () => handler.gitRemote?.(id) ?? Promise.reject(new Error('no remote')))];
      try {
        await (input.mirror ?? mirrorNotGiven)(from, to);
      } catch (error) {
        throw new ChangeFailure(errorDiagnostic('apply.move-mirror', `copying the refs of ${change.address} from ${source.provider} to ${change.provider} failed: ${error instanceof Error ? error.message : String(error)}`, {
          address: change.address,
          hint: `The new repository (id ${id}) exists on ${change.provider}; the old one on ${source.provider} is untouched. Fix the cause and apply again: the move resumes.`,
        }));
      }
    }
    if (deferred.length > 0) {
      const changes = deferred.map((field) => ({ field, after: spec[field] }));
      await providerCall(change, () => handler.update(id, spec, changes));
    }
    const before = resources[change.address];
    recordEntry(change, id, naturalKey);
    const entry = resources[change.address];
    if (entry && !change.placement && before?.placement) resources[change.address] = { ...entry, placement: before.placement };
    await writeState();
    await journal.end(seq);
    if (source.delete === true) {
      const del = await journal.begin({ ...intentOf({ ...change, provider: source.provider }, 'delete', before?.natural_key ?? naturalKey), spec: before?.spec ?? {} });
      await providerCall(change, () => oldHandler.delete(source.id), source.provider);
      await journal.end(del);
    } else {
      await auditEntry(change, 'kept', `the old object (id ${source.id}) stays on ${source.provider}, no longer managed; --allow-move-delete deletes it`, source.provider);
      input.onEvent?.({ type: 'kept', change, provider: source.provider, id: source.id });
    }
    return id;
  };

  // The id of a change's object now: an earlier change of this run may have rebound it.
  const currentId = (change: ResourceChange): string => resources[change.address]?.id ?? resources[change.moved_from ?? '']?.id ?? requireId(change);

  // Some providers' ids embed the id of what they live in (a pipeline's id names its
  // repository). When a change renamed such a parent, find its dependents again by
  // natural key so state keeps pointing at them.
  const rebindDependents = async (parent: string): Promise<void> => {
    const dependents = Object.entries(resources).filter(([, r]) => r.depends_on.includes(parent));
    const listed = new Map<string, Promise<Map<string, string>>>();
    for (const [address, entry] of dependents) {
      const handler = input.handlerOf(entry.provider, entry.kind);
      if (!handler) continue;
      const resolved = resolveReferences(entry.kind, entry.spec, (a) => resources[a]?.id);
      if (resolved.missing) continue;
      const slot = `${entry.provider}/${entry.kind}`;
      if (!listed.has(slot)) listed.set(slot, handler.list({ details: new Map() }).then((all) => new Map(all.map((raw) => handler.normalize(raw)).map((o) => [handler.naturalKey(o.spec), o.id]))));
      const key = handler.naturalKey(resolved.spec);
      const id = (await listed.get(slot))?.get(key);
      const current = resources[address];
      if (id !== undefined && current) resources[address] = { ...current, id, natural_key: key };
    }
  };

  const execute = async (change: ResourceChange): Promise<string | undefined> => {
    const handler = handlerFor(change);
    switch (change.action) {
      case 'create':
        return createObject(change, handler);
      case 'move':
        return moveObject(change, handler);
      case 'delete':
        await deleteObject(change, handler, currentId(change));
        return undefined;
      case 'replace':
        await deleteObject(change, handler, currentId(change));
        return createObject(change, handler);
      case 'import':
      case 'update':
      case 'no-op': {
        const id = currentId(change);
        const managedChanges = change.fields.filter((f) => !f.after_unknown);
        if (change.action !== 'import' && managedChanges.length === 0) {
          // Only state changes: a move of its address, or lifecycle.prevent_destroy recorded.
          recordEntry(change, id, resources[change.moved_from ?? change.address]?.natural_key ?? '');
          await writeState();
          return id;
        }
        const spec = resolve(change);
        const naturalKey = handler.naturalKey(spec);
        const seq = await journal.begin(intentOf(change, change.action === 'import' ? 'import' : 'update', naturalKey));
        let finalId = id;
        if (managedChanges.length > 0) {
          const fieldChanges = managedChanges.map((f) => ({ field: f.field, before: f.before, after: spec[f.field] }));
          const updated = handler.normalize(await providerCall(change, () => handler.update(id, spec, fieldChanges)));
          finalId = updated.id;
        }
        recordEntry(change, finalId, naturalKey);
        if (finalId !== id) await rebindDependents(change.address);
        await writeState();
        await journal.end(seq);
        return finalId;
      }
    }
  };

  const walk = await walkGraph(
    graph,
    async (address) => {
      const change = byAddress.get(address);
      if (!change) return;
      input.onEvent?.({ type: 'started', change });
      await auditEntry(change, 'started');
      const started = Date.now();
      try {
        const id = await execute(change);
        outcomes.push({ address, action: change.action, status: 'succeeded', id, provider: landedOn.get(address) ?? change.provider });
        await auditEntry(change, 'succeeded');
        input.onEvent?.({ type: 'succeeded', change, id, ms: Date.now() - started });
      } catch (error) {
        const diagnostic = error instanceof ChangeFailure ? error.diagnostic : errorDiagnostic('apply.failed', describeProviderError(error).summary, { address });
        outcomes.push({ address, action: change.action, status: 'failed', diagnostic });
        await auditEntry(change, 'failed', diagnostic.summary);
        input.onEvent?.({ type: 'failed', change, diagnostic });
        throw error;
      }
    },
    input.parallelism,
  );

  for (const [address, outcome] of walk) {
    if (outcome.status !== 'skipped') continue;
    const change = byAddress.get(address);
    if (!change) continue;
    const because = `${outcome.because} failed`;
    outcomes.push({ address, action: change.action, status: 'skipped', because });
    await auditEntry(change, 'skipped', `skipped: ${because}`);
    input.onEvent?.({ type: 'skipped', change, because });
  }
  await writes;
  outcomes.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return { outcomes, state: { lineage: written.lineage, serial: written.serial, resources }, failovers };
}

/** Repository settings that would refuse or spoil the push of every ref if set before it. */
const afterMirror = ['default_branch', 'branch_protection', 'archived'];

const mirrorNotGiven: MirrorRepository = () => Promise.reject(new Error('no way to copy git refs was given to apply'));

function requireId(change: ResourceChange): string {
  if (change.id === undefined) throw new Error(`plan change ${change.address} (${change.action}) has no id`);
  return change.id;
}

function intentOf(change: ResourceChange, action: 'create' | 'update' | 'delete' | 'import', naturalKey: string) {
  return {
    address: change.address,
    action,
    kind: change.kind,
    provider: change.provider,
    natural_key: naturalKey,
    spec: { ...(change.spec ?? {}) },
    depends_on: [...change.depends_on],
  };
}
