// AuditLog: appends hash-chained entries, one JSON line each, to an audit log file.
// Callers pass resource addresses and provider names, never specs, tokens or other secrets:
// the log stores exactly what it is given and is kept for a long time.
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  decodeAuditEntry,
  encodeAuditEntry,
  hashAuditEntry,
  hashAuditLine,
  type AuditEntry,
} from './audit-entry.js';
import { readAuditTail, type AuditTail } from './read-audit-tail.js';

/** What a caller says of an entry; the log adds seq, time (unless given), prev and hash. */
export type AuditEntryInput = Omit<AuditEntry, 'seq' | 'time' | 'prev' | 'hash'> & {
  /** ISO time; now when omitted. */
  readonly time?: string;
};

export class AuditLog {
  readonly path: string;
  #tail: AuditTail | undefined;
  // Appends run one at a time so that each entry chains to the one before it.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(path: string) {
    this.path = path;
  }

  /** Appends one entry with a single write to a file opened for appending; returns it. */
  append(input: AuditEntryInput): Promise<AuditEntry> {
    return this.#enqueue(async () => {
      const tail = this.#tail ?? (await this.#openTail());
      const unhashed = {
        seq: tail.seq + 1,
        time: input.time ?? new Date().toISOString(),
        principal: input.principal,
        command: input.command,
        action: input.action,
        address: input.address,
        provider: input.provider,
        outcome: input.outcome,
        ...(input.error === undefined ? {} : { error: input.error }),
        prev: tail.prev,
      };
      const entry: AuditEntry = { ...unhashed, hash: hashAuditEntry(unhashed) };
      const line = encodeAuditEntry(entry);
      // After a torn line, start on a new line so the torn one stays visible to verify.
      await appendText(this.path, `${tail.torn ? '\n' : ''}${line}\n`);
      this.#tail = { seq: entry.seq, prev: hashAuditLine(line), torn: false };
      return entry;
    });
  }

  /** The entries that can be read, in file order; lines that cannot are left to verifyAuditLog. */
  read(): Promise<AuditEntry[]> {
    return this.#enqueue(async () => {
      let text: string;
      try {
        text = await readFile(this.path, 'utf8');
      } catch (error) {
        if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const entries: AuditEntry[] = [];
      for (const line of text.split('\n')) {
        const decoded = decodeAuditEntry(line);
        if (decoded !== undefined) entries.push(decoded.entry);
      }
      return entries;
    });
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
