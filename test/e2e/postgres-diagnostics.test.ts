// Problems with the PostgreSQL state backend are diagnostics at state.url's line and column —
// a rejected password, an unreachable server, a missing database — never a stack trace, and the
// URL's password appears nowhere: not in output, not in the database, not in local files. The
// CLI runs in-process, against the run's one server (test/global-setup.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../cli/cli-harness.js';
import { createTestDatabase, runSql, sharedPostgresServer } from '../state/postgres-test-server.js';
import { findFreePort } from '../state/throwaway-postgres-server.js';
import { tempProject } from './temp-project.js';

const PASSWORD = 'pAss-7d1e90';
const config = 'version: 1\nproviders:\n  local: { type: local, root: data }\nstate:\n  backend: postgres\n  url: ${env:MOSAIC_PG_URL}\nresources:\n  repository:\n    api: { description: x }\n';

const server = sharedPostgresServer();
const database = await createTestDatabase();
if (database !== undefined && !server.checksPasswords) {
  // A server with trust auth (the fallback to 127.0.0.1:5432, or MOSAIC_TEST_PG_URL) accepts any password.
  process.stderr.write('\n*** SKIPPING the wrong-password test: the PostgreSQL server of this run accepts any password (trust auth). ***\n\n');
}
afterAll(async () => {
  await database?.drop();
});

function expectCleanFailure(result: CliResult, secret = PASSWORD): void {
  expect(result.code).toBe(1);
  expect(`${result.stdout}${result.stderr}`).not.toContain(secret);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toContain('internal error');
}

describe('postgres state backend diagnostics', () => {
  it.skipIf(database === undefined || !server.checksPasswords)('reports a wrong password at state.url, without the password', async () => {
    const dir = tempProject({ 'mosaic.yaml': config });
    const url = new URL(server.adminUrl);
    url.password = PASSWORD;
    const result = await runCli(['plan'], { cwd: dir, env: { MOSAIC_PG_URL: url.toString() } });
    expectCleanFailure(result);
    expect(result.stderr).toBe(
      `mosaic.yaml:6:8: error: cannot log in to the PostgreSQL state backend postgres@127.0.0.1:${url.port}/postgres: password authentication failed for user "postgres"\n` +
        '  Check the user and password in state.url (e.g. the MOSAIC_PG_URL variable it reads).\n',
    );
  });

  it('reports an unreachable server at state.url, without the password', async () => {
    const dir = tempProject({ 'mosaic.yaml': config });
    const port = findFreePort();
    const result = await runCli(['apply', '--auto-approve'], { cwd: dir, env: { MOSAIC_PG_URL: `postgres://postgres:${PASSWORD}@127.0.0.1:${String(port)}/mosaic` } });
    expectCleanFailure(result);
    expect(result.stderr).toMatch(
      new RegExp(`^mosaic\\.yaml:6:8: error: cannot reach the PostgreSQL state backend postgres@127\\.0\\.0\\.1:${String(port)}/mosaic: connection refused \\(nothing listens there\\)\\n  Check that the server runs`),
    );
    // validate never touches the state backend.
    expect((await runCli(['validate'], { cwd: dir, env: { MOSAIC_PG_URL: `postgres://postgres@127.0.0.1:${String(port)}/mosaic` } })).code).toBe(0);
  });

  it('reports a URL that is not a PostgreSQL URL, without showing it', async () => {
    const dir = tempProject({ 'mosaic.yaml': config });
    const result = await runCli(['state', 'list'], { cwd: dir, env: { MOSAIC_PG_URL: `mysql://root:${PASSWORD}@db/x` } });
    expectCleanFailure(result);
    expect(result.stderr).toContain('mosaic.yaml:6:8: error: state.url is not a PostgreSQL connection URL: its scheme is mysql, not postgres');
  });

  it.skipIf(database === undefined)('reports a missing database, and keeps the password out of everything it writes', async () => {
    const dir = tempProject({ 'mosaic.yaml': config });
    const url = new URL(database?.url ?? 'postgres://x');
    // The server's real password; a trust-auth server (the fallback) has none and ignores this one.
    if (url.password === '') url.password = PASSWORD;
    const secret = decodeURIComponent(url.password);
    const missing = new URL(url);
    missing.pathname = '/no_such_database';
    const result = await runCli(['plan'], { cwd: dir, env: { MOSAIC_PG_URL: missing.toString() } });
    expectCleanFailure(result, secret);
    expect(result.stderr).toContain('has no such database: database "no_such_database" does not exist');

    const env = { MOSAIC_PG_URL: url.toString() };
    const outputs = [
      await runCli(['apply', '--auto-approve'], { cwd: dir, env }),
      await runCli(['state', 'history', '--json'], { cwd: dir, env }),
      await runCli(['state', 'pull'], { cwd: dir, env }),
      await runCli(['audit', 'log', '--json'], { cwd: dir, env }),
      await runCli(['workspace', 'list'], { cwd: dir, env }),
    ];
    for (const output of outputs) {
      expect(output.code, output.stderr).toBe(0);
      expect(`${output.stdout}${output.stderr}`).not.toContain(secret);
    }
    const tables = ['states', 'state_resources', 'state_versions', 'lock_holders', 'intents', 'audit_entries', 'routing_history', 'workspaces'];
    for (const table of tables) expect(JSON.stringify(await runSql(url.toString(), `SELECT * FROM mosaic.${table}`)), table).not.toContain(secret);
    const files = (folder: string): string[] => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((f) => join(folder, f)).filter((f) => statSync(f).isFile());
    for (const file of files(dir)) expect(readFileSync(file, 'latin1'), file).not.toContain(secret);
  });
});
