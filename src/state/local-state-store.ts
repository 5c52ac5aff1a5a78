// LocalStateStore: the state backend of one workspace folder on this machine — its
// mosaic.state.json, the history of its versions (mosaic.history.jsonl) and mosaic.lock.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { TextFile } from 'lowdb/node';
import { LocalStateHistory } from './local-state-history.js';
import { recordStateVersion } from './record-state-version.js';
import type { WorkspaceAuthor, WorkspaceStateStore } from './state-backend.js';
import type { LockRequest, LockWaitListener, State, StateLock } from './state.js';
import { encodeStateFile, readStateFile } from './state-file.js';
import { acquireStateLock } from './state-lock.js';

export const STATE_FILE_NAME = 'mosaic.state.json';
export const LOCK_FILE_NAME = 'mosaic.lock';

/** The version on disk as this store last read or wrote it. */
interface StoredVersion {
  readonly state: State;
  /** Its history record's `chain`; undefined when history does not hold it. */
  readonly chain: number | undefined;
  /** About the bytes of a snapshot of it, once measured. */
  readonly size?: number;
}

/**
 * Reads and writes the state file of one folder. Writes go through lowdb's adapter, whose
 * writer (steno) writes a temporary file and renames it over the state file, so a reader
 * never sees a torn file. Each write first appends the version to history, so history holds
 * every version the state file ever held (a run killed in between leaves a record the next
 * write of that serial supersedes). While the lock is held this store is the only writer,
 * so the stored version is kept in memory after the first read or write.
 */
export class LocalStateStore implements WorkspaceStateStore {
  readonly statePath: string;
  readonly lockPath: string;
  readonly history: LocalStateHistory;
  readonly #dir: string;
  readonly #file: TextFile;
  #author: WorkspaceAuthor;
  #state: State | undefined;
  #stored: StoredVersion | undefined;
  #dirCreated = false;
  // Reads and writes run one at a time, in call order: apply writes after every change, in
  // parallel, and each write's serial must follow the one before it.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string, author: WorkspaceAuthor = { principal: 'unknown', command: 'unknown' }) {
    this.#dir = dir;
    this.#author = author;
    this.statePath = join(dir, STATE_FILE_NAME);
    this.lockPath = join(dir, LOCK_FILE_NAME);
    this.history = new LocalStateHistory(dir);
    this.#file = new TextFile(this.statePath);
  }

  read(): Promise<State> {
    return this.#enqueue(async () => {
      const state = await readStateFile(this.statePath);
      this.#state = state;
      this.#stored = undefined;
      return state;
    });
  }

  write(state: State): Promise<State> {
    return this.#enqueue(async () => {
      const stored = await this.#readStored();
      return this.#commit(stored, {
        lineage: stored.state.lineage === '' ? randomUUID() : stored.state.lineage,
        serial: stored.state.serial + 1,
        resources: state.resources,
      });
    });
  }

  replace(state: State): Promise<State> {
    return this.#enqueue(async () => {
      const stored = await this.#readStored();
      return this.#commit(stored, {
        lineage: state.lineage !== '' ? state.lineage : stored.state.lineage === '' ? randomUUID() : stored.state.lineage,
        serial: Math.max(stored.state.serial + 1, state.serial),
        resources: state.resources,
      });
    });
  }

  /** Writes `state` as it is, serial and lineage included, into a folder that has no state; for importing a workspace. */
  restore(state: State): Promise<void> {
    return this.#enqueue(async () => {
      await this.#makeDir();
      await this.#file.write(encodeStateFile(state));
      this.#state = state;
      this.#stored = undefined;
    });
  }

  lock(request: LockRequest, timeoutMs: number, onWait?: LockWaitListener): Promise<StateLock> {
    this.#author = { principal: request.principal, command: request.command };
    return acquireStateLock(this.lockPath, request, timeoutMs, onWait);
  }

  async #readStored(): Promise<StoredVersion> {
    if (this.#stored !== undefined) return this.#stored;
    const state = this.#state ?? (await readStateFile(this.statePath));
    const last = await this.history.readLast();
    const holdsIt = last !== undefined && last.serial === state.serial && last.lineage === state.lineage;
    this.#stored = { state, chain: holdsIt ? last.chain : undefined };
    return this.#stored;
  }

  async #commit(stored: StoredVersion, next: State): Promise<State> {
    const { record, line, size } = recordStateVersion(stored, next, { time: new Date().toISOString(), ...this.#author });
    await this.#makeDir();
    await this.history.append(line);
    await this.#file.write(encodeStateFile(next));
    this.#state = next;
    this.#stored = { state: next, chain: record.chain, size };
    return next;
  }

  async #makeDir(): Promise<void> {
    if (this.#dirCreated) return;
    await mkdir(this.#dir, { recursive: true });
    this.#dirCreated = true;
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
