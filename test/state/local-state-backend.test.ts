// The local state backend: the default workspace keeps the folder layout mosaic always had,
// others live in workspaces/NAME, none sees another's files; history keeps every version.
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/diagnostics/diagnostic.js';
import { LocalStateBackend } from '../../src/state/local-state-backend.js';
import { makeResource, makeState } from './state-fixtures.js';

const author = { principal: 'alice', command: 'mosaic apply' };
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mosaic-local-backend-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DiagnosticError) return error.diagnostics[0]?.code;
    throw error;
  }
  return undefined;
}

describe('LocalStateBackend', () => {
  it('keeps the default workspace in the state folder itself and others in workspaces/NAME', async () => {
    const backend = new LocalStateBackend(root);
    await (await backend.openWorkspace('default', author)).store.write(makeState(1));
    await backend.createWorkspace('staging');
    await (await backend.openWorkspace('staging', author)).store.write(makeState(2));
    expect((await readdir(root)).sort()).toEqual(['mosaic.history.jsonl', 'mosaic.state.json', 'workspaces']);
    expect((await readdir(join(root, 'workspaces', 'staging'))).sort()).toEqual(['mosaic.history.jsonl', 'mosaic.state.json']);
    expect(await backend.listWorkspaces()).toEqual(['default', 'staging']);
    const prod = await backend.openWorkspace('default', author);
    expect(Object.keys((await prod.store.read()).resources)).toEqual(['repository.r0']);
  });

  it('refuses an existing or missing workspace, and deletes one with all its files', async () => {
    const backend = new LocalStateBackend(root);
    expect(await codeOf(backend.createWorkspace('default'))).toBe('state.workspace-exists');
    await backend.createWorkspace('scratch');
    expect(await codeOf(backend.createWorkspace('scratch'))).toBe('state.workspace-exists');
    expect(await codeOf(backend.openWorkspace('nope', author))).toBe('state.workspace-not-found');
    await (await backend.openWorkspace('scratch', author)).store.write(makeState(1));
    await backend.deleteWorkspace('scratch');
    expect(existsSync(join(root, 'workspaces', 'scratch'))).toBe(false);
    expect(await backend.listWorkspaces()).toEqual(['default']);
  });

  it('keeps every version in history, attributed to the holder of the lock', async () => {
    const workspace = await new LocalStateBackend(root).openWorkspace('default', author);
    const lock = await workspace.store.lock({ command: 'mosaic state rm', principal: 'bob' }, 0);
    const first = await workspace.store.write(makeState(3));
    const second = await workspace.store.write({ ...first, resources: { ...first.resources, 'repository.r1': makeResource('r1', { description: 'x' }) } });
    await lock.release();
    expect(await workspace.history.list()).toEqual([
      expect.objectContaining({ serial: 1, principal: 'bob', command: 'mosaic state rm', resources: 3 }),
      expect.objectContaining({ serial: 2, principal: 'bob', command: 'mosaic state rm', resources: 3 }),
    ]);
    expect(await workspace.history.read(1)).toEqual(first);
    expect(await workspace.history.read(2)).toEqual(second);
  });

  it('starts history with a snapshot over a state written before history existed, and after a torn line', async () => {
    const backend = new LocalStateBackend(root);
    const old = await (await backend.openWorkspace('default', author)).store.write(makeState(2));
    await rm(join(root, 'mosaic.history.jsonl'));
    const next = await (await backend.openWorkspace('default', author)).store.write(makeState(3));
    await appendFile(join(root, 'mosaic.history.jsonl'), '{"serial":');
    const last = await (await backend.openWorkspace('default', author)).store.write(makeState(1));
    const history = (await backend.openWorkspace('default', author)).history;
    expect((await history.list()).map((v) => v.serial)).toEqual([next.serial, last.serial]);
    expect(await history.read(next.serial)).toEqual(next);
    expect(await history.read(last.serial)).toEqual(last);
    expect(await codeOf(history.read(old.serial))).toBe('state.version-not-found');
    expect(readFileSync(join(root, 'mosaic.history.jsonl'), 'utf8').split('\n')[1]).toBe('{"serial":');
  });

  it('exports a workspace and imports it elsewhere byte for byte; never over existing state', async () => {
    const source = new LocalStateBackend(root);
    const workspace = await source.openWorkspace('default', author);
    await workspace.store.write(makeState(2));
    await workspace.store.write(makeState(4));
    await workspace.audit.append({ principal: 'a', command: 'apply', action: 'create', address: 'repository.r0', provider: 'local', outcome: 'succeeded' });
    await workspace.routing.record({ time: '2026-01-01T00:00:00Z', provider: 'local', kind: 'repository', outcome: 'succeeded', latency_ms: 3 });
    const content = await source.exportWorkspace('default');
    const other = join(root, 'copy');
    const target = new LocalStateBackend(other);
    await target.importWorkspace('default', content);
    for (const file of ['mosaic.state.json', 'mosaic.history.jsonl', 'mosaic.audit.jsonl', 'mosaic.routing.jsonl']) {
      expect(readFileSync(join(other, file), 'utf8'), file).toBe(readFileSync(join(root, file), 'utf8'));
    }
    expect(await codeOf(target.importWorkspace('default', content))).toBe('state.migrate-target-not-empty');
  });
});
