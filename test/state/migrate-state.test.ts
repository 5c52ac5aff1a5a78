// state migrate between the local and the postgres backend: every workspace copied and read
// back unchanged, refused when the source's audit chain is broken or a run was interrupted.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/diagnostics/diagnostic.js';
import { LocalStateBackend } from '../../src/state/local-state-backend.js';
import { migrateState } from '../../src/state/migrate-state.js';
import { openStateBackend } from '../../src/state/open-state-backend.js';
import type { StateBackend } from '../../src/state/state-backend.js';
import { createTestDatabase } from './postgres-test-server.js';
import { makeResource, makeState } from './state-fixtures.js';

const database = await createTestDatabase();
const opened: StateBackend[] = [];
const folders: string[] = [];
afterAll(async () => {
  await Promise.all(opened.map((b) => b.close()));
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
  await database?.drop();
});

let schemas = 0;
function postgres(): StateBackend {
  const backend = openStateBackend({ backend: 'postgres', path: '/nonexistent', postgres: { url: database?.url ?? '', schema: `m${String(++schemas)}` } });
  opened.push(backend);
  return backend;
}
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mosaic-migrate-'));
  folders.push(dir);
  return dir;
}
const options = { lock: { command: 'mosaic state migrate', principal: 'ops' }, lockTimeoutMs: 0 };
const author = { principal: 'alice', command: 'mosaic apply' };

async function fill(backend: StateBackend): Promise<void> {
  await backend.createWorkspace('staging');
  for (const name of ['default', 'staging']) {
    const workspace = await backend.openWorkspace(name, author);
    let state = await workspace.store.write(makeState(5));
    for (let i = 0; i < 12; i++) state = await workspace.store.write({ ...state, resources: { ...state.resources, [`repository.r${String(i % 5)}`]: makeResource(`r${String(i % 5)}`, { i }) } });
    for (let i = 0; i < 4; i++) await workspace.audit.append({ principal: 'alice', command: 'apply', action: 'update', address: `repository.r${String(i)}`, provider: 'local', outcome: 'succeeded' });
    await workspace.routing.record({ time: '2026-01-01T00:00:00Z', provider: 'local', kind: 'repository', outcome: 'failed', latency_ms: 12 });
  }
}

async function listFiles(dir: string, under = ''): Promise<string[]> {
  const entries = await readdir(join(dir, under), { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(dir, join(under, e.name)) : Promise.resolve([join(under, e.name)]))));
  return nested.flat().sort();
}

describe.skipIf(database === undefined)('state migrate', () => {
  it('copies local → postgres → local byte for byte, every workspace with its history and audit trail', async () => {
    const first = await folder();
    const local = new LocalStateBackend(first);
    await fill(local);
    const pg = postgres();
    const there = await migrateState(local, pg, options);
    expect(there.map((w) => [w.name, w.serial, w.versions, w.auditEntries])).toEqual([
      ['default', 13, 13, 4],
      ['staging', 13, 13, 4],
    ]);
    expect(await (await pg.openWorkspace('staging', author)).history.read(7)).toEqual(await (await local.openWorkspace('staging', author)).history.read(7));
    const second = await folder();
    await migrateState(pg, new LocalStateBackend(second), options);
    const files = await listFiles(first);
    expect(files).toEqual(await listFiles(second));
    expect(files).toContain(join('workspaces', 'staging', 'mosaic.audit.jsonl'));
    for (const file of files) expect(readFileSync(join(second, file), 'utf8'), file).toBe(readFileSync(join(first, file), 'utf8'));
  });

  it('copies nothing when an audit chain of the source does not verify, or a run was interrupted', async () => {
    const dir = await folder();
    const local = new LocalStateBackend(dir);
    await fill(local);
    const auditPath = join(dir, 'workspaces', 'staging', 'mosaic.audit.jsonl');
    const text = readFileSync(auditPath, 'utf8');
    writeFileSync(auditPath, text.replace('repository.r2', 'repository.rX'));
    const pg = postgres();
    await expect(migrateState(local, pg, options)).rejects.toThrow(/the audit trail of workspace "staging" in local folder .+ fails verification: entry 3 \(line 3\) was edited/);
    expect((await (await pg.openWorkspace('default', author)).store.read()).serial).toBe(0);
    writeFileSync(auditPath, text);
    const journal = (await local.openWorkspace('default', author)).journal;
    await journal.begin({ address: 'repository.r0', action: 'create', kind: 'repository', provider: 'local', natural_key: 'r0', spec: {}, depends_on: [] });
    await expect(migrateState(local, pg, options)).rejects.toThrow(/workspace "default" holds 1 intent\(s\) of an interrupted run/);
  });

  it('never merges into a target that has state', async () => {
    const local = new LocalStateBackend(await folder());
    await fill(local);
    const pg = postgres();
    await (await pg.openWorkspace('default', author)).store.write(makeState(1));
    try {
      await migrateState(local, pg, options);
      expect.unreachable();
    } catch (error) {
      expect((error as DiagnosticError).diagnostics[0]?.code).toBe('state.migrate-target-not-empty');
    }
  });
});
