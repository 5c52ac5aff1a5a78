// LocalStateHistory: the versions of a local workspace's state, one record per line of
// mosaic.history.jsonl beside its state file. The store appends; readers list and rebuild.
import { appendFile, mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DiagnosticError } from '../diagnostics/diagnostic.js';
import { hasErrorCode } from './error-code.js';
import { readCompleteLines } from './read-complete-lines.js';
import { readLastLine } from './read-last-line.js';
import { rebuildStateVersion } from './rebuild-state-version.js';
import type { State } from './state.js';
import type { StateHistory } from './state-history.js';
import { decodeStateVersionRecord, summarizeStateVersion, type StateVersionRecord, type StateVersionSummary } from './state-version-record.js';

export const HISTORY_FILE_NAME = 'mosaic.history.jsonl';

export class LocalStateHistory implements StateHistory {
  readonly path: string;
  #endsWithNewline: boolean | undefined;

  constructor(dir: string) {
    this.path = join(dir, HISTORY_FILE_NAME);
  }

  async list(): Promise<StateVersionSummary[]> {
    const bySerial = new Map<number, StateVersionSummary>();
    for (const record of await this.#readRecords()) bySerial.set(record.serial, summarizeStateVersion(record));
    return [...bySerial.values()].sort((a, b) => a.serial - b.serial);
  }

  async read(serial: number): Promise<State> {
    const rebuilt = rebuildStateVersion(await this.#readRecords(), serial, `history ${this.path}`);
    if (rebuilt.value === undefined) throw new DiagnosticError(rebuilt.diagnostics);
    return rebuilt.value;
  }

  /** The last record, which tells the store whether history holds the version it writes on. */
  async readLast(): Promise<StateVersionRecord | undefined> {
    const line = await readLastLine(this.path);
    return line === undefined ? undefined : decodeStateVersionRecord(line);
  }

  async append(line: string): Promise<void> {
    // A line torn by a crash is left alone (and skipped by readers): the new one starts on a line of its own.
    const startsLine = this.#endsWithNewline ?? (await this.#readEndsWithNewline());
    await appendFile(this.path, `${startsLine ? '' : '\n'}${line}\n`);
    this.#endsWithNewline = true;
  }

  /** Every complete line as stored, oldest first. */
  readLines(): Promise<string[]> {
    return readCompleteLines(this.path);
  }


  /** Starts a history from lines copied from another backend; never over an existing one. */
  async writeLines(lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(this.path, `${lines.join('\n')}\n`, { flag: 'wx' });
  }

  async #readEndsWithNewline(): Promise<boolean> {
    await mkdir(dirname(this.path), { recursive: true });
    let handle;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return true;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      if (size === 0) return true;
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      return last[0] === 0x0a;
    } finally {
      await handle.close();
    }
  }

  async #readRecords(): Promise<StateVersionRecord[]> {
    return (await this.readLines()).map(decodeStateVersionRecord).filter((record): record is StateVersionRecord => record !== undefined);
  }
}
