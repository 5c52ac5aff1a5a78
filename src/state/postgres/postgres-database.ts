// PostgresDatabase: the connection pool of one state backend, with the schema migrated before
// the first query, every error turned into a diagnostic, and transactions. It has a lifetime
// (the pool), so it is a class; idle connections never keep the process alive.
import pg from 'pg';
import { DiagnosticError } from '../../diagnostics/diagnostic.js';
import { describePostgresError } from './describe-postgres-error.js';
import { migratePostgresSchema } from './migrate-postgres-schema.js';
import type { PostgresTarget } from './postgres-target.js';

/** What runs queries: the pool, or the client of a transaction. */
export interface SqlQuerier {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: readonly unknown[]): Promise<pg.QueryResult<R>>;
}

const CONNECT_TIMEOUT_MS = 10_000;

export class PostgresDatabase implements SqlQuerier {
  readonly target: PostgresTarget;
  readonly #pool: pg.Pool;
  #ready: Promise<void> | undefined;

  constructor(target: PostgresTarget) {
    this.target = target;
    this.#pool = new pg.Pool({ ...connectionConfig(target), max: 4, allowExitOnIdle: true });
    // An idle connection that breaks (a server restart) is dropped by the pool; the next query reconnects.
    this.#pool.on('error', () => undefined);
  }

  /** `"schema"."table"`; the schema name was checked against ^[a-z_][a-z0-9_]*$ by the config schema. */
  table(name: string): string {
    return `"${this.target.schema}"."${name}"`;
  }

  /** Connects and brings the schema to the version this mosaic uses, once. */
  ready(): Promise<void> {
    this.#ready ??= this.#translate(async () => {
      const client = await this.#pool.connect();
      try {
        await migratePostgresSchema(client, this.target.schema);
      } finally {
        client.release();
      }
    });
    return this.#ready;
  }

  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: readonly unknown[] = []): Promise<pg.QueryResult<R>> {
    await this.ready();
    return this.#translate(() => this.#pool.query<R>(text, params as unknown[]));
  }

  /** Runs `work` in a transaction (READ COMMITTED unless `begin` says otherwise); rolls back when it throws. */
  async transaction<T>(work: (sql: SqlQuerier) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    await this.ready();
    const client = await this.#translate(() => this.#pool.connect());
    let broken = false;
    try {
      await this.#translate(() => client.query(begin));
      const sql: SqlQuerier = { query: (text, params = []) => this.#translate(() => client.query(text, params as unknown[])) };
      const result = await work(sql);
      await sql.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** A connection of its own, outside the pool, for a lock held as long as the connection lives. */
  async connectAlone(): Promise<PostgresSession> {
    await this.ready();
    const client = new pg.Client(connectionConfig(this.target));
    // Without a listener a lost connection would crash the process; the lock's owner sees it on release.
    client.on('error', () => undefined);
    await this.#translate(() => client.connect());
    return new PostgresSession(client, (work) => this.#translate(work));
  }

  /** Errors of `work` as diagnostics (DiagnosticErrors pass through). */
  async #translate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DiagnosticError) throw error;
      throw new DiagnosticError([describePostgresError(error, this.target)]);
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}

function connectionConfig(target: PostgresTarget): pg.ClientConfig {
  return { connectionString: target.connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true, application_name: 'mosaic' };
}

/** One connection outside the pool; its queries' errors are diagnostics like the pool's. */
export class PostgresSession implements SqlQuerier {
  readonly #client: pg.Client;
  readonly #translate: <T>(work: () => Promise<T>) => Promise<T>;

  constructor(client: pg.Client, translate: <T>(work: () => Promise<T>) => Promise<T>) {
    this.#client = client;
    this.#translate = translate;
  }

  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params: readonly unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.#translate(() => this.#client.query<R>(text, params as unknown[]));
  }

  /** Runs a statement that may fail with `sqlState` (e.g. a lock timeout): false then, instead of an error. */
  async succeeds(text: string, params: readonly unknown[], sqlState: string): Promise<boolean> {
    try {
      await this.#client.query(text, params as unknown[]);
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === sqlState) return false;
      return this.#translate(() => Promise.reject(error as Error));
    }
  }

  async end(): Promise<void> {
    await this.#client.end().catch(() => undefined);
  }
}
