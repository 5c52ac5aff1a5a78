// Finding the files of a config: a file, a directory of *.yaml / *.yml, and what goes wrong.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createFakePluginCatalog } from './fake-plugin-catalog.js';
import { writeTempConfig } from './temp-config.js';

const options = { cwd: process.cwd(), env: {}, plugins: createFakePluginCatalog() };

describe('reading config files', () => {
  test('a missing path is config.not-found', async () => {
    const result = await loadConfig(join(writeTempConfig({}), 'nope.yaml'), options);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.range])).toEqual([['config.not-found', undefined]]);
  });

  test('a directory without yaml files is config.no-files', async () => {
    const dir = writeTempConfig({ 'README.md': '# not config', '.hidden.yaml': 'version: 1\n' });
    const result = await loadConfig(dir, options);
    expect(result.diagnostics.map((d) => [d.code, d.range])).toEqual([['config.no-files', undefined]]);
  });

  test('reads *.yaml and *.yml directly in the directory, sorted, not recursively', async () => {
    const dir = writeTempConfig({ 'b.yml': 'resources:\n  space:\n    b: {}\n', 'a.yaml': 'version: 1\n', 'notes.txt': 'x' });
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'c.yaml'), 'this is: [not read');
    const result = await loadConfig(dir, options);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.files).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yml')]);
    expect(result.value?.resources.map((r) => r.address)).toEqual(['space.b']);
  });

  test('names files as the user gave the path (relative stays relative)', async () => {
    const dir = writeTempConfig({ 'mosaic.yaml': 'version: 1\nresources:\n  repository:\n    api: {archived: 1}\n' });
    const given = relative(process.cwd(), dir);
    const result = await loadConfig(given, options);
    expect(result.diagnostics.map((d) => d.range?.file)).toEqual([join(given, 'mosaic.yaml')]);
    const direct = await loadConfig(join(given, 'mosaic.yaml'), options);
    expect(direct.diagnostics.map((d) => d.range?.file)).toEqual([join(given, 'mosaic.yaml')]);
  });

  test('merges moved lists and reports errors of every file, sorted by place', async () => {
    const dir = writeTempConfig({
      'a.yaml': 'version: 1\nmoved:\n  - {from: space.old, to: space.new}\nresources:\n  space:\n    new: {}\n    x: {provider: nope}\n',
      'b.yaml': 'moved:\n  - {from: space.older, to: space.newer}\nresources:\n  space:\n    newer: {titel: x}\n',
    });
    const result = await loadConfig(dir, options);
    expect(result.diagnostics.map((d) => `${relative(dir, d.range?.file ?? '')}:${String(d.range?.line)} ${d.code}`)).toEqual([
      'a.yaml:7 config.unknown-provider',
      'b.yaml:5 config.unknown-field',
    ]);
  });

  test('a duplicate address names the first declaration in its hint', async () => {
    const dir = writeTempConfig({ 'a.yaml': 'version: 1\nresources:\n  space:\n    eng: {}\n', 'b.yaml': 'resources:\n  space:\n    eng: {}\n' });
    const result = await loadConfig(dir, options);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'config.duplicate-address', address: 'space.eng', range: { file: join(dir, 'b.yaml'), line: 3, column: 5 } });
    expect(result.diagnostics[0]?.hint).toContain(`${join(dir, 'a.yaml')}:4`);
  });
});
