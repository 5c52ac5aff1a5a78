// The tables of the postgres state backend and their migrations. The schema carries its
// version in schema_version; each run brings it up to CURRENT_POSTGRES_SCHEMA_VERSION, one
// step at a time in one transaction, under an advisory lock so that runs
// starting together on a fresh database migrate it once. A newer version is refused.
import type pg from 'pg';
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import { MIGRATION_LOCK_CLASS, lockKeyOf } from './advisory-lock-key.js';

export const CURRENT_POSTGRES_SCHEMA_VERSION = 1;

/** The statements that take the schema from version N - 1 to N (at index N - 1), given the quoted schema name. */
const MIGRATIONS: readonly ((s: string) => readonly string[])[] = [
  (s) => [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE ${s}.schema_version (version integer NOT NULL, migrated_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE TABLE ${s}.workspaces (name text PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())`,
    `INSERT INTO ${s}.workspaces (name) VALUES ('default')`,
    // The current state: one row per workspace, one row per resource entry (its canonical JSON, kept as written).
    `CREATE TABLE ${s}.states (workspace text PRIMARY KEY REFERENCES ${s}.workspaces (name) ON DELETE CASCADE,
       lineage text NOT NULL, serial bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE TABLE ${s}.state_resources (workspace text NOT NULL REFERENCES ${s}.workspaces (name) ON DELETE CASCADE,
       address text NOT NULL, entry json NOT NULL, PRIMARY KEY (workspace, address))`,
    // Every version written: a snapshot or a patch record (state/state-version-record.ts), kept as written.
    `CREATE TABLE ${s}.state_versions (workspace text NOT NULL REFERENCES ${s}.workspaces (name) ON DELETE CASCADE,
       serial bigint NOT NULL, lineage text NOT NULL, written_at text NOT NULL, principal text NOT NULL, command text NOT NULL,
       resources integer NOT NULL, kind text NOT NULL, chain bigint NOT NULL, record json NOT NULL, PRIMARY KEY (workspace, serial))`,
    // Who holds each workspace's advisory lock, for the runs that find it taken.
    `CREATE TABLE ${s}.lock_holders (workspace text PRIMARY KEY, backend_pid integer NOT NULL, pid integer NOT NULL,
       host text NOT NULL, since text NOT NULL, command text NOT NULL, principal text NOT NULL)`,
    `CREATE TABLE ${s}.intents (workspace text NOT NULL REFERENCES ${s}.workspaces (name) ON DELETE CASCADE,
       seq integer NOT NULL, intent json NOT NULL, PRIMARY KEY (workspace, seq))`,
    // The audit chain: each entry's line as written, in the order of position.
    `CREATE TABLE ${s}.audit_entries (workspace text NOT NULL REFERENCES ${s}.workspaces (name) ON DELETE CASCADE,
       position bigserial, entry json NOT NULL, PRIMARY KEY (workspace, position))`,
    `CREATE TABLE ${s}.routing_history (workspace text NOT NULL REFERENCES ${s}.workspaces (name) ON DELETE CASCADE,
       position bigserial, provider text NOT NULL, kind text NOT NULL, observation json NOT NULL, PRIMARY KEY (workspace, position))`,
  ],
];

export async function migratePostgresSchema(client: pg.PoolClient, schema: string): Promise<void> {
  const found = await readSchemaVersion(client, schema);
  if (found === CURRENT_POSTGRES_SCHEMA_VERSION) return;
  if (found > CURRENT_POSTGRES_SCHEMA_VERSION) throw newerSchema(schema, found);
  const key = [MIGRATION_LOCK_CLASS, lockKeyOf(schema)];
  // Taken before the transaction begins: a transaction that began before another one's
  // migration committed would still see the catalog without its tables.
  await client.query('SELECT pg_advisory_lock($1, $2)', key);
  try {
    await client.query('BEGIN');
    // Another run may have migrated while this one waited for the lock.
    const version = await readSchemaVersion(client, schema);
    if (version > CURRENT_POSTGRES_SCHEMA_VERSION) throw newerSchema(schema, version);
    const quoted = `"${schema}"`;
    for (let next = version + 1; next <= CURRENT_POSTGRES_SCHEMA_VERSION; next++) {
      for (const statement of MIGRATIONS[next - 1]?.(quoted) ?? []) await client.query(statement);
    }
    await client.query(`DELETE FROM ${quoted}.schema_version`);
    await client.query(`INSERT INTO ${quoted}.schema_version (version) VALUES ($1)`, [CURRENT_POSTGRES_SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, $2)', key).catch(() => undefined);
  }
}

/** 0 when the schema or its version table does not exist yet. */
async function readSchemaVersion(client: pg.PoolClient, schema: string): Promise<number> {
  const table = await client.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [`"${schema}".schema_version`]);
  if (table.rows[0]?.exists !== true) return 0;
  const row = await client.query<{ version: number }>(`SELECT version FROM "${schema}".schema_version`);
  return row.rows[0]?.version ?? 0;
}

function newerSchema(schema: string, version: number): DiagnosticError {
  return new DiagnosticError([
    errorDiagnostic('state.newer-version', `the PostgreSQL schema ${schema} was written by a newer mosaic`, {
      hint: `Its tables have version ${String(version)}, but this mosaic knows versions up to ${String(CURRENT_POSTGRES_SCHEMA_VERSION)}. Upgrade mosaic to use this state.`,
    }),
  ]);
}
