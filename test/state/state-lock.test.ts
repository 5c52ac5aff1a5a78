import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiagnosticError, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { LocalStateStore } from '../../src/state/local-state-store.js';
import { acquireStateLock } from '../../src/state/state-lock.js';

const HOLDER = { command: 'mosaic apply', principal: 'alice' };

async function readLockFailure(promise: Promise<unknown>): Promise<Diagnostic> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DiagnosticError && error.diagnostics[0] !== undefined) return error.diagnostics[0];
    throw error;
  }
  throw new Error('the lock was acquired');
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => { resolve(); });
  });
}

let dir: string;
let lockPath: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mosaic-lock-'));
  lockPath = join(dir, 'mosaic.lock');
});
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await waitForExit(child);
  }
  await rm(dir, { recursive: true, force: true });
});

describe('acquireStateLock', () => {
  it('writes the holder into the lock file and removes it on release', async () => {
    const lock = await acquireStateLock(lockPath, HOLDER, 0);
    const holder = JSON.parse(await readFile(lockPath, 'utf8')) as Record<string, unknown>;
    expect(holder).toMatchObject({ pid: process.pid, host: hostname(), command: 'mosaic apply', principal: 'alice' });
    expect(typeof holder['since']).toBe('string');
    await lock.release();
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails at once with state.locked naming the holder', async () => {
    const lock = await acquireStateLock(lockPath, HOLDER, 0);
    const started = Date.now();
    const diagnostic = await readLockFailure(acquireStateLock(lockPath, { command: 'mosaic plan', principal: 'bob' }, 0));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(diagnostic.code).toBe('state.locked');
    expect(diagnostic.summary).toMatch(
      new RegExp(`^state is locked by pid ${String(process.pid)} on host ${hostname()} since \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z \\(mosaic apply, alice\\)$`),
    );
    expect(diagnostic.hint).toContain('--lock-timeout');
    expect(diagnostic.hint).toContain(lockPath);
    await lock.release();
  });

  it('waits for the holder to release when given a timeout', async () => {
    const first = await acquireStateLock(lockPath, HOLDER, 0);
    setTimeout(() => void first.release(), 300);
    const second = await acquireStateLock(lockPath, HOLDER, 10_000);
    const holder = JSON.parse(await readFile(lockPath, 'utf8')) as { since: string };
    await second.release();
    expect(holder.since).toBeTruthy();
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives up after the timeout', async () => {
    const lock = await acquireStateLock(lockPath, HOLDER, 0);
    const diagnostic = await readLockFailure(acquireStateLock(lockPath, HOLDER, 300));
    expect(diagnostic.code).toBe('state.locked');
    expect(diagnostic.hint).toContain('Waited 300ms');
    await lock.release();
  });

  it('does not remove a lock it no longer holds', async () => {
    const lock = await acquireStateLock(lockPath, HOLDER, 0);
    const other = { pid: 1, host: 'elsewhere', since: '2026-01-01T00:00:00.000Z', command: 'mosaic apply', principal: 'carol' };
    await writeFile(lockPath, JSON.stringify(other));
    await lock.release();
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toEqual(other);
  });

  it('treats a lock on another host as held', async () => {
    const other = { pid: 999_999_999, host: 'ci-7', since: '2026-11-25T13:02:11.000Z', command: 'mosaic apply', principal: 'alice' };
    await writeFile(lockPath, JSON.stringify(other));
    const diagnostic = await readLockFailure(acquireStateLock(lockPath, HOLDER, 0));
    expect(diagnostic.summary).toBe('state is locked by pid 999999999 on host ci-7 since 2026-11-25T13:02:11Z (mosaic apply, alice)');
  });

  it('takes over a lock left by a process that has exited', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    children.push(child);
    await waitForExit(child);
    expect(child.pid).toBeDefined();
    const stale = { pid: child.pid, host: hostname(), since: new Date().toISOString(), command: 'mosaic apply', principal: 'dave' };
    await writeFile(lockPath, JSON.stringify(stale));
    const lock = await acquireStateLock(lockPath, HOLDER, 0);
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('contends with a live process, then takes over once it is killed', async () => {
    const script = `
      const fs = require('node:fs'), os = require('node:os');
      const holder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), command: 'mosaic apply', principal: 'child' };
      fs.writeFileSync(process.argv[1], JSON.stringify(holder) + '\\n', { flag: 'wx' });
      process.stdout.write('locked\\n');
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script, lockPath], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('locked')) resolve();
      });
      child.once('exit', () => { reject(new Error('the child exited before taking the lock')); });
    });
    const store = new LocalStateStore(dir);
    const diagnostic = await readLockFailure(store.lock(HOLDER, 0));
    expect(diagnostic.code).toBe('state.locked');
    expect(diagnostic.summary).toContain(`pid ${String(child.pid)} on host ${hostname()}`);
    expect(diagnostic.summary).toContain('(mosaic apply, child)');
    child.kill('SIGKILL');
    await waitForExit(child);
    const lock = await store.lock(HOLDER, 0);
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('lets exactly one of many racing takeovers of a stale lock win', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    children.push(child);
    await waitForExit(child);
    await writeFile(lockPath, JSON.stringify({ pid: child.pid, host: hostname(), since: new Date().toISOString(), command: 'x', principal: 'y' }));
    const attempts = await Promise.allSettled(Array.from({ length: 8 }, () => acquireStateLock(lockPath, HOLDER, 0)));
    const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const files = await readdir(dir);
    expect(files).toEqual(['mosaic.lock']);
  });
});
