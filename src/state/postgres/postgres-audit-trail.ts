// PostgresAuditTrail: a workspace's audit chain as rows of audit_entries, each row the very
// line a file would hold (canonical JSON, kept as written by the json type), in the order of
// position. Verification reads the rows back in that order and checks them like lines, so an
// edited, deleted or reordered row fails `mosaic audit verify`.
import { GENESIS_PREV, decodeAuditEntry, hashAuditLine, type AuditEntry } from '../../audit/audit-entry.js';
import type { AuditEntryInput, AuditTrail } from '../../audit/audit-trail.js';
import { chainAuditEntry, type AuditChainEnd } from '../../audit/chain-audit-entry.js';
import { verifyAuditLines, type AuditLogVerification } from '../../audit/verify-audit-log.js';
import type { PostgresDatabase, SqlQuerier } from './postgres-database.js';

/** Rows read from the end to find the last entry that can be read. */
const TAIL_ROWS = 50;

export class PostgresAuditTrail implements AuditTrail {
  readonly location: string;
  readonly #db: PostgresDatabase;
  readonly #workspace: string;
  #end: AuditChainEnd | undefined;
  // Appends run one at a time so that each entry chains to the one before it.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(db: PostgresDatabase, workspace: string) {
    this.#db = db;
    this.#workspace = workspace;
    this.location = describePostgresAuditTrail(db.target.where, `${db.target.schema}.audit_entries`, workspace);
  }

  append(input: AuditEntryInput): Promise<AuditEntry> {
    return this.#enqueue(async () => {
      const end = this.#end ?? (await this.#readEnd());
      const chained = chainAuditEntry(input, end);
      await this.#db.query(`INSERT INTO ${this.#db.table('audit_entries')} (workspace, entry) VALUES ($1, $2::json)`, [this.#workspace, chained.line]);
      this.#end = chained.end;
      return chained.entry;
    });
  }

  async read(): Promise<AuditEntry[]> {
    return (await this.readLines()).flatMap((line) => {
      const decoded = decodeAuditEntry(line);
      return decoded === undefined ? [] : [decoded.entry];
    });
  }

  async verify(): Promise<AuditLogVerification> {
    return verifyAuditLines(await this.readLines(), { unit: 'row' });
  }

  async readLines(): Promise<string[]> {
    const rows = await this.#db.query<{ entry: string }>(
      `SELECT entry::text AS entry FROM ${this.#db.table('audit_entries')} WHERE workspace = $1 ORDER BY position`,
      [this.#workspace],
    );
    return rows.rows.map((row) => row.entry);
  }

  async writeLines(lines: readonly string[]): Promise<void> {
    await insertAuditLines(this.#db, this.#db.table('audit_entries'), this.#workspace, lines);
    this.#end = undefined;
  }

  /** Where the chain ends: the last row that reads as an entry (damaged rows are verify's business). */
  async #readEnd(): Promise<AuditChainEnd> {
    const rows = await this.#db.query<{ entry: string }>(
      `SELECT entry::text AS entry FROM ${this.#db.table('audit_entries')} WHERE workspace = $1 ORDER BY position DESC LIMIT ${String(TAIL_ROWS)}`,
      [this.#workspace],
    );
    for (const row of rows.rows) {
      const decoded = decodeAuditEntry(row.entry);
      if (decoded !== undefined) return { seq: decoded.entry.seq, prev: hashAuditLine(row.entry) };
    }
    return { seq: 0, prev: GENESIS_PREV };
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

export function describePostgresAuditTrail(where: string, table: string, workspace: string): string {
  return `table ${table} of PostgreSQL ${where}, workspace "${workspace}"`;
}

/** Appends entries given as their lines, in order, as they are. */
export async function insertAuditLines(sql: SqlQuerier, table: string, workspace: string, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return;
  await sql.query(`INSERT INTO ${table} (workspace, entry) SELECT $1, line::json FROM unnest($2::text[]) WITH ORDINALITY AS u(line, n) ORDER BY n`, [workspace, lines]);
}
