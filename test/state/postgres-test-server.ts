// A PostgreSQL database for the tests of the postgres state backend: a fresh database per test
// file on MOSAIC_TEST_PG_URL, else on the server machines of this project run at
// 127.0.0.1:5432 (trust auth), else on a throwaway server started from Debian's postgresql
// binaries (initdb into a temporary folder, pg_ctl on a free port). Only when none of these
// works, and CI is not set, do the tests skip — loudly. Imports nothing of src/.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  /** Connection URL of the fresh database. */
  readonly url: string;
  /** Drops the database (and stops a throwaway server). */
  drop(): Promise<void>;
}

export interface ThrowawayServer {
  /** URL of its `postgres` database, as superuser `postgres` (with the password, if one was set). */
  readonly url: string;
  readonly port: number;
  stop(): void;
}

const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh database, or undefined (after a loud warning) when no server can be had outside CI. */
export async function createTestDatabase(): Promise<TestDatabase | undefined> {
  const given = process.env['MOSAIC_TEST_PG_URL'];
  let adminUrl = given ?? DEFAULT_SERVER_URL;
  let server: ThrowawayServer | undefined;
  if (!(await canConnect(adminUrl))) {
    server = startThrowawayServer();
    if (server === undefined) {
      const why = `no PostgreSQL server answers at ${given === undefined ? '127.0.0.1:5432' : 'MOSAIC_TEST_PG_URL'} and none could be started with initdb/pg_ctl`;
      if (process.env['CI']) throw new Error(`PostgreSQL tests cannot run: ${why}.`);
      process.stderr.write(`\n*** SKIPPING the PostgreSQL state backend tests: ${why}. Set MOSAIC_TEST_PG_URL or install postgresql. ***\n\n`);
      return undefined;
    }
    adminUrl = server.url;
  }
  const name = `mosaic_test_${randomBytes(6).toString('hex')}`;
  await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      server?.stop();
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

async function runAdmin(url: string, text: string): Promise<void> {
  await runSql(url, text);
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

/**
 * Starts a server in a temporary folder on a free port: trust auth, or scram-sha-256 with
 * `password` for user postgres. Undefined when the binaries are missing or it cannot start.
 * initdb refuses to run as root, so as root the server runs as the `postgres` user.
 */
export function startThrowawayServer(options: { readonly password?: string } = {}): ThrowawayServer | undefined {
  const bin = findPostgresBin();
  if (bin === undefined) return undefined;
  const asRoot = userInfo().uid === 0;
  if (asRoot && spawnSync('id', ['-u', 'postgres']).status !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'mosaic-pg-'));
  const data = join(dir, 'data');
  const run = (command: string, args: readonly string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] as const : [command, args] as const;
    return spawnSync(full[0], full[1], { encoding: 'utf8', timeout: 60_000 });
  };
  const initArgs = ['-D', data, '-U', 'postgres', '-N', '--no-instructions'];
  if (options.password === undefined) initArgs.push('--auth=trust');
  else {
    writeFileSync(join(dir, 'pw'), `${options.password}\n`);
    initArgs.push('--auth=scram-sha-256', `--pwfile=${join(dir, 'pw')}`);
  }
  if (asRoot) chownRecursive(dir);
  const port = findFreePort();
  const started =
    run(join(bin, 'initdb'), initArgs).status === 0 &&
    run(join(bin, 'pg_ctl'), ['-D', data, '-o', `-p ${String(port)} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-w', '-t', '30', '-l', join(dir, 'log'), 'start']).status === 0;
  const stop = () => {
    run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  if (!started) {
    stop();
    return undefined;
  }
  const auth = options.password === undefined ? 'postgres' : `postgres:${encodeURIComponent(options.password)}`;
  return { url: `postgres://${auth}@127.0.0.1:${String(port)}/postgres`, port, stop };
}

function findPostgresBin(): string | undefined {
  const candidates = ['/usr/local/bin'];
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) for (const version of readdirSync(debian).sort().reverse()) candidates.push(join(debian, version, 'bin'));
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

function chownRecursive(dir: string): void {
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  chownSync(dir, uid, gid);
  for (const name of readdirSync(dir)) chownSync(join(dir, name), uid, gid);
}

/** A port nothing listens on now (asked of the kernel, synchronously through a child process). */
export function findFreePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout);
}
