// PostgresStateBackend: workspaces as rows of one PostgreSQL schema; every table is keyed by
// workspace and every query names one, so workspaces never see each other's data.
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import type { StateBackend, Workspace, WorkspaceAuthor, WorkspaceContent } from '../state-backend.js';
import { decodeStateVersionRecord, type StateVersionRecord } from '../state-version-record.js';
import { DEFAULT_WORKSPACE, workspaceNotFound } from '../workspace-name.js';
import { PostgresAuditTrail, describePostgresAuditTrail, insertAuditLines } from './postgres-audit-trail.js';
import { PostgresDatabase, type SqlQuerier } from './postgres-database.js';
import { PostgresIntentJournal } from './postgres-intent-journal.js';
import { PostgresRoutingHistory, insertRoutingLines } from './postgres-routing-history.js';
import { PostgresStateHistory } from './postgres-state-history.js';
import { PostgresStateStore, upsertEntries } from './postgres-state-store.js';
import type { PostgresTarget } from './postgres-target.js';

export class PostgresStateBackend implements StateBackend {
  readonly kind = 'postgres';
  readonly db: PostgresDatabase;

  constructor(target: PostgresTarget) {
    this.db = new PostgresDatabase(target);
  }

  get description(): string {
    return `PostgreSQL ${this.db.target.where}, schema ${this.db.target.schema}`;
  }

  async listWorkspaces(): Promise<string[]> {
    const rows = await this.db.query<{ name: string }>(`SELECT name FROM ${this.db.table('workspaces')}`);
    return [...new Set([DEFAULT_WORKSPACE, ...rows.rows.map((row) => row.name)])].sort();
  }

  async hasWorkspace(name: string): Promise<boolean> {
    if (name === DEFAULT_WORKSPACE) return true;
    const rows = await this.db.query(`SELECT 1 FROM ${this.db.table('workspaces')} WHERE name = $1`, [name]);
    return rows.rowCount === 1;
  }

  async createWorkspace(name: string): Promise<void> {
    const inserted = await this.db.query(`INSERT INTO ${this.db.table('workspaces')} (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [name]);
    if (inserted.rowCount !== 1) {
      throw new DiagnosticError([errorDiagnostic('state.workspace-exists', `workspace "${name}" already exists`, { hint: `Select it with \`mosaic workspace select ${name}\`.` })]);
    }
  }

  async deleteWorkspace(name: string): Promise<void> {
    if (name === DEFAULT_WORKSPACE) throw new Error('the default workspace cannot be deleted');
    // Every table's rows of the workspace go with it (ON DELETE CASCADE).
    await this.db.query(`DELETE FROM ${this.db.table('workspaces')} WHERE name = $1`, [name]);
  }

  async openWorkspace(name: string, author: WorkspaceAuthor): Promise<Workspace> {
    await this.#ensureWorkspaceRow(name);
    return this.#workspaceAt(name, author);
  }

  describeAuditTrail(name: string): string {
    return describePostgresAuditTrail(this.db.target.where, `${this.db.target.schema}.audit_entries`, name);
  }

  async exportWorkspace(name: string): Promise<WorkspaceContent> {
    await this.#ensureWorkspaceRow(name);
    const workspace = this.#workspaceAt(name, { principal: 'unknown', command: 'mosaic state migrate' });
    const versions = await this.db.query<{ record: string }>(`SELECT record::text AS record FROM ${this.db.table('state_versions')} WHERE workspace = $1 ORDER BY serial`, [name]);
    return {
      state: await workspace.store.read(),
      history: versions.rows.map((row) => row.record),
      audit: await workspace.audit.readLines(),
      routing: await workspace.routing.readLines(),
      openIntents: (await workspace.journal.readOpen()).length,
    };
  }

  async importWorkspace(name: string, content: WorkspaceContent): Promise<void> {
    const table = (t: string) => this.db.table(t);
    await this.db.transaction(async (sql) => {
      await sql.query(`INSERT INTO ${table('workspaces')} (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [name]);
      const held = await sql.query(
        `SELECT 1 FROM ${table('states')} WHERE workspace = $1 UNION ALL SELECT 1 FROM ${table('state_versions')} WHERE workspace = $1
         UNION ALL SELECT 1 FROM ${table('audit_entries')} WHERE workspace = $1 LIMIT 1`,
        [name],
      );
      if (held.rowCount !== 0) {
        throw new DiagnosticError([
          errorDiagnostic('state.migrate-target-not-empty', `workspace "${name}" already has state in ${this.description}`, {
            hint: 'mosaic never merges two states. Delete the workspace there (`mosaic workspace delete`) or migrate into another schema.',
          }),
        ]);
      }
      if (content.state.serial > 0) {
        await sql.query(`INSERT INTO ${table('states')} (workspace, lineage, serial) VALUES ($1, $2, $3)`, [name, content.state.lineage, content.state.serial]);
        await upsertEntries(sql, table('state_resources'), name, content.state.resources);
      }
      await insertVersionLines(sql, table('state_versions'), name, content.history);
      await insertAuditLines(sql, table('audit_entries'), name, content.audit);
      await insertRoutingLines(sql, table('routing_history'), name, content.routing);
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }

  async #ensureWorkspaceRow(name: string): Promise<void> {
    if (await this.hasWorkspace(name)) return;
    throw new DiagnosticError([workspaceNotFound(name, await this.listWorkspaces())]);
  }

  #workspaceAt(name: string, author: WorkspaceAuthor): Workspace & { audit: PostgresAuditTrail; routing: PostgresRoutingHistory } {
    return {
      name,
      store: new PostgresStateStore(this.db, name, author),
      history: new PostgresStateHistory(this.db, name),
      journal: new PostgresIntentJournal(this.db, name),
      audit: new PostgresAuditTrail(this.db, name),
      routing: new PostgresRoutingHistory(this.db, name),
    };
  }
}

/**
 * History lines copied from elsewhere, one row per serial: a local history may hold two
 * records of one serial (a run killed between writing history and state), and the later wins.
 */
async function insertVersionLines(sql: SqlQuerier, table: string, workspace: string, lines: readonly string[]): Promise<void> {
  const bySerial = new Map<number, { record: StateVersionRecord; line: string }>();
  for (const line of lines) {
    const record = decodeStateVersionRecord(line);
    if (record !== undefined) bySerial.set(record.serial, { record, line });
  }
  const kept = [...bySerial.values()];
  if (kept.length === 0) return;
  const column = <T>(pick: (r: StateVersionRecord) => T): T[] => kept.map((k) => pick(k.record));
  await sql.query(
    `INSERT INTO ${table} (workspace, serial, lineage, written_at, principal, command, resources, kind, chain, record)
     SELECT $1, s, l, t, p, c, r, k, ch, rec::json
     FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::integer[], $8::text[], $9::bigint[], $10::text[]) AS u(s, l, t, p, c, r, k, ch, rec)`,
    [
      workspace,
      column((r) => r.serial),
      column((r) => r.lineage),
      column((r) => r.time),
      column((r) => r.principal),
      column((r) => r.command),
      column((r) => r.resources),
      column((r) => r.kind),
      column((r) => r.chain),
      kept.map((k) => k.line),
    ],
  );
}
