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

/**
 * Which live objects a run needs in full. Reading a setting that costs a request per object
 * (a repository's branch protection, webhooks, collaborators) is done only for the objects
 * named here, and only for the fields named for them; the others may be listed shallow.
 */
export interface ListScope {
  /**
   * Natural key -> the spec fields the run manages on that object (config and state
   * together). A map-valued field also names each of its keys: `branch_protection` comes with
   * `branch_protection.main` for each branch the run manages.
   */
  readonly details: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface KindHandler {
  readonly kind: ResourceKind;
  /** Fields whose change forces replacement. */
  readonly immutable: readonly string[];
  /**
   * Every live object of this kind the instance can see. Refresh uses this, not N reads.
   * Without a scope, every object is read in full.
   */
  list(scope?: ListScope): Promise<readonly RawObject[]>;
  read(id: string): Promise<RawObject | undefined>;
  create(spec: Spec): Promise<RawObject>;
  update(id: string, spec: Spec, changes: readonly FieldChange[]): Promise<RawObject>;
  delete(id: string): Promise<void>;
  /** How to find the live object for a spec that is not in state (import, crash recovery). */
  naturalKey(spec: Spec): string;
  /** Maps the API's shape into the kind's spec shape, so a diff compares like with like. */
  normalize(raw: RawObject): LiveObject;
  /**
   * What in a spec this provider cannot do (a feature the host lacks, a permission or event
   * name it has no word for), one sentence each; the plan reports them as errors.
   */
  check?(spec: Spec): readonly string[];
  /**
   * repository only: where git reaches the repository `id`, so a move can push every ref
   * from the old provider to the new one (git push --mirror).
   */
  gitRemote?(id: string): Promise<GitRemote>;
}

/** A git remote and the HTTP headers that authenticate to it (kept out of argv and output). */
export interface GitRemote {
  /** A URL git understands (https://…, or a path on this machine). */
  readonly url: string;
  /** e.g. Authorization; given to git through its environment, never on the command line. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ProviderHealth {
  /** The instance answered and can be used (false too when it refused the credential). */
  readonly reachable: boolean;
  /** Whether the API accepted the credential; absent when the provider has none or cannot tell. */
  readonly authenticated?: boolean;
  /** The API's rate-limit budget, when it reports one. resetAt: ISO 8601. */
  readonly rateLimit?: { readonly remaining: number; readonly limit: number; readonly resetAt?: string };
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
  /**
   * A fetch for the provider's HTTP API (give it to the SDK). It counts requests for the
   * plan's report and, as asked, answers GETs from an ETag cache kept beside the state and
   * retries transient failures.
   */
  createFetch(options?: FetchOptions): typeof globalThis.fetch;
  /**
   * The instance's retry budget (its `resilience:` settings). createFetch applies it; a plugin
   * whose SDK retries by itself (createFetch retry: false) should give its SDK the same.
   */
  readonly resilience?: RetrySettings;
}

export interface RetrySettings {
  /** Attempts after the first for a retriable failure. */
  readonly retries: number;
  /** Longest Retry-After or rate-limit reset worth waiting for; a longer one fails at once. */
  readonly maxRetryWaitMs: number;
}

export interface FetchOptions {
  /** Send If-None-Match on GETs and serve a 304 from the cache as the 200 it stands for. */
  readonly conditional?: boolean;
  /** A 304 does not count against the API's rate limit (GitHub). */
  readonly notModifiedIsFree?: boolean;
  /**
   * Retry 429s and rate-limit 403s (any method), and 408s, 5xx answers and dropped
   * connections (idempotent methods only); never another 4xx. Leave off when the SDK retries
   * by itself.
   */
  readonly retry?: boolean;
}

export type ProviderFactory = (context: ProviderContext) => Promise<ProviderInstance>;

/** A provider failure the user can act on (bad credentials, a conflict); becomes a diagnostic. */
export class ProviderError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  /**
   * The instance setting at fault (e.g. `token` when the API refused the credential), so the
   * diagnostic can name where its value came from (`${env:GITHUB_TOKEN}`).
   */
  readonly setting: string | undefined;
  constructor(code: string, message: string, hint?: string, setting?: string) {
    super(message);
    this.name = 'ProviderError';
    this.code = code;
    this.hint = hint;
    this.setting = setting;
  }
}
