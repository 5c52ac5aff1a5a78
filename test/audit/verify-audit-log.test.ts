import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeAuditEntry, hashAuditEntry, type AuditEntry } from '../../src/audit/audit-entry.js';
import { AuditLog } from '../../src/audit/audit-log.js';
import { verifyAuditLog } from '../../src/audit/verify-audit-log.js';

let dir: string;
let path: string;
let lines: string[];

async function writeLines(changed: readonly string[]): Promise<void> {
  await writeFile(path, `${changed.join('\n')}\n`);
}

function parseLine(line: string | undefined): AuditEntry {
  return JSON.parse(line ?? '') as AuditEntry;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mosaic-verify-'));
  path = join(dir, 'audit.jsonl');
  const log = new AuditLog(path);
  for (let i = 1; i <= 10; i++) {
    await log.append({ principal: 'alice', command: 'mosaic apply', action: 'create', address: `repository.r${String(i)}`, provider: 'local', outcome: 'succeeded' });
  }
  lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('verifyAuditLog', () => {
  it('accepts an intact chain of 10', async () => {
    expect(await verifyAuditLog(path)).toEqual({ ok: true, count: 10 });
  });

  it('names an edited entry', async () => {
    const edited = [...lines];
    edited[3] = encodeAuditEntry({ ...parseLine(lines[3]), outcome: 'failed' });
    await writeLines(edited);
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      count: 3,
      problem: { line: 4, seq: 4, reason: 'entry 4 (line 4) was edited: its hash does not match its content' },
    });
  });

  it('names an entry edited with a recomputed hash, from the next entry', async () => {
    const edited = [...lines];
    const { hash: _hash, ...content } = { ...parseLine(lines[3]), address: 'repository.other' };
    edited[3] = encodeAuditEntry({ ...content, hash: hashAuditEntry(content) });
    await writeLines(edited);
    const result = await verifyAuditLog(path);
    expect(result.problem).toEqual({ line: 4, seq: 4, reason: 'entry 4 (line 4) was edited: entry 5 recorded a different hash for it' });
  });

  it('names a removed entry', async () => {
    await writeLines(lines.filter((_, i) => i !== 4));
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      count: 4,
      problem: { line: 5, seq: 5, reason: 'entry 5 is missing: line 5 holds entry 6' },
    });
  });

  it('names removed entries at the start', async () => {
    await writeLines(lines.slice(2));
    expect((await verifyAuditLog(path)).problem?.reason).toBe('entries 1 to 2 are missing: line 1 holds entry 3');
  });

  it('names swapped entries as out of order', async () => {
    const swapped = [...lines];
    [swapped[5], swapped[6]] = [lines[6] ?? '', lines[5] ?? ''];
    await writeLines(swapped);
    expect(await verifyAuditLog(path)).toEqual({
      ok: false,
      count: 5,
      problem: { line: 6, seq: 7, reason: 'line 6 is out of order: it holds entry 7, but entry 6 comes after it, on line 7' },
    });
  });

  it('names a repeated entry', async () => {
    await writeLines([...lines.slice(0, 3), lines[1] ?? '', ...lines.slice(3)]);
    expect((await verifyAuditLog(path)).problem).toEqual({ line: 4, seq: 2, reason: 'line 4 repeats entry 2, first written on line 2' });
  });

  it('names a line that is not an entry', async () => {
    const damaged = [...lines];
    damaged[1] = 'not json';
    await writeLines(damaged);
    expect((await verifyAuditLog(path)).problem).toEqual({ line: 2, reason: 'line 2 cannot be read as an audit entry: it was damaged or edited' });
  });

  it('reports a torn last line', async () => {
    await writeFile(path, `${lines.join('\n')}\n${(lines[0] ?? '').slice(0, 30)}`);
    const result = await verifyAuditLog(path);
    expect(result.ok).toBe(false);
    expect(result.count).toBe(10);
    expect(result.problem?.line).toBe(11);
    expect(result.problem?.reason).toMatch(/^line 11 is torn/);
  });
});
