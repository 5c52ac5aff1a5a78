// PluginCatalog: what config decoding needs to know of the provider plugins (their types,
// kinds and settings schemas) without loading any plugin code.
import type { ResourceKind } from '../resources/resource-kind.js';

export interface PluginDescription {
  readonly name: string;
  readonly version: string;
  readonly kinds: readonly ResourceKind[];
  /** JSON Schema of an instance's settings (the keys beside `type`). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** Absolute path of mosaic-plugin.json. */
  readonly manifestPath: string;
  /** Absolute path of the module exporting createProvider. */
  readonly modulePath: string;
  /** `built-in`, or the config's `plugins:` entry that brought it. */
  readonly source: string;
}

export interface PluginCatalog {
  find(type: string): PluginDescription | undefined;
  /** Every known plugin, sorted by name. */
  list(): readonly PluginDescription[];
}
