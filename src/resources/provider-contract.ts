// The provider contract: what a provider plugin offers mosaic, per resource kind and per
// instance. Types only; providers import this, and nothing of plan/, apply/ or state/.
import type { ResourceKind } from './resource-kind.js';

/** The managed fields of a resource, references resolved to provider ids. */
export type Spec = Readonly<Record<string, unknown>>;

/** An object as the provider's API returned it, before normalization. */
export interface RawObject {
  readonly id: string;
  readonly data: unknown;
}

/** A live object in the kind's spec shape. */
export interface LiveObject {
  readonly id: string;
  readonly spec: Spec;
}

export interface FieldChange {
  readonly field: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface KindHandler {
  readonly kind: ResourceKind;
  /** Fields whose change forces replacement. */
  readonly immutable: readonly string[];
  /** Every live object of this kind the instance can see. Refresh uses this, not N reads. */
  list(): Promise<readonly RawObject[]>;
  read(id: string): Promise<RawObject | undefined>;
  create(spec: Spec): Promise<RawObject>;
  update(id: string, spec: Spec, changes: readonly FieldChange[]): Promise<RawObject>;
  delete(id: string): Promise<void>;
  /** How to find the live object for a spec that is not in state (import, crash recovery). */
  naturalKey(spec: Spec): string;
  /** Maps the API's shape into the kind's spec shape, so a diff compares like with like. */
  normalize(raw: RawObject): LiveObject;
}

export interface ProviderHealth {
  readonly reachable: boolean;
  readonly detail?: string;
}

export interface ProviderInstance {
  readonly handlers: Partial<Record<ResourceKind, KindHandler>>;
  health(): Promise<ProviderHealth>;
  close(): Promise<void>;
}

export interface ProviderContext {
  /** The instance's name in the config (providers.NAME). */
  readonly name: string;
  /** Settings as validated against the plugin's settings schema; ${env:...} already resolved. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** Folder of the config, against which relative paths in settings resolve. */
  readonly configDir: string;
}

export type ProviderFactory = (context: ProviderContext) => Promise<ProviderInstance>;

/** A provider failure the user can act on (bad credentials, a conflict); becomes a diagnostic. */
export class ProviderError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  constructor(code: string, message: string, hint?: string) {
    super(message);
    this.name = 'ProviderError';
    this.code = code;
    this.hint = hint;
  }
}
