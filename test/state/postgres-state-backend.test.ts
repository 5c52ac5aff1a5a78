// The postgres state backend against a real PostgreSQL server (see postgres-test-server.ts):
// tables created by mosaic, writes checked against the serial read, history, workspaces kept
// apart, the advisory lock, the journal, the audit chain and the routing history.
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/diagnostics/diagnostic.js';
import { openStateBackend } from '../../src/state/open-state-backend.js';
import { CURRENT_POSTGRES_SCHEMA_VERSION } from '../../src/state/postgres/migrate-postgres-schema.js';
import type { StateBackend } from '../../src/state/state-backend.js';
import { createTestDatabase, runSql } from './postgres-test-server.js';
import { makeResource, makeState } from './state-fixtures.js';

const database = await createTestDatabase();
afterAll(async () => {
  await Promise.all(opened.map((b) => b.close()));
  await database?.drop();
});

const opened: StateBackend[] = [];
let schemas = 0;
/** A backend on a schema of its own, so that tests do not share tables. */
function openBackend(schema = `s${String(++schemas)}`): StateBackend {
  const backend = openStateBackend({ backend: 'postgres', path: '/nonexistent', postgres: { url: database?.url ?? '', schema } });
  opened.push(backend);
  return backend;
}
const author = { principal: 'alice', command: 'mosaic apply' };

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DiagnosticError) return error.diagnostics[0]?.code;
    throw error;
  }
  return undefined;
}

describe.skipIf(database === undefined)('postgres state backend', () => {
  it('creates its tables with a schema version, once, when runs start together on a fresh database', async () => {
    const backends = Array.from({ length: 4 }, () => openBackend('fresh'));
    expect(await Promise.all(backends.map((b) => b.listWorkspaces()))).toEqual(Array.from({ length: 4 }, () => ['default']));
    const rows = await runSql<{ version: number }>(database?.url ?? '', 'SELECT version FROM fresh.schema_version');
    expect(rows).toEqual([{ version: CURRENT_POSTGRES_SCHEMA_VERSION }]);
  });

  it('refuses tables written by a newer mosaic', async () => {
    await openBackend('newer').listWorkspaces();
    await runSql(database?.url ?? '', 'UPDATE newer.schema_version SET version = 99');
    expect(await codeOf(openBackend('newer').listWorkspaces())).toBe('state.newer-version');
  });

  it('writes serial 1 with a new lineage, then continues serial and lineage in another store', async () => {
    const backend = openBackend();
    const store = (await backend.openWorkspace('default', author)).store;
    expect(await store.read()).toEqual({ lineage: '', serial: 0, resources: {} });
    const first = await store.write(makeState(3));
    expect(first.serial).toBe(1);
    expect(first.lineage).toMatch(/^[0-9a-f-]{36}$/);
    const again = (await backend.openWorkspace('default', author)).store;
    expect(await again.read()).toEqual(first);
    const second = await again.write(makeState(2));
    expect(second).toEqual({ ...makeState(2), lineage: first.lineage, serial: 2 });
    expect(await store.read()).toEqual(second);
  });

  it('refuses a write based on a serial that another run has moved on from (no lost update without the lock)', async () => {
    const backend = openBackend();
    const a = (await backend.openWorkspace('default', author)).store;
    const b = (await backend.openWorkspace('default', author)).store;
    await a.write(makeState(1));
    await b.read();
    await a.read();
    await a.write(makeState(2));
    expect(await codeOf(b.write(makeState(5)))).toBe('state.conflict');
    // After reading again it may write: nothing was lost in between.
    await b.read();
    expect((await b.write(makeState(3))).serial).toBe(3);
    const rows = await runSql<{ n: string }>(database?.url ?? '', `SELECT count(*) AS n FROM s${String(schemas)}.state_resources`);
    expect(rows[0]?.n).toBe('3');
  });

  it('keeps every version; history lists them and rebuilds any of them', async () => {
    const backend = openBackend();
    const workspace = await backend.openWorkspace('default', author);
    const written = [];
    let state = makeState(20);
    for (let i = 0; i < 30; i++) {
      const resources = { ...state.resources, [`repository.r${String(i % 20)}`]: makeResource(`r${String(i % 20)}`, { round: i }) };
      if (i % 7 === 0) delete resources['repository.r1'];
      state = await workspace.store.write({ ...state, resources });
      written.push(state);
    }
    const listed = await workspace.history.list();
    expect(listed.map((v) => v.serial)).toEqual(written.map((s) => s.serial));
    expect(listed[0]).toMatchObject({ principal: 'alice', command: 'mosaic apply', lineage: state.lineage });
    for (const version of written) expect(await workspace.history.read(version.serial)).toEqual(version);
    expect(await codeOf(workspace.history.read(99))).toBe('state.version-not-found');
    const kinds = await runSql<{ kind: string }>(database?.url ?? '', `SELECT kind FROM s${String(schemas)}.state_versions ORDER BY serial`);
    expect(kinds.filter((k) => k.kind === 'patch').length).toBeGreaterThan(20);
  });

  it('replaces the state with one of another lineage, keeping the version before in history', async () => {
    const workspace = await openBackend().openWorkspace('default', author);
    const before = await workspace.store.write(makeState(2));
    const pushed = await workspace.store.replace({ lineage: 'other-lineage', serial: 7, resources: makeState(1).resources });
    expect(pushed).toMatchObject({ lineage: 'other-lineage', serial: 7 });
    expect(await workspace.history.read(before.serial)).toEqual(before);
    expect(await workspace.history.read(7)).toEqual(pushed);
  });

  it('keeps workspaces apart, and deletes everything of one', async () => {
    const backend = openBackend();
    await backend.createWorkspace('staging');
    expect(await codeOf(backend.createWorkspace('staging'))).toBe('state.workspace-exists');
    expect(await backend.listWorkspaces()).toEqual(['default', 'staging']);
    const staging = await backend.openWorkspace('staging', author);
    const prod = await backend.openWorkspace('default', author);
    await staging.store.write(makeState(4));
    await staging.audit.append({ principal: 'a', command: 'apply', action: 'create', address: 'repository.r0', provider: 'local', outcome: 'succeeded' });
    await staging.journal.begin({ address: 'repository.r0', action: 'create', kind: 'repository', provider: 'local', natural_key: 'r0', spec: {}, depends_on: [] });
    expect(await prod.store.read()).toEqual({ lineage: '', serial: 0, resources: {} });
    expect(await prod.audit.read()).toEqual([]);
    expect(await prod.journal.readOpen()).toEqual([]);
    expect(await prod.history.list()).toEqual([]);
    await backend.deleteWorkspace('staging');
    expect(await backend.listWorkspaces()).toEqual(['default']);
    expect(await codeOf(backend.openWorkspace('staging', author))).toBe('state.workspace-not-found');
    for (const table of ['state_resources', 'state_versions', 'audit_entries', 'intents']) {
      const rows = await runSql<{ n: string }>(database?.url ?? '', `SELECT count(*) AS n FROM s${String(schemas)}.${table} WHERE workspace = 'staging'`);
      expect(rows[0]?.n, table).toBe('0');
    }
  });

  it('holds the advisory lock on a connection of its own; a second run names the holder, or waits for it', async () => {
    const backend = openBackend();
    const store = (await backend.openWorkspace('default', author)).store;
    const lock = await store.lock({ command: 'mosaic apply', principal: 'first' }, 0);
    const other = (await openBackend(`s${String(schemas)}`).openWorkspace('default', author)).store;
    try {
      await other.lock({ command: 'mosaic apply', principal: 'second' }, 0);
      expect.unreachable();
    } catch (error) {
      expect((error as DiagnosticError).diagnostics[0]?.summary).toMatch(new RegExp(`state is locked by pid ${String(process.pid)} on host .+ since .+Z \\(mosaic apply, first\\)`));
    }
    let told: unknown;
    const waiting = other.lock({ command: 'mosaic apply', principal: 'second' }, 10_000, (holder) => {
      told = holder?.principal;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await lock.release();
    const second = await waiting;
    expect(told).toBe('first');
    expect(await codeOf(store.lock({ command: 'mosaic plan', principal: 'third' }, 200))).toBe('state.locked');
    await second.release();
    const holders = await runSql(database?.url ?? '', `SELECT * FROM s${String(schemas)}.lock_holders`);
    expect(holders).toEqual([]);
  });

  it('locks workspaces independently', async () => {
    const backend = openBackend();
    await backend.createWorkspace('other');
    const a = await (await backend.openWorkspace('default', author)).store.lock({ command: 'x', principal: 'a' }, 0);
    const b = await (await backend.openWorkspace('other', author)).store.lock({ command: 'x', principal: 'b' }, 0);
    await Promise.all([a.release(), b.release()]);
  });

  it('journals intents durably and forgets them when asked', async () => {
    const journal = (await openBackend().openWorkspace('default', author)).journal;
    const intent = { address: 'repository.a', action: 'create' as const, kind: 'repository', provider: 'local', natural_key: 'a', spec: { name: 'a' }, depends_on: [] };
    const [one, two] = await Promise.all([journal.begin(intent), journal.begin({ ...intent, address: 'repository.b' })]);
    expect([one, two]).toEqual([1, 2]);
    await journal.end(one);
    expect((await journal.readOpen()).map((i) => [i.seq, i.address])).toEqual([[2, 'repository.b']]);
    await journal.clear();
    expect(await journal.readOpen()).toEqual([]);
  });

  it('chains audit rows; verify names an edited, deleted or reordered row', async () => {
    const workspace = await openBackend().openWorkspace('default', author);
    for (let i = 0; i < 5; i++) {
      await workspace.audit.append({ principal: 'alice', command: 'apply', action: 'create', address: `repository.r${String(i)}`, provider: 'local', outcome: 'succeeded' });
    }
    expect(await workspace.audit.verify()).toEqual({ ok: true, count: 5 });
    const table = `s${String(schemas)}.audit_entries`;
    const url = database?.url ?? '';
    await runSql(url, `UPDATE ${table} SET entry = replace(entry::text, 'repository.r2', 'repository.rX')::json WHERE entry->>'seq' = '3'`);
    expect(await workspace.audit.verify()).toMatchObject({ ok: false, problem: { line: 3, reason: 'entry 3 (row 3) was edited: its hash does not match its content' } });
    await runSql(url, `UPDATE ${table} SET entry = replace(entry::text, 'repository.rX', 'repository.r2')::json WHERE entry->>'seq' = '3'`);
    expect((await workspace.audit.verify()).ok).toBe(true);
    await runSql(url, `DELETE FROM ${table} WHERE entry->>'seq' = '2'`);
    expect((await workspace.audit.verify()).problem?.reason).toBe('entry 2 is missing: row 2 holds entry 3');
  });

  it('keeps routing observations, oldest first', async () => {
    const routing = (await openBackend().openWorkspace('default', author)).routing;
    for (let i = 0; i < 5; i++) await routing.record({ time: `2026-01-01T00:00:0${String(i)}Z`, provider: 'gh', kind: 'repository', outcome: 'succeeded', latency_ms: i });
    expect((await routing.readRecent(2)).map((o) => o.latency_ms)).toEqual([3, 4]);
  });
});
