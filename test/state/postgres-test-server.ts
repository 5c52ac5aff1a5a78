// A PostgreSQL database for the tests of the postgres state backend: a fresh database per test
// file on the run's one server (test/global-setup.ts, a vitest globalSetup, starts it or
// takes MOSAIC_TEST_PG_URL). Only when that server does not answer, and CI is not set, do the
// tests skip — loudly. Imports nothing of src/.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { SharedPostgresServer } from '../global-setup.js';

export interface TestDatabase {
  /** Connection URL of the fresh database (with the server's password, if it has one). */
  readonly url: string;
  /** Drops the database. */
  drop(): Promise<void>;
}

/** The run's server, as the global setup provided it. */
export function sharedPostgresServer(): SharedPostgresServer {
  return inject('postgresServer');
}

/** A fresh database, or undefined (after a loud warning) when the server does not answer outside CI. */
export async function createTestDatabase(): Promise<TestDatabase | undefined> {
  const { adminUrl } = sharedPostgresServer();
  if (!(await canConnect(adminUrl))) {
    const at = new URL(adminUrl);
    const why = `no PostgreSQL server answers at ${at.host}`;
    if (process.env['CI']) throw new Error(`PostgreSQL tests cannot run: ${why}.`);
    process.stderr.write(`\n*** SKIPPING the PostgreSQL state backend tests: ${why}. Set MOSAIC_TEST_PG_URL or install postgresql. ***\n\n`);
    return undefined;
  }
  const name = `mosaic_test_${randomBytes(6).toString('hex')}`;
  await runSql(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await runSql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    },
  };
}

/** Runs one statement on the database at `url`. */
export async function runSql<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
