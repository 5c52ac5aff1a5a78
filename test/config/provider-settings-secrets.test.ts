import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { formatDiagnostics } from '../../src/diagnostics/format-diagnostic.js';
import type { PluginCatalog, PluginDescription } from '../../src/plugins/plugin-catalog.js';
import { writeTempConfig } from './temp-config.js';

const vault: PluginDescription = {
  name: 'vault',
  version: '1.0.0',
  kinds: ['repository'],
  settings: {
    type: 'object',
    additionalProperties: false,
    properties: { token: { type: 'string', pattern: '^ghp_[A-Za-z0-9]{36}$' }, mode: { type: 'string', enum: ['read', 'write'] } },
  },
  manifestPath: '/plugins/vault/mosaic-plugin.json',
  modulePath: '/plugins/vault/index.js',
  source: 'built-in',
};
const catalog: PluginCatalog = { find: (t) => (t === 'vault' ? vault : undefined), list: () => [vault] };

describe('provider settings diagnostics', () => {
  it('never echo a setting value, which may be a credential from the environment', async () => {
    const dir = writeTempConfig({
      'mosaic.yaml': 'version: 1\nproviders:\n  gh:\n    type: vault\n    token: ${env:TOKEN}\n    mode: ${env:MODE}\n',
    });
    const result = await loadConfig(dir, { cwd: process.cwd(), env: { TOKEN: 'not-a-token-SECRET1', MODE: 'SECRET2' }, plugins: catalog });
    const text = formatDiagnostics(result.diagnostics);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['config.provider-settings', 'config.provider-settings']);
    expect(text).toContain('setting "token" of provider "gh"');
    expect(text).not.toContain('SECRET1');
    expect(text).not.toContain('SECRET2');
  });

  it('name the provider and setting whose variable is unset', async () => {
    const dir = writeTempConfig({ 'mosaic.yaml': 'version: 1\nproviders:\n  gh:\n    type: vault\n    token: ${env:GH_TOKEN}\n' });
    const result = await loadConfig(dir, { cwd: process.cwd(), env: {}, plugins: catalog });
    expect(result.diagnostics.map((d) => d.summary)).toEqual(['environment variable GH_TOKEN is not set (the token of provider "gh")']);
  });
});
