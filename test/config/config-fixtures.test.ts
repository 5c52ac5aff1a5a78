// Every fixture of test/fixtures/config marks, with `# ERROR: <code>`, each line where a
// diagnostic must fire; the fixture test compares the (file, line, code) sets exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { formatDiagnostics } from '../../src/diagnostics/format-diagnostic.js';
import { createFakePluginCatalog } from './fake-plugin-catalog.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'config');
const env = { MOSAIC_TEST_ROOT: '/srv/mosaic', MOSAIC_TEST_USER: 'alice' };
const marker = /#\s*ERROR:\s*(.+)$/;

function readMarkers(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    const codes = marker.exec(line)?.[1]?.split(',') ?? [];
    return codes.map((code) => `${basename(file)}:${String(i + 1)}: ${code.trim()}`);
  });
}

async function loadMarks(path: string): Promise<{ marks: string[]; printed: string }> {
  const result = await loadConfig(path, { cwd: process.cwd(), env, plugins: createFakePluginCatalog() });
  const marks = result.diagnostics.map((d) => `${basename(d.range?.file ?? '?')}:${String(d.range?.line ?? 0)}: ${d.code}`);
  return { marks: marks.sort(), printed: formatDiagnostics(result.diagnostics) };
}

function listYaml(dir: string): string[] {
  return readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
}

describe('invalid config fixtures', () => {
  test.each(listYaml(join(fixtures, 'invalid')))('%s', async (name) => {
    const file = join(fixtures, 'invalid', name);
    const expected = readMarkers(file).sort();
    expect(expected.length).toBeGreaterThan(0);
    const { marks, printed } = await loadMarks(file);
    expect(marks, printed).toEqual(expected);
  });
});

describe('invalid config directory fixtures', () => {
  test.each(readdirSync(join(fixtures, 'invalid-dir')).sort())('%s', async (name) => {
    const dir = join(fixtures, 'invalid-dir', name);
    const expected = listYaml(dir).flatMap((file) => readMarkers(join(dir, file))).sort();
    expect(expected.length).toBeGreaterThan(0);
    const { marks, printed } = await loadMarks(dir);
    expect(marks, printed).toEqual(expected);
  });
});

describe('valid config fixtures', () => {
  test.each(listYaml(join(fixtures, 'valid')))('%s', async (name) => {
    const result = await loadConfig(join(fixtures, 'valid', name), { cwd: process.cwd(), env, plugins: createFakePluginCatalog() });
    expect(formatDiagnostics(result.diagnostics)).toBe('');
    expect(result.value).toBeDefined();
  });
});
