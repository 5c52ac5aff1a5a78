// createPlan: diffs the config against state and live objects and decides one action per
// resource (create, update, replace, delete, import, no-op), with drift reported apart.
// Pure: no provider calls, no I/O; refresh and routing happen before it.
import type { Config, ConfigResource } from '../config/config.js';
import { errorDiagnostic, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import type { KindHandler, LiveObject, Spec } from '../resources/provider-contract.js';
import { kindTraits, ownershipOf, type ResourceKind } from '../resources/resource-kind.js';
import type { Placement } from '../routing/placement.js';
import { renameAddress } from '../state/rename-address.js';
import type { State, StateResource } from '../state/state.js';
import { comparableDesired, comparableLive } from './comparable-live.js';
import { compareSpecs, valuesEqual } from './compare-specs.js';
import type { LiveIndex } from './live-index.js';
import { holdsSecrets, maskSecrets } from './mask-secrets.js';
import { narrowChanges } from './narrow-changes.js';
import { summarizeChanges, type Drift, type FieldChange, type Plan, type PlanOptions, type ResourceChange } from './plan.js';
import { nameReferences, resolveReferences } from './reference-names.js';

export interface PlanInput {
  readonly config: Config;
  readonly state: State;
  readonly live: LiveIndex;
  readonly handlerOf: (provider: string, kind: ResourceKind) => KindHandler | undefined;
  readonly placements: ReadonlyMap<string, Placement>;
  readonly options: PlanOptions;
  readonly mosaicVersion: string;
}

interface Tracked {
  readonly entry: StateResource;
  readonly movedFrom?: string;
}

export function createPlan(input: PlanInput): Result<Plan> {
  const { config, live, options } = input;
  const diagnostics: Diagnostic[] = [];
  const tracked = applyMovedBlocks(config, input.state);
  const configByAddress = new Map(config.resources.map((r) => [r.address, r]));

  // Ids each address will have when its dependents run, so natural keys can be computed;
  // an address missing here is created or replaced by this plan.
  const knownIds = new Map<string, string>();
  const namesById = new Map<string, string>();
  const rememberId = (provider: string, kind: ResourceKind, address: string, id: string): void => {
    knownIds.set(address, id);
    namesById.set(`${provider}\u0000${kind}\u0000${id}`, address.slice(kind.length + 1));
  };
  for (const [address, { entry }] of tracked) {
    if (live.byId(entry.provider, entry.kind, entry.id)) rememberId(entry.provider, entry.kind, address, entry.id);
  }
  const toMosaicTerms = (provider: string, kind: ResourceKind, object: LiveObject): Record<string, unknown> =>
    nameReferences(kind, object.spec, (refKind, id) => namesById.get(`${provider}\u0000${refKind}\u0000${id}`));

  const changes: ResourceChange[] = [];
  const drift: Drift[] = [];

  /** Records the drift of a tracked resource; true when there is any. */
  const record = (address: string, kind: ResourceKind, t: Tracked, liveObject: LiveObject | undefined, ignored: readonly string[]): boolean => {
    if (!liveObject) {
      drift.push({ address, kind, provider: t.entry.provider, id: t.entry.id, deleted: true, fields: [] });
      return true;
    }
    const recorded = comparableDesired(kind, t.entry.spec);
    const liveSpec = comparableLive(kind, toMosaicTerms(t.entry.provider, kind, liveObject), recorded, t.entry.spec);
    const fields = annotate(kind, recorded, compareSpecs(Object.keys(t.entry.spec).filter((f) => !ignored.includes(f)), recorded, liveSpec));
    if (fields.length > 0) drift.push({ address, kind, provider: t.entry.provider, id: t.entry.id, deleted: false, fields });
    return fields.length > 0;
  };

  if (!options.destroy) {
    for (const resource of orderByReferences(config.resources)) {
      const placement = input.placements.get(resource.address);
      const handler = placement && input.handlerOf(placement.provider, resource.kind);
      if (!placement || !handler) continue; // routing already reported it
      for (const problem of handler.check?.(resource.spec) ?? []) diagnostics.push(unsupportedError(resource, placement.provider, problem));
      const t = tracked.get(resource.address);
      const liveObject = t ? live.byId(t.entry.provider, resource.kind, t.entry.id) : undefined;
      // Plans and state hold secret hashes only; apply takes the plaintext from the config.
      const masked = maskSecrets(resource.kind, resource.spec);
      const desired = comparableDesired(resource.kind, masked);
      const diff = (fields: readonly string[], object: LiveObject | undefined) =>
        annotate(resource.kind, desired, compareSpecs(fields, object ? comparableLive(resource.kind, toMosaicTerms(placement.provider, resource.kind, object), desired, t?.entry.spec) : {}, desired));
      const drifted = t ? record(resource.address, resource.kind, t, liveObject, resource.lifecycle.ignoreChanges) : false;
      const base = {
        address: resource.address,
        kind: resource.kind,
        name: resource.name,
        provider: placement.provider,
        spec: { ...masked },
        depends_on: resource.references.map((r) => r.address).sort(),
        ...(resource.lifecycle.preventDestroy ? { prevent_destroy: true } : {}),
        ...(t?.movedFrom ? { moved_from: t.movedFrom } : {}),
      };
      const managed = Object.keys(resource.spec).sort();
      const placed = placementOf(placement);

      // The config no longer admits the provider state places it on: a move, if there is
      // anything to move (an object deleted outside mosaic is simply created again).
      const oldLive = t ? live.byId(t.entry.provider, resource.kind, t.entry.id) : undefined;
      if (t && placement.moveFrom !== undefined && placement.provider !== t.entry.provider && oldLive) {
        const oldHandler = input.handlerOf(t.entry.provider, resource.kind);
        if (resource.kind === 'repository' && (!handler.gitRemote || !oldHandler?.gitRemote)) {
          diagnostics.push(moveUnsupportedError(resource, t.entry.provider, placement.provider));
        }
        knownIds.delete(resource.address);
        // A move an interrupted run began may have created the object already: take it.
        const resolvedSpec = resolveReferences(resource.kind, resource.spec, (a) => knownIds.get(a));
        const key = resolvedSpec.missing ? undefined : handler.naturalKey(resolvedSpec.spec);
        const made = key === undefined ? undefined : live.byNaturalKey(placement.provider, resource.kind, key);
        const existing = made && !isClaimedByOther(tracked, resource.address, placement.provider, resource.kind, made.id) ? made : undefined;
        changes.push({
          ...base,
          action: 'move',
          ...(existing ? { id: existing.id } : {}),
          move: { provider: t.entry.provider, id: t.entry.id, delete: options.allowMoveDelete === true },
          fields: diff(managed, existing),
          reason: placement.reason,
          placement: placed,
        });
        continue;
      }

      if (t && liveObject) {
        const comparable = managed.filter((f) => !resource.lifecycle.ignoreChanges.includes(f));
        const fields = diff(comparable, liveObject);
        const forced = fields.filter((f) => forcesReplacement(handler.immutable, f));
        const replace = forced.length > 0 || options.replace.includes(resource.address);
        for (const f of forced) f.forces_replacement = true;
        if (replace && resource.lifecycle.preventDestroy) diagnostics.push(preventDestroyError(resource.address, 'replace', resource));
        if (replace) knownIds.delete(resource.address);
        // prevent_destroy is kept in state, so turning it on or off is a change of state alone.
        const guardChanged = Boolean(t.entry.prevent_destroy) !== resource.lifecycle.preventDestroy;
        // Live drifted to what the config now says: nothing to change live, but state must
        // learn the new values or the drift would be reported forever.
        const driftAccepted = drifted && fields.length === 0;
        const action = replace ? 'replace' : fields.length > 0 || t.movedFrom || guardChanged || driftAccepted ? 'update' : 'no-op';
        const reason = replace
          ? forced.length > 0 ? `${forced.map((f) => f.field).join(', ')} cannot change in place` : 'replacement requested with --replace'
          : fields.length > 0 ? undefined
          : t.movedFrom ? `moved from ${t.movedFrom}`
          : guardChanged ? `records lifecycle.prevent_destroy = ${String(resource.lifecycle.preventDestroy)} in state`
          : driftAccepted ? 'the config now matches the live object; records it in state'
          : undefined;
        changes.push({ ...base, action, id: t.entry.id, fields, ...(reason ? { reason } : {}) });
        continue;
      }

      // Not in state, or its live object is gone: adopt a live object with the same natural
      // key rather than fail on "already exists", else create.
      const resolved = resolveReferences(resource.kind, resource.spec, (a) => knownIds.get(a));
      const key = resolved.missing ? undefined : handler.naturalKey(resolved.spec);
      const claimed = key === undefined ? undefined : live.byNaturalKey(placement.provider, resource.kind, key);
      const adoptable = claimed && !isClaimedByOther(tracked, resource.address, placement.provider, resource.kind, claimed.id) ? claimed : undefined;
      if (adoptable && key !== undefined) {
        rememberId(placement.provider, resource.kind, resource.address, adoptable.id);
        const comparable = managed.filter((f) => !resource.lifecycle.ignoreChanges.includes(f));
        const fields = diff(comparable, adoptable);
        const reason = t ? 'its recorded object is gone; adopting the live one with the same natural key' : `exists on ${placement.provider} but not in state`;
        changes.push({ ...base, action: 'import', id: adoptable.id, natural_key: key, fields, reason });
        continue;
      }
      const fields = diff(managed, undefined);
      const reason = t ? 'deleted outside mosaic' : placement.reason;
      changes.push({ ...base, action: 'create', fields, reason, placement: placed });
    }
  }

  const dependentsOf = new Map<string, string[]>();
  for (const [address, t] of tracked) {
    for (const dependency of t.entry.depends_on) {
      const list = dependentsOf.get(dependency) ?? [];
      list.push(address);
      dependentsOf.set(dependency, list);
    }
  }
  for (const [address, t] of tracked) {
    const resource = configByAddress.get(address);
    if (resource && !options.destroy) continue;
    const liveObject = live.byId(t.entry.provider, t.entry.kind, t.entry.id);
    record(address, t.entry.kind, t, liveObject, resource?.lifecycle.ignoreChanges ?? []);
    if (resource?.lifecycle.preventDestroy || t.entry.prevent_destroy) diagnostics.push(preventDestroyError(address, 'delete', resource));
    const dependents = dependentsOf.get(address) ?? [];
    changes.push({
      address,
      kind: t.entry.kind,
      name: t.entry.name,
      provider: t.entry.provider,
      action: 'delete',
      id: t.entry.id,
      fields: annotate(t.entry.kind, t.entry.spec, compareSpecs(Object.keys(t.entry.spec).sort(), t.entry.spec, {})),
      depends_on: [...dependents].sort(),
      reason: options.destroy ? 'destroy' : liveObject ? 'no longer in the config' : 'no longer in the config (already gone live)',
      ...(t.movedFrom ? { moved_from: t.movedFrom } : {}),
    });
  }

  const scoped = narrowChanges(sortByAddress(changes), options);
  diagnostics.push(...scoped.diagnostics);
  const inScope = new Set(scoped.changes.map((c) => c.address));
  const scopedDrift = sortByAddress(drift).filter((d) => inScope.has(d.address));
  const errors = diagnostics.filter((d) => inScope.has(d.address ?? '') || !d.address);
  if (errors.length > 0) return { value: undefined, diagnostics: errors };
  return {
    value: {
      format_version: 1,
      mosaic_version: input.mosaicVersion,
      command: options.destroy ? 'destroy' : 'apply',
      lineage: input.state.lineage,
      serial: input.state.serial,
      config_hash: config.hash,
      options: { target: [...options.target], exclude: [...options.exclude], replace: [...options.replace], ...(options.allowMoveDelete === true ? { allow_move_delete: true } : {}) },
      drift: scopedDrift,
      changes: scoped.changes,
      summary: summarizeChanges(scoped.changes, scopedDrift),
    },
    diagnostics: [],
  };
}

/** State entries keyed by the address they have now, after the config's moved blocks. */
function applyMovedBlocks(config: Config, state: State): Map<string, Tracked> {
  let resources: Record<string, StateResource> = { ...state.resources };
  const movedFrom = new Map<string, string>();
  for (const { from, to } of config.moved) {
    if (!(from in resources) || to in resources) continue;
    resources = renameAddress(resources, from, to);
    movedFrom.set(to, from);
  }
  return new Map(Object.entries(resources).map(([address, entry]) => {
    const from = movedFrom.get(address);
    return [address, from ? { entry, movedFrom: from } : { entry }];
  }));
}

function isClaimedByOther(tracked: ReadonlyMap<string, Tracked>, address: string, provider: string, kind: ResourceKind, id: string): boolean {
  for (const [other, t] of tracked) {
    if (other !== address && t.entry.provider === provider && t.entry.kind === kind && t.entry.id === id) return true;
  }
  return false;
}

/** Resources with every resource they reference before them (the config has no cycles). */
function orderByReferences(resources: readonly ConfigResource[]): ConfigResource[] {
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  const done = new Set<string>();
  const out: ConfigResource[] = [];
  const visit = (r: ConfigResource): void => {
    if (done.has(r.address)) return;
    done.add(r.address);
    for (const ref of r.references) {
      const target = byAddress.get(ref.address);
      if (target) visit(target);
    }
    out.push(r);
  };
  resources.forEach(visit);
  return out;
}

function sortByAddress<T extends { address: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

/**
 * Whether a change touches an immutable path: a field (`name`) or a setting inside one
 * (`mirror.url`: the mirror's interval may change in place, its source may not).
 */
function forcesReplacement(immutable: readonly string[], change: FieldChange): boolean {
  return immutable.some((path) => {
    const [field, ...inner] = path.split('.');
    if (field !== change.field) return false;
    if (inner.length === 0) return true;
    const at = (value: unknown): unknown => inner.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
    // Setting or removing the whole field is a replacement only if the inner value changes with it.
    return !valuesEqual(change.field, at(change.before), at(change.after));
  });
}

/** Marks list-valued fields with their ownership and secret-holding fields as sensitive. */
function annotate(kind: ResourceKind, desired: Spec, fields: FieldChange[]): FieldChange[] {
  for (const change of fields) {
    const list = kindTraits[kind].ownedLists.find((l) => l.field === change.field);
    if (list) change.ownership = ownershipOf(desired, list);
    if (holdsSecrets(kind, change.field)) change.sensitive = true;
  }
  return fields;
}

/** The plan's record of a placement: the rule and strategy that chose it, and where a create may fail over. */
function placementOf(placement: Placement): NonNullable<ResourceChange['placement']> {
  return {
    ...(placement.rule === undefined ? {} : { rule: placement.rule }),
    ...(placement.strategy === undefined ? {} : { strategy: placement.strategy }),
    reason: placement.reason,
    ...(placement.failover.length > 0 ? { failover: [...placement.failover] } : {}),
  };
}

function moveUnsupportedError(resource: ConfigResource, from: string, to: string): Diagnostic {
  return errorDiagnostic('plan.move-unsupported', `${resource.address} would move from ${from} to ${to}, but one of them cannot give a git remote to copy the repository's refs`, {
    hint: `Keep ${resource.address} on ${from} (list it in the rule's \`to\`, or set \`provider: ${from}\`), or move it by hand and \`mosaic state rm\` + \`mosaic import\` it.`,
    address: resource.address,
    range: resource.range,
  });
}

function unsupportedError(resource: ConfigResource, provider: string, problem: string): Diagnostic {
  return errorDiagnostic('plan.unsupported', `${resource.address}: ${problem}`, {
    hint: `Provider "${provider}" cannot do this. Remove the setting, or route ${resource.address} to a provider that can.`,
    address: resource.address,
    range: resource.range,
  });
}

function preventDestroyError(address: string, action: 'delete' | 'replace', resource: ConfigResource | undefined): Diagnostic {
  const hint = resource
    ? `Remove lifecycle.prevent_destroy from ${address} if the ${action} is intended, or change the config so it is not needed.`
    : `${address} was applied with lifecycle.prevent_destroy and is no longer in the config. Put it back, or run \`mosaic state rm ${address}\` to stop managing it without deleting it.`;
  return errorDiagnostic('plan.prevent-destroy', `${address} has lifecycle.prevent_destroy set, but the plan would ${action} it`, {
    hint,
    address,
    ...(resource ? { range: resource.range } : {}),
  });
}
