// PostgresRoutingHistory: a workspace's routing observations as rows of routing_history.
import { encodeCanonicalJson } from '../../canonical-json.js';
import type { RoutingHistory, RoutingObservation } from '../routing-history.js';
import type { PostgresDatabase, SqlQuerier } from './postgres-database.js';

export class PostgresRoutingHistory implements RoutingHistory {
  readonly #db: PostgresDatabase;
  readonly #workspace: string;

  constructor(db: PostgresDatabase, workspace: string) {
    this.#db = db;
    this.#workspace = workspace;
  }

  async record(observation: RoutingObservation): Promise<void> {
    await this.writeLines([encodeCanonicalJson(observation)]);
  }

  async recordAll(observations: readonly RoutingObservation[]): Promise<void> {
    await this.writeLines(observations.map((o) => encodeCanonicalJson(o)));
  }

  async readRecent(limit: number): Promise<RoutingObservation[]> {
    const rows = await this.#db.query<{ observation: RoutingObservation }>(
      `SELECT observation FROM (SELECT observation, position FROM ${this.#db.table('routing_history')} WHERE workspace = $1 ORDER BY position DESC LIMIT $2) recent ORDER BY position`,
      [this.#workspace, limit],
    );
    return rows.rows.map((row) => row.observation);
  }

  async readLines(): Promise<string[]> {
    const rows = await this.#db.query<{ observation: string }>(
      `SELECT observation::text AS observation FROM ${this.#db.table('routing_history')} WHERE workspace = $1 ORDER BY position`,
      [this.#workspace],
    );
    return rows.rows.map((row) => row.observation);
  }

  /** Appends observations given as their lines of canonical JSON, in order. */
  async writeLines(lines: readonly string[]): Promise<void> {
    await insertRoutingLines(this.#db, this.#db.table('routing_history'), this.#workspace, lines);
  }
}

export async function insertRoutingLines(sql: SqlQuerier, table: string, workspace: string, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return;
  await sql.query(
    `INSERT INTO ${table} (workspace, provider, kind, observation)
     SELECT $1, COALESCE(o::json->>'provider', ''), COALESCE(o::json->>'kind', ''), o::json FROM unnest($2::text[]) WITH ORDINALITY AS u(o, n) ORDER BY n`,
    [workspace, lines],
  );
}
