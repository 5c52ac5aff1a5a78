// PostgresStateStore: one workspace's state in PostgreSQL — a row of serial and lineage, a row
// per resource entry — and the history record of every version. A write is one transaction
// that moves the serial on only from the serial this store read, so a run that did not take
// the lock can never overwrite a version it has not seen; it fails with state.conflict.
import { randomUUID } from 'node:crypto';
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { recordStateVersion } from '../record-state-version.js';
import type { WorkspaceAuthor, WorkspaceStateStore } from '../state-backend.js';
import { emptyState, type LockRequest, type LockWaitListener, type State, type StateLock, type StateResource } from '../state.js';
import { validateStateFile } from '../state-file-schema.js';
import { encodeStateEntry, type StateVersionRecord } from '../state-version-record.js';
import { CURRENT_STATE_FILE_VERSION } from '../upgrade-state-file.js';
import type { PostgresDatabase, SqlQuerier } from './postgres-database.js';
import { acquirePostgresStateLock } from './postgres-state-lock.js';

interface StoredVersion {
  readonly state: State;
  /** Its history record's `chain`; undefined when history does not hold it. */
  readonly chain: number | undefined;
  /** About the bytes of a snapshot of it, once measured. */
  readonly size?: number;
}

export class PostgresStateStore implements WorkspaceStateStore {
  readonly #db: PostgresDatabase;
  readonly #workspace: string;
  #author: WorkspaceAuthor;
  #stored: StoredVersion | undefined;
  // Writes run one at a time, in call order, each following the serial of the one before.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(db: PostgresDatabase, workspace: string, author: WorkspaceAuthor) {
    this.#db = db;
    this.#workspace = workspace;
    this.#author = author;
  }

  read(): Promise<State> {
    return this.#enqueue(async () => (await this.#load()).state);
  }

  write(state: State): Promise<State> {
    return this.#enqueue(async () => {
      const stored = this.#stored ?? (await this.#load());
      return this.#commit(stored, {
        lineage: stored.state.lineage === '' ? randomUUID() : stored.state.lineage,
        serial: stored.state.serial + 1,
        resources: state.resources,
      });
    });
  }

  replace(state: State): Promise<State> {
    return this.#enqueue(async () => {
      const stored = this.#stored ?? (await this.#load());
      return this.#commit(stored, {
        lineage: state.lineage !== '' ? state.lineage : stored.state.lineage === '' ? randomUUID() : stored.state.lineage,
        serial: Math.max(stored.state.serial + 1, state.serial),
        resources: state.resources,
      });
    });
  }

  lock(request: LockRequest, timeoutMs: number, onWait?: LockWaitListener): Promise<StateLock> {
    this.#author = { principal: request.principal, command: request.command };
    return acquirePostgresStateLock(this.#db, this.#workspace, request, timeoutMs, onWait);
  }

  /** State, resources and the last history record, from one snapshot of the database. */
  async #load(): Promise<StoredVersion> {
    const { head, rows, last } = await this.#db.transaction(async (sql) => {
      const headRows = await sql.query<{ lineage: string; serial: string }>(`SELECT lineage, serial FROM ${this.#db.table('states')} WHERE workspace = $1`, [this.#workspace]);
      const resourceRows = await sql.query<{ address: string; entry: string }>(
        `SELECT address, entry::text AS entry FROM ${this.#db.table('state_resources')} WHERE workspace = $1`,
        [this.#workspace],
      );
      const lastRows = await sql.query<{ serial: string; lineage: string; chain: string }>(
        `SELECT serial, lineage, chain FROM ${this.#db.table('state_versions')} WHERE workspace = $1 ORDER BY serial DESC LIMIT 1`,
        [this.#workspace],
      );
      return { head: headRows.rows[0], rows: resourceRows.rows, last: lastRows.rows[0] };
    }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const state = head === undefined ? emptyState() : this.#decode(head.lineage, Number(head.serial), rows);
    const holdsIt = last !== undefined && Number(last.serial) === state.serial && last.lineage === state.lineage;
    this.#stored = { state, chain: holdsIt ? Number(last.chain) : undefined };
    return this.#stored;
  }

  #decode(lineage: string, serial: number, rows: readonly { address: string; entry: string }[]): State {
    const resources: Record<string, unknown> = {};
    for (const row of rows) resources[row.address] = JSON.parse(row.entry) as unknown;
    const checked = validateStateFile({ version: CURRENT_STATE_FILE_VERSION, lineage, serial, resources });
    if (checked.value === undefined) {
      throw new DiagnosticError([
        errorDiagnostic('state.invalid', `the state of workspace "${this.#workspace}" in ${this.#db.table('state_resources')} does not match the state file schema`, {
          hint: `Problems: ${checked.problems.slice(0, 5).join('; ')}. Rows were edited by hand; restore a good version with \`mosaic state pull --serial N\` and \`mosaic state push\`.`,
        }),
      ]);
    }
    return { lineage, serial, resources: checked.value.resources };
  }

  async #commit(stored: StoredVersion, next: State): Promise<State> {
    const { record, line, diff, size } = recordStateVersion(stored, next, { time: new Date().toISOString(), ...this.#author });
    const { set, remove } = diff;
    await this.#db.transaction(async (sql) => {
      await this.#moveSerial(sql, stored.state.serial, next);
      await upsertEntries(sql, this.#db.table('state_resources'), this.#workspace, set);
      if (remove.length > 0) await sql.query(`DELETE FROM ${this.#db.table('state_resources')} WHERE workspace = $1 AND address = ANY($2::text[])`, [this.#workspace, remove]);
      await insertVersion(sql, this.#db.table('state_versions'), this.#workspace, record, line);
    });
    this.#stored = { state: next, chain: record.chain, size };
    return next;
  }

  /** Sets serial and lineage only where the serial is still the one this store read. */
  async #moveSerial(sql: SqlQuerier, expected: number, next: State): Promise<void> {
    const states = this.#db.table('states');
    const moved =
      expected === 0
        ? await sql.query(`INSERT INTO ${states} (workspace, lineage, serial) VALUES ($1, $2, $3) ON CONFLICT (workspace) DO NOTHING`, [this.#workspace, next.lineage, next.serial])
        : await sql.query(`UPDATE ${states} SET lineage = $2, serial = $3, updated_at = now() WHERE workspace = $1 AND serial = $4`, [this.#workspace, next.lineage, next.serial, expected]);
    if (moved.rowCount === 1) return;
    const now = await sql.query<{ serial: string }>(`SELECT serial FROM ${states} WHERE workspace = $1`, [this.#workspace]);
    this.#stored = undefined;
    throw new DiagnosticError([
      errorDiagnostic('state.conflict', `the state of workspace "${this.#workspace}" changed since this run read it (serial ${String(expected)}, now ${now.rows[0]?.serial ?? 'deleted'})`, {
        hint: 'Another run wrote it without holding the lock; nothing was written. Run again: mosaic reads the state anew.',
      }),
    ]);
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

/** Inserts or updates entries in one statement, each stored as its canonical JSON. */
export async function upsertEntries(sql: SqlQuerier, table: string, workspace: string, entries: Readonly<Record<string, StateResource>>): Promise<void> {
  const addresses = Object.keys(entries);
  if (addresses.length === 0) return;
  const texts = addresses.map((address) => encodeStateEntry(entries[address] as StateResource));
  await sql.query(
    `INSERT INTO ${table} (workspace, address, entry) SELECT $1, a, e::json FROM unnest($2::text[], $3::text[]) AS u(a, e)
     ON CONFLICT (workspace, address) DO UPDATE SET entry = EXCLUDED.entry`,
    [workspace, addresses, texts],
  );
}

export async function insertVersion(sql: SqlQuerier, table: string, workspace: string, record: StateVersionRecord, line: string): Promise<void> {
  await sql.query(
    `INSERT INTO ${table} (workspace, serial, lineage, written_at, principal, command, resources, kind, chain, record)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::json)`,
    [workspace, record.serial, record.lineage, record.time, record.principal, record.command, record.resources, record.kind, record.chain, line],
  );
}
