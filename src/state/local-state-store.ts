// LocalStateStore: the state backend that keeps mosaic.state.json and mosaic.lock in a
// folder on this machine.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { TextFile } from 'lowdb/node';
import type { LockHolder, State, StateLock, StateStore } from './state.js';
import { encodeStateFile, readStateFile } from './state-file.js';
import { acquireStateLock } from './state-lock.js';

export const STATE_FILE_NAME = 'mosaic.state.json';
export const LOCK_FILE_NAME = 'mosaic.lock';

interface StoredVersion {
  readonly lineage: string;
  readonly serial: number;
}

/**
 * Reads and writes the state file of one folder. Writes go through lowdb's adapter, whose
 * writer (steno) writes a temporary file and renames it over the state file, so a reader
 * never sees a torn file. While the lock is held this store is the only writer, so the
 * stored serial and lineage are kept in memory after the first read or write.
 */
export class LocalStateStore implements StateStore {
  readonly statePath: string;
  readonly lockPath: string;
  readonly #dir: string;
  readonly #file: TextFile;
  #stored: StoredVersion | undefined;
  #dirCreated = false;
  // Reads and writes run one at a time, in call order: apply writes after every change, in
  // parallel, and each write's serial must follow the one before it.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string) {
    this.#dir = dir;
    this.statePath = join(dir, STATE_FILE_NAME);
    this.lockPath = join(dir, LOCK_FILE_NAME);
    this.#file = new TextFile(this.statePath);
  }

  read(): Promise<State> {
    return this.#enqueue(async () => {
      const state = await readStateFile(this.statePath);
      this.#stored = { lineage: state.lineage, serial: state.serial };
      return state;
    });
  }

  write(state: State): Promise<State> {
    return this.#enqueue(async () => {
      const stored = this.#stored ?? (await readStateFile(this.statePath));
      const next: State = {
        lineage: stored.lineage === '' ? randomUUID() : stored.lineage,
        serial: stored.serial + 1,
        resources: state.resources,
      };
      if (!this.#dirCreated) {
        await mkdir(this.#dir, { recursive: true });
        this.#dirCreated = true;
      }
      await this.#file.write(encodeStateFile(next));
      this.#stored = { lineage: next.lineage, serial: next.serial };
      return next;
    });
  }

  lock(holder: Omit<LockHolder, 'pid' | 'host' | 'since'>, timeoutMs: number): Promise<StateLock> {
    return acquireStateLock(this.lockPath, holder, timeoutMs);
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
