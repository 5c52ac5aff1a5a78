/* Generated from schemas/ by `npm run gen` (json-schema-to-typescript). Do not edit. */

/**
 * mosaic-plugin.json: what a provider plugin is and manages.
 */
export interface PluginManifest {
  $schema?: string;
  /**
   * The provider type users write in providers.NAME.type.
   */
  name: string;
  version: string;
  description?: string;
  /**
   * The module, relative to the manifest, whose createProvider export is the factory.
   */
  main: string;
  /**
   * @minItems 1
   */
  kinds: [
    'repository' | 'pipeline' | 'space' | 'page' | 'project' | 'issue',
    ...('repository' | 'pipeline' | 'space' | 'page' | 'project' | 'issue')[]
  ];
  /**
   * JSON Schema of an instance's settings (the keys beside `type`).
   */
  settings: {};
  capabilities?: {
    conditional_requests?: boolean;
    bulk_list?: boolean;
    rate_limit_headers?: boolean;
  };
}
