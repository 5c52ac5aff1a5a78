// The postgres state lock: a session advisory lock on a connection of its own, held for the
// whole run. When the run ends its connection closes and the server releases the lock — even
// when the runner was killed — so nothing stale is ever left to take over. Who holds it is
// kept in lock_holders, one row per workspace, and checked against pg_locks before it is shown.
import { hostname } from 'node:os';
import { DiagnosticError } from '../../diagnostics/diagnostic.js';
import { describeLockedState } from '../describe-locked-state.js';
import type { LockHolder, LockRequest, LockWaitListener, StateLock } from '../state.js';
import { WORKSPACE_LOCK_CLASS, lockKeyOf } from './advisory-lock-key.js';
import type { PostgresDatabase, PostgresSession } from './postgres-database.js';

const LOCK_NOT_AVAILABLE = '55P03';

export async function acquirePostgresStateLock(
  db: PostgresDatabase,
  workspace: string,
  request: LockRequest,
  timeoutMs: number,
  onWait?: LockWaitListener,
): Promise<StateLock> {
  const key = [WORKSPACE_LOCK_CLASS, lockKeyOf(`${db.target.schema}/${workspace}`)];
  const client = await db.connectAlone();
  try {
    const tried = await client.query<{ taken: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS taken', key);
    if (tried.rows[0]?.taken !== true) await waitForLock(db, client, workspace, key, timeoutMs, onWait);
    const mine: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command: request.command, principal: request.principal };
    await client.query(
      `INSERT INTO ${db.table('lock_holders')} (workspace, backend_pid, pid, host, since, command, principal)
       VALUES ($1, pg_backend_pid(), $2, $3, $4, $5, $6)
       ON CONFLICT (workspace) DO UPDATE SET backend_pid = EXCLUDED.backend_pid, pid = EXCLUDED.pid, host = EXCLUDED.host,
         since = EXCLUDED.since, command = EXCLUDED.command, principal = EXCLUDED.principal`,
      [workspace, mine.pid, mine.host, mine.since, mine.command, mine.principal],
    );
    return new PostgresStateLock(db, client, workspace, key);
  } catch (error) {
    await client.end();
    throw error;
  }
}

async function waitForLock(db: PostgresDatabase, client: PostgresSession, workspace: string, key: readonly number[], timeoutMs: number, onWait?: LockWaitListener): Promise<void> {
  const holder = await readLockHolder(db, client, workspace, key);
  const locked = (found: LockHolder | string) =>
    new DiagnosticError([describeLockedState({ holder: found, timeoutMs, ifGone: 'A run that dies releases the lock with its connection, so the holder is alive or its connection still open.' })]);
  if (timeoutMs <= 0) throw locked(holder);
  onWait?.(typeof holder === 'string' ? undefined : holder);
  // The server queues waiters and hands the lock over the moment it is released.
  await client.query(`SET lock_timeout = ${String(Math.ceil(timeoutMs))}`);
  if (!(await client.succeeds('SELECT pg_advisory_lock($1, $2)', key, LOCK_NOT_AVAILABLE))) throw locked(await readLockHolder(db, client, workspace, key));
  await client.query('SET lock_timeout = 0');
}

/** The recorded holder when it is the session that holds the lock; otherwise a phrase. */
async function readLockHolder(db: PostgresDatabase, client: PostgresSession, workspace: string, key: readonly number[]): Promise<LockHolder | string> {
  const found = await client.query<LockHolder & { backend_pid: number; holding_pid: number | null }>(
    `SELECT h.pid, h.host, h.since, h.command, h.principal, h.backend_pid,
       (SELECT l.pid FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $2::bigint::oid AND l.objid = $3::bigint::oid
          AND l.objsubid = 2 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1) AS holding_pid
     FROM (SELECT 1) one LEFT JOIN ${db.table('lock_holders')} h ON h.workspace = $1`,
    [workspace, ...key],
  );
  const row = found.rows[0];
  if (row?.holding_pid == null) return 'its holder just released it';
  if (row.backend_pid !== row.holding_pid) return `by a run that is starting (PostgreSQL backend pid ${String(row.holding_pid)})`;
  return { pid: row.pid, host: row.host, since: row.since, command: row.command, principal: row.principal };
}

/** A held advisory lock and the connection that holds it. */
class PostgresStateLock implements StateLock {
  readonly #db: PostgresDatabase;
  readonly #client: PostgresSession;
  readonly #workspace: string;
  readonly #key: readonly number[];
  #released = false;

  constructor(db: PostgresDatabase, client: PostgresSession, workspace: string, key: readonly number[]) {
    this.#db = db;
    this.#client = client;
    this.#workspace = workspace;
    this.#key = key;
  }

  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    try {
      await this.#client.query(`DELETE FROM ${this.#db.table('lock_holders')} WHERE workspace = $1 AND backend_pid = pg_backend_pid()`, [this.#workspace]);
      await this.#client.query('SELECT pg_advisory_unlock($1, $2)', this.#key);
    } catch {
      // The connection is gone, and with it the lock.
    } finally {
      await this.#client.end();
    }
  }
}
