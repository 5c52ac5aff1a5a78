// A PluginCatalog for config tests: `local` manages every kind and takes one `root` setting;
// `docsonly` manages spaces and pages and takes no settings.
import type { PluginCatalog, PluginDescription } from '../../src/plugins/plugin-catalog.js';
import { resourceKinds } from '../../src/resources/resource-kind.js';

const plugins: readonly PluginDescription[] = [
  {
    name: 'docsonly',
    version: '1.0.0',
    kinds: ['space', 'page'],
    settings: { type: 'object', additionalProperties: false, properties: {} },
    manifestPath: '/plugins/docsonly/mosaic-plugin.json',
    modulePath: '/plugins/docsonly/index.js',
    source: 'built-in',
  },
  {
    name: 'local',
    version: '1.0.0',
    kinds: resourceKinds,
    settings: { type: 'object', additionalProperties: false, properties: { root: { type: 'string' } } },
    manifestPath: '/plugins/local/mosaic-plugin.json',
    modulePath: '/plugins/local/index.js',
    source: 'built-in',
  },
];

export function createFakePluginCatalog(): PluginCatalog {
  return {
    find: (type) => plugins.find((p) => p.name === type),
    list: () => plugins,
  };
}
