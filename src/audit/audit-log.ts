// AuditLog: the audit trail kept as a file of hash-chained entries, one JSON line each.
// Callers pass resource addresses and provider names, never specs, tokens or other secrets:
// the log stores exactly what it is given and is kept for a long time.
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeAuditEntry, type AuditEntry } from './audit-entry.js';
import type { AuditEntryInput, AuditTrail } from './audit-trail.js';
import { chainAuditEntry } from './chain-audit-entry.js';
import { readAuditTail, type AuditTail } from './read-audit-tail.js';
import { verifyAuditLog, type AuditLogVerification } from './verify-audit-log.js';

export type { AuditEntryInput } from './audit-trail.js';

export class AuditLog implements AuditTrail {
  readonly path: string;
  #tail: AuditTail | undefined;
  // Appends run one at a time so that each entry chains to the one before it.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(path: string) {
    this.path = path;
  }

  get location(): string {
    return this.path;
  }

  /** Appends one entry with a single write to a file opened for appending; returns it. */
  append(input: AuditEntryInput): Promise<AuditEntry> {
    return this.#enqueue(async () => {
      const tail = this.#tail ?? (await this.#openTail());
      const { entry, line, end } = chainAuditEntry(input, tail);
      // After a torn line, start on a new line so the torn one stays visible to verify.
      await appendText(this.path, `${tail.torn ? '\n' : ''}${line}\n`);
      this.#tail = { ...end, torn: false };
      return entry;
    });
  }

  /** The entries that can be read, in file order; lines that cannot are left to verifyAuditLog. */
  read(): Promise<AuditEntry[]> {
    return this.#enqueue(async () => {
      const entries: AuditEntry[] = [];
      for (const line of await this.#readLinesNow()) {
        const decoded = decodeAuditEntry(line);
        if (decoded !== undefined) entries.push(decoded.entry);
      }
      return entries;
    });
  }

  verify(): Promise<AuditLogVerification> {
    return this.#enqueue(() => verifyAuditLog(this.path));
  }

  readLines(): Promise<string[]> {
    return this.#enqueue(() => this.#readLinesNow());
  }

  writeLines(lines: readonly string[]): Promise<void> {
    return this.#enqueue(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      // 'wx': never over an existing trail.
      if (lines.length > 0) await writeFile(this.path, `${lines.join('\n')}\n`, { flag: 'wx' });
      this.#tail = undefined;
    });
  }

  async #readLinesNow(): Promise<string[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines;
  }

  async #openTail(): Promise<AuditTail> {
    await mkdir(dirname(this.path), { recursive: true });
    return readAuditTail(this.path);
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

async function appendText(path: string, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  const handle = await open(path, 'a');
  try {
    let written = 0;
    // One write call; the loop only runs again on a short write, which a local disk does not do.
    while (written < bytes.length) {
      const result = await handle.write(bytes, written, bytes.length - written);
      written += result.bytesWritten;
    }
  } finally {
    await handle.close();
  }
}
