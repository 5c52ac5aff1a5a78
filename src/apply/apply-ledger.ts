// What one apply has done so far: the state entries as its changes left them, where each
// object landed, the failovers taken and the outcomes. Writes of the state are group-
// committed: a change whose write is not yet under way joins the next write, which snapshots
// the entries when it starts and so includes every change recorded before it.
import type { ResourceChange } from '../plan/plan.js';
import { renameAddress } from '../state/rename-address.js';
import type { State, StateResource, StateStore } from '../state/state.js';
import type { ChangeOutcome, Failover } from './apply-events.js';

export interface ApplyLedger {
  /** The entry at `address` as this apply has made it so far. */
  entry(address: string): StateResource | undefined;
  entries(): readonly (readonly [string, StateResource])[];
  /** Records the object a change made or changed: id, natural key, and where it lives. */
  record(change: ResourceChange, object: RecordedObject): void;
  /** Replaces an entry as it is (a rebinding of its id). */
  put(address: string, entry: StateResource): void;
  remove(address: string): void;
  /** Writes the entries to the store, grouped with any other change recorded meanwhile. */
  write(): Promise<void>;
  /** The provider a change's object landed on, when a failover took it elsewhere. */
  landedOn(address: string): string | undefined;
  land(address: string, provider: string): void;
  readonly failovers: Failover[];
  readonly outcomes: ChangeOutcome[];
  /** Waits for the writes under way and gives the state as last written, with every entry. */
  settle(): Promise<State>;
}

export interface RecordedObject {
  readonly id: string;
  readonly naturalKey: string;
  /** Where it lives, when not the change's planned provider (a failover). */
  readonly provider?: string;
  /** Why it was placed where it is, when not the plan's reason (a failover). */
  readonly placementNote?: string;
}

export function createApplyLedger(store: StateStore, initial: State, now: () => string): ApplyLedger {
  let resources: Record<string, StateResource> = { ...initial.resources };
  let written: State = initial;
  let writes: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  const landed = new Map<string, string>();
  return {
    entry: (address) => resources[address],
    entries: () => Object.entries(resources),
    record(change, object) {
      if (change.moved_from && change.moved_from in resources) resources = renameAddress(resources, change.moved_from, change.address);
      const previous = resources[change.address];
      const planned = change.placement;
      const placement = planned
        ? { ...(planned.rule ? { rule: planned.rule } : {}), ...(planned.strategy ? { strategy: planned.strategy } : {}), reason: object.placementNote ?? planned.reason }
        : previous?.placement;
      resources[change.address] = {
        kind: change.kind,
        name: change.name,
        provider: object.provider ?? change.provider,
        id: object.id,
        natural_key: object.naturalKey,
        spec: { ...(change.spec ?? {}) },
        depends_on: [...change.depends_on],
        ...(change.prevent_destroy ? { prevent_destroy: true } : {}),
        ...(placement ? { placement } : {}),
        created_at: previous?.created_at ?? now(),
        updated_at: now(),
      };
    },
    put(address, entry) {
      resources[address] = entry;
    },
    remove(address) {
      delete resources[address];
    },
    write() {
      if (queued) return queued;
      const next = writes.then(async () => {
        queued = undefined;
        written = await store.write({ lineage: written.lineage, serial: written.serial, resources: { ...resources } });
      });
      queued = next;
      writes = next.catch(() => undefined);
      return next;
    },
    landedOn: (address) => landed.get(address),
    land: (address, provider) => void landed.set(address, provider),
    failovers: [],
    outcomes: [],
    async settle() {
      await writes;
      return { lineage: written.lineage, serial: written.serial, resources };
    },
  };
}
