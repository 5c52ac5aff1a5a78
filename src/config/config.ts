// Config: the configuration decoded and checked, ready for routing and planning. RawConfig
// (src/generated/mosaic.ts) is the same thing as written.
import type { SourceRange } from '../diagnostics/diagnostic.js';
import type { PluginCatalog } from '../plugins/plugin-catalog.js';
import type { ProviderConfig } from '../plugins/provider-config.js';
import type { ResourceKind } from '../resources/resource-kind.js';

export interface Lifecycle {
  readonly preventDestroy: boolean;
  readonly ignoreChanges: readonly string[];
}

/** A reference from one resource's field to another resource of the config. */
export interface ResourceReference {
  readonly field: string;
  /** Address of the resource referred to, e.g. repository.api */
  readonly address: string;
}

export interface ConfigResource {
  /** KIND.NAME */
  readonly address: string;
  readonly kind: ResourceKind;
  readonly name: string;
  /** The provider instance named by `provider:`, if any. */
  readonly provider: string | undefined;
  readonly labels: Readonly<Record<string, string>>;
  readonly tenant: string | undefined;
  readonly lifecycle: Lifecycle;
  /**
   * The managed fields (meta fields removed, defaults such as the live name filled in);
   * reference fields hold resource names as written.
   */
  readonly spec: Readonly<Record<string, unknown>>;
  readonly references: readonly ResourceReference[];
  /** Where the resource is declared (its name key). */
  readonly range: SourceRange;
}

export type RoutingStrategy = 'round-robin' | 'weighted' | 'least-connections' | 'health-based' | 'adaptive';

/** What a rule applies to; an absent key matches anything. */
export interface RoutingMatch {
  readonly kinds?: readonly ResourceKind[];
  /** Globs on the resource name; any may match. */
  readonly names?: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
  readonly tenants?: readonly string[];
}

export interface RoutingRule {
  /** The rule's `name`, or rules[INDEX]. */
  readonly name: string;
  readonly index: number;
  readonly match: RoutingMatch;
  /** Candidate provider instances, in order of preference. */
  readonly to: readonly string[];
  readonly strategy: RoutingStrategy;
  /** weighted only: provider -> weight (every candidate has one). */
  readonly weights: Readonly<Record<string, number>>;
  readonly failover: boolean;
  /** The candidates to try when the chosen one is unavailable, in order. */
  readonly failoverOrder: readonly string[];
  readonly range: SourceRange | undefined;
}

export interface RoutingConfig {
  readonly rules: readonly RoutingRule[];
  readonly defaultStrategy: RoutingStrategy;
}

export interface MovedBlock {
  readonly from: string;
  readonly to: string;
  readonly range: SourceRange;
}

export interface StateSettings {
  readonly backend: 'local' | 'postgres';
  /**
   * Absolute folder on this machine: the local state, or with the postgres backend the local
   * caches (the providers' ETag cache) and the selected workspace.
   */
  readonly path: string;
  /** Set when the config writes `url`: the postgres backend, or the target of `state migrate --to postgres`. */
  readonly postgres?: PostgresStateSettings;
}

export interface PostgresStateSettings {
  /** The connection URL with ${env:...} resolved; may hold a password, so never printed or stored. */
  readonly url: string;
  /** The PostgreSQL schema of mosaic's tables. */
  readonly schema: string;
  /** Where the url is written, for diagnostics about connecting. */
  readonly urlRange: SourceRange;
}

export interface Config {
  /** Absolute folder the config was read from; relative paths resolve against it. */
  readonly dir: string;
  /** The files read, absolute, sorted. */
  readonly files: readonly string[];
  readonly providers: ReadonlyMap<string, ProviderConfig>;
  readonly routingDefaults: Readonly<Partial<Record<ResourceKind, string>>>;
  readonly routing: RoutingConfig;
  readonly state: StateSettings;
  readonly moved: readonly MovedBlock[];
  /** Sorted by address. */
  readonly resources: readonly ConfigResource[];
  /** The provider plugins this config can use: the built-in ones and those `plugins:` adds. */
  readonly plugins: PluginCatalog;
  /** SHA-256 (hex) of the decoded config; a saved plan is refused when it differs. */
  readonly hash: string;
}
