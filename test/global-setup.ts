// The run's global setup (a vitest globalSetup): its one PostgreSQL server. MOSAIC_TEST_PG_URL
// when set, else a throwaway server with a random password (scram-sha-256) started here and
// stopped after the last file. Workers get it through inject('postgresServer'); each test file
// makes a database of its own on it (test/state/postgres-test-server.ts). Without a server: in
// CI the run fails, elsewhere it falls back to 127.0.0.1:5432 and says so loudly.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startThrowawayServer, type ThrowawayServer } from './state/throwaway-postgres-server.js';

export interface SharedPostgresServer {
  /** Superuser URL of its `postgres` database, with the password when it has one. */
  readonly adminUrl: string;
  /** Whether it refuses a wrong password: only then can a test see mosaic report one. */
  readonly checksPasswords: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresServer: SharedPostgresServer;
  }
}

const FALLBACK_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

let server: ThrowawayServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const given = process.env['MOSAIC_TEST_PG_URL'];
  if (given !== undefined) {
    project.provide('postgresServer', { adminUrl: given, checksPasswords: await refusesWrongPassword(given) });
    return;
  }
  server = startThrowawayServer({ password: randomBytes(12).toString('hex') });
  if (server !== undefined) {
    project.provide('postgresServer', { adminUrl: server.url, checksPasswords: true });
    return;
  }
  // In CI the machine has PostgreSQL's binaries: a server that cannot start there is a failure.
  if (process.env['CI']) throw new Error('no throwaway PostgreSQL server could be started (initdb/pg_ctl), and MOSAIC_TEST_PG_URL is not set');
  process.stderr.write(
    '\n*** No throwaway PostgreSQL server could be started (initdb/pg_ctl): the PostgreSQL tests use 127.0.0.1:5432 instead, ' +
      'or skip if nothing answers there. Set MOSAIC_TEST_PG_URL or install postgresql. ***\n\n',
  );
  project.provide('postgresServer', { adminUrl: FALLBACK_URL, checksPasswords: await refusesWrongPassword(FALLBACK_URL) });
}

export function teardown(): void {
  server?.stop();
  server = undefined;
}

/** True when logging in with a wrong password fails as such; false for trust auth or no server. */
async function refusesWrongPassword(adminUrl: string): Promise<boolean> {
  const url = new URL(adminUrl);
  url.password = `wrong-${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return false;
  } catch (error) {
    // 28P01: invalid_password.
    return (error as { code?: unknown }).code === '28P01';
  }
}
