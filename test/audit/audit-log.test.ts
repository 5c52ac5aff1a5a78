import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_PREV, hashAuditEntry, hashAuditLine } from '../../src/audit/audit-entry.js';
import { AuditLog, type AuditEntryInput } from '../../src/audit/audit-log.js';
import { verifyAuditLog } from '../../src/audit/verify-audit-log.js';

function makeInput(i: number): AuditEntryInput {
  return {
    time: `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`,
    principal: 'alice',
    command: 'mosaic apply',
    action: i % 2 === 0 ? 'create' : 'update',
    address: `repository.r${String(i)}`,
    provider: 'local',
    outcome: 'succeeded',
  };
}

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mosaic-audit-'));
  path = join(dir, 'logs', 'audit.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('AuditLog', () => {
  it('chains entries: seq from 1, prev is the hash of the line before', async () => {
    const log = new AuditLog(path);
    const first = await log.append(makeInput(1));
    const second = await log.append({ ...makeInput(2), outcome: 'failed', error: 'provider unavailable' });
    expect(first.seq).toBe(1);
    expect(first.prev).toBe(GENESIS_PREV);
    expect(first.hash).toBe(hashAuditEntry({ ...first }));
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines).toHaveLength(3);
    expect(second).toMatchObject({ seq: 2, prev: hashAuditLine(lines[0] ?? ''), error: 'provider unavailable' });
    expect(lines[0]).toBe(JSON.stringify(JSON.parse(lines[0] ?? '')));
    expect(Object.keys(JSON.parse(lines[1] ?? '') as object)).toEqual([...Object.keys(JSON.parse(lines[1] ?? '') as object)].sort());
    expect(await log.read()).toEqual([first, second]);
  });

  it('serializes concurrent appends and continues the chain in a new AuditLog', async () => {
    const log = new AuditLog(path);
    const entries = await Promise.all(Array.from({ length: 20 }, (_, i) => log.append(makeInput(i))));
    expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const later = await new AuditLog(path).append(makeInput(30));
    expect(later.seq).toBe(21);
    expect(await verifyAuditLog(path)).toEqual({ ok: true, count: 21 });
  });

  it('reads only the tail of a long log to continue it', async () => {
    const log = new AuditLog(path);
    for (let i = 0; i < 3000; i++) await log.append({ ...makeInput(i % 60), address: `repository.${'long-name-'.repeat(3)}${String(i)}` });
    const next = await new AuditLog(path).append(makeInput(1));
    expect(next.seq).toBe(3001);
    expect(await verifyAuditLog(path)).toEqual({ ok: true, count: 3001 });
  });

  it('continues after a last line longer than one read chunk', async () => {
    const log = new AuditLog(path);
    await log.append(makeInput(1));
    await log.append({ ...makeInput(2), address: `repository.${'x'.repeat(150_000)}` });
    expect((await new AuditLog(path).append(makeInput(3))).seq).toBe(3);
    expect(await verifyAuditLog(path)).toEqual({ ok: true, count: 3 });
  });

  it('ignores a torn last line for chaining, keeps it on its own line, and verify reports it', async () => {
    const log = new AuditLog(path);
    for (let i = 1; i <= 3; i++) await log.append(makeInput(i));
    await appendFile(path, '{"seq":4,"time":"2026-01-0');
    expect((await verifyAuditLog(path)).problem).toEqual({ line: 4, reason: expect.stringContaining('line 4 is torn') as string });
    const next = await new AuditLog(path).append(makeInput(5));
    expect(next.seq).toBe(4);
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines[3]).toBe('{"seq":4,"time":"2026-01-0');
    expect(next.prev).toBe(hashAuditLine(lines[2] ?? ''));
    const result = await verifyAuditLog(path);
    expect(result.ok).toBe(false);
    expect(result.count).toBe(3);
    expect(result.problem?.line).toBe(4);
    expect((await new AuditLog(path).read()).map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
  });

  it('reads an empty list from a missing log', async () => {
    expect(await new AuditLog(path).read()).toEqual([]);
    expect(await verifyAuditLog(path)).toEqual({ ok: true, count: 0 });
  });

  it('starts a chain in an existing empty file', async () => {
    await new AuditLog(path).append(makeInput(1));
    await writeFile(path, '');
    expect((await new AuditLog(path).append(makeInput(1))).seq).toBe(1);
  });
});
