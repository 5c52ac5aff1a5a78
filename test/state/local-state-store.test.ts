import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/diagnostics/diagnostic.js';
import { LocalStateStore } from '../../src/state/local-state-store.js';
import { encodeStateFile } from '../../src/state/state-file.js';
import type { State, StateResource } from '../../src/state/state.js';

function makeResource(name: string, spec: Record<string, unknown> = {}): StateResource {
  return {
    kind: 'repository',
    name,
    provider: 'local',
    id: `id-${name}`,
    natural_key: name,
    spec,
    depends_on: [],
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
  };
}

function makeState(resources: Record<string, StateResource>): State {
  return { lineage: '', serial: 0, resources };
}

async function readCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DiagnosticError) return error.diagnostics[0]?.code;
    throw error;
  }
  return undefined;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mosaic-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('LocalStateStore', () => {
  it('reads an empty state when no file exists', async () => {
    const store = new LocalStateStore(join(dir, 'missing-folder'));
    expect(await store.read()).toEqual({ lineage: '', serial: 0, resources: {} });
  });

  it('writes serial 1 with a new lineage, then serial 2 with the same lineage', async () => {
    const store = new LocalStateStore(join(dir, 'nested', 'state'));
    const first = await store.write(makeState({ 'repository.a': makeResource('a') }));
    expect(first.serial).toBe(1);
    expect(first.lineage).toMatch(/^[0-9a-f-]{36}$/);
    const second = await store.write(makeState({}));
    expect(second).toEqual({ lineage: first.lineage, serial: 2, resources: {} });
    expect(await new LocalStateStore(join(dir, 'nested', 'state')).read()).toEqual(second);
  });

  it('continues the serial and lineage of a state written by an earlier run', async () => {
    const first = await new LocalStateStore(dir).write(makeState({}));
    const next = await new LocalStateStore(dir).write(makeState({}));
    expect(next.serial).toBe(first.serial + 1);
    expect(next.lineage).toBe(first.lineage);
  });

  it('writes a deterministic file with sorted keys', async () => {
    const store = new LocalStateStore(dir);
    const unordered = makeState({
      'repository.b': makeResource('b', { zeta: 1, alpha: { y: 2, x: 1 } }),
      'repository.a': makeResource('a'),
    });
    const written = await store.write(unordered);
    const text = await readFile(store.statePath, 'utf8');
    expect(text).toBe(encodeStateFile(written));
    expect(Object.keys((JSON.parse(text) as { resources: Record<string, unknown> }).resources)).toEqual(['repository.a', 'repository.b']);
    expect(text.indexOf('"alpha"')).toBeLessThan(text.indexOf('"zeta"'));
    expect(text.indexOf('"x"')).toBeLessThan(text.indexOf('"y"'));
    expect(text.startsWith('{\n  "version": 1,')).toBe(true);
  });

  it('reports corrupt JSON as state.invalid with the file and position', async () => {
    const store = new LocalStateStore(dir);
    await writeFile(store.statePath, '{\n  "version": 1,\n  oops\n}');
    try {
      await store.read();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DiagnosticError);
      const diagnostic = (error as DiagnosticError).diagnostics[0];
      expect(diagnostic?.code).toBe('state.invalid');
      expect(diagnostic?.summary).toContain(store.statePath);
      expect(diagnostic?.hint).toBeTruthy();
      expect(diagnostic?.range?.line).toBe(3);
    }
  });

  it('reports a file that breaks the schema as state.invalid', async () => {
    const store = new LocalStateStore(dir);
    await writeFile(store.statePath, JSON.stringify({ version: 1, lineage: 'l', serial: -1, resources: { a: { kind: 'nope' } } }));
    expect(await readCode(store.read())).toBe('state.invalid');
    expect(await readCode(store.write(makeState({})))).toBe('state.invalid');
  });

  it('reports a bad date-time as state.invalid', async () => {
    const store = new LocalStateStore(dir);
    const resource = { ...makeResource('a'), created_at: 'yesterday' };
    await writeFile(store.statePath, JSON.stringify({ version: 1, lineage: 'l', serial: 1, resources: { 'repository.a': resource } }));
    expect(await readCode(store.read())).toBe('state.invalid');
  });

  it('refuses a state file from a newer mosaic', async () => {
    const store = new LocalStateStore(dir);
    await writeFile(store.statePath, JSON.stringify({ version: 2, lineage: 'l', serial: 3, resources: {}, extra: true }));
    expect(await readCode(store.read())).toBe('state.newer-version');
  });

  it('serializes 50 concurrent writes; the file holds the last one', async () => {
    const store = new LocalStateStore(dir);
    const writes = Array.from({ length: 50 }, (_, i) => store.write(makeState({ [`repository.r${String(i)}`]: makeResource(`r${String(i)}`) })));
    const written = await Promise.all(writes);
    expect(written.map((state) => state.serial)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const last = written[49];
    expect(last).toBeDefined();
    const text = await readFile(store.statePath, 'utf8');
    expect(text).toBe(encodeStateFile(last as State));
    expect(await new LocalStateStore(dir).read()).toEqual(last);
  });

  it('never shows a torn file to a reader in another process', async () => {
    const store = new LocalStateStore(dir);
    await store.write(makeState({}));
    const target = 150;
    // The reader stops once it sees the last serial, or after a bounded number of reads.
    const reader = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs');
         let reads = 0, bad = 0, last = 0;
         process.stdout.write('ready\\n');
         while (reads < 200000 && last < ${String(target)}) {
           reads++;
           try { last = JSON.parse(fs.readFileSync(process.argv[1], 'utf8')).serial; } catch { bad++; }
         }
         process.stdout.write(JSON.stringify({ reads, bad, last }) + '\\n');`,
        store.statePath,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    reader.stdout.setEncoding('utf8');
    const ready = new Promise<void>((resolve) => {
      reader.stdout.on('data', (chunk: string) => {
        output += chunk;
        if (output.includes('ready')) resolve();
      });
    });
    const exited = new Promise<void>((resolve) => reader.on('exit', () => { resolve(); }));
    await ready;
    for (let batch = 0; batch < 15; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          store.write(makeState({ [`repository.r${String(i)}`]: makeResource(`r${String(i)}`, { payload: 'x'.repeat(2000 * i) }) })),
        ),
      );
    }
    await exited;
    const result = JSON.parse(output.split('\n')[1] ?? '{}') as { reads: number; bad: number; last: number };
    expect(result.reads).toBeGreaterThan(0);
    expect(result.bad).toBe(0);
    expect(result.last).toBeGreaterThanOrEqual(target);
  });
});
