// PostgresStateHistory: the versions of a workspace's state in the state_versions table.
// Rebuilding a version reads from the nearest snapshot at or before it: versions are written
// one after another, so every patch's base is the version just before it.
import { DiagnosticError } from '../../diagnostics/diagnostic.js';
import { rebuildStateVersion } from '../rebuild-state-version.js';
import type { State } from '../state.js';
import type { StateHistory } from '../state-history.js';
import { decodeStateVersionRecord, type StateVersionRecord, type StateVersionSummary } from '../state-version-record.js';
import type { PostgresDatabase } from './postgres-database.js';

export class PostgresStateHistory implements StateHistory {
  readonly #db: PostgresDatabase;
  readonly #workspace: string;

  constructor(db: PostgresDatabase, workspace: string) {
    this.#db = db;
    this.#workspace = workspace;
  }

  async list(): Promise<StateVersionSummary[]> {
    const rows = await this.#db.query<{ serial: string; lineage: string; time: string; principal: string; command: string; resources: number }>(
      `SELECT serial, lineage, written_at AS time, principal, command, resources FROM ${this.#db.table('state_versions')} WHERE workspace = $1 ORDER BY serial`,
      [this.#workspace],
    );
    return rows.rows.map((row) => ({ ...row, serial: Number(row.serial) }));
  }

  async read(serial: number): Promise<State> {
    const versions = this.#db.table('state_versions');
    const rows = await this.#db.query<{ record: string }>(
      `SELECT record::text AS record FROM ${versions} WHERE workspace = $1 AND serial <= $2
         AND serial >= COALESCE((SELECT max(serial) FROM ${versions} WHERE workspace = $1 AND serial <= $2 AND kind = 'snapshot'), 0)
       ORDER BY serial`,
      [this.#workspace, serial],
    );
    const records = rows.rows.map((row) => decodeStateVersionRecord(row.record)).filter((r): r is StateVersionRecord => r !== undefined);
    const rebuilt = rebuildStateVersion(records, serial, `the history of workspace "${this.#workspace}" (${versions})`);
    if (rebuilt.value === undefined) throw new DiagnosticError(rebuilt.diagnostics);
    return rebuilt.value;
  }
}
