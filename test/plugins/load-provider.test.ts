import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/diagnostics/diagnostic.js';
import { createCatalog, loadBuiltinCatalog, readPluginManifest } from '../../src/plugins/builtin-catalog.js';
import { startProvider } from '../../src/plugins/load-provider.js';
import { ProviderTraffic } from '../../src/transport/provider-traffic.js';
import { defaultResilience } from '../../src/config/decode-routing.js';

function pluginFolder(manifest: unknown, module?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mosaic-plugin-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mosaic-plugin.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  if (module !== undefined) writeFileSync(join(dir, 'index.mjs'), module);
  return dir;
}

const manifest = { name: 'toy', version: '1.0.0', main: 'index.mjs', kinds: ['repository'], settings: { type: 'object' } };

async function diagnosticsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DiagnosticError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected a DiagnosticError');
}

describe('plugins', () => {
  it('finds the built-in local plugin without importing its code', () => {
    const { catalog, diagnostics } = loadBuiltinCatalog();
    expect(diagnostics).toEqual([]);
    expect(catalog.find('local')).toMatchObject({ name: 'local', kinds: ['repository', 'pipeline', 'space', 'page', 'project', 'issue'] });
  });

  it('reports an unreadable or invalid manifest naming its file', () => {
    const broken = join(pluginFolder('{ not json'), 'mosaic-plugin.json');
    expect(readPluginManifest(broken).diagnostics[0]).toMatchObject({ code: 'plugin.bad-manifest', summary: `cannot read plugin manifest ${broken}` });
    const invalid = join(pluginFolder({ ...manifest, kinds: ['spaceship'] }), 'mosaic-plugin.json');
    const d = readPluginManifest(invalid).diagnostics[0];
    expect(d).toMatchObject({ code: 'plugin.bad-manifest', summary: `invalid plugin manifest ${invalid}` });
    expect(d?.hint).toContain('/kinds/0');
  });

  it('turns a module that fails to load, lacks createProvider, or whose factory throws into diagnostics', async () => {
    const start = async (module: string) => {
      const read = readPluginManifest(join(pluginFolder(manifest, module), 'mosaic-plugin.json'));
      const catalog = createCatalog(read.value ? [read.value] : []);
      return diagnosticsOf(startProvider({ name: 'mine', type: 'toy', settings: {}, settingVariables: {}, resilience: defaultResilience, range: undefined }, catalog, '/tmp', new ProviderTraffic(undefined)));
    };
    expect((await start('throw new Error("syntax of a sort");'))[0]).toMatchObject({ code: 'plugin.load-failed', hint: 'syntax of a sort' });
    expect((await start('export const somethingElse = 1;'))[0]?.code).toBe('plugin.missing-export');
    expect((await start('export async function createProvider() { throw new Error("no token"); }'))[0]).toMatchObject({ code: 'plugin.factory-failed', hint: 'no token' });
    const ok = readPluginManifest(join(pluginFolder(manifest, 'export async function createProvider() { return { handlers: {}, health: async () => ({ reachable: true }), close: async () => {} }; }'), 'mosaic-plugin.json'));
    const instance = await startProvider({ name: 'mine', type: 'toy', settings: {}, settingVariables: {}, resilience: defaultResilience, range: undefined }, createCatalog(ok.value ? [ok.value] : []), '/tmp', new ProviderTraffic(undefined));
    expect(await instance.health()).toEqual({ reachable: true });
  });
});
