// Problems with the PostgreSQL state backend are diagnostics at state.url's line and column —
// a rejected password, an unreachable server, a missing database — never a stack trace, and the
// URL's password appears nowhere: not in output, not in the database, not in local files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, findFreePort, runSql, startThrowawayServer } from '../state/postgres-test-server.js';
import { mosaic, tempProject } from './run-cli.js';

const PASSWORD = 'pAss-7d1e90';
const config = 'version: 1\nproviders:\n  local: { type: local, root: data }\nstate:\n  backend: postgres\n  url: ${env:MOSAIC_PG_URL}\nresources:\n  repository:\n    api: { description: x }\n';

const database = await createTestDatabase();
// A server that asks for a password: the trust-auth server accepts any.
const guarded = startThrowawayServer({ password: 'the-right-one' });
if (guarded === undefined) {
  // In CI the machine has PostgreSQL's binaries: a missing server there is a failure, not a skip.
  if (process.env['CI']) throw new Error('the wrong-password test needs a throwaway PostgreSQL server (initdb/pg_ctl), and none could be started');
  process.stderr.write('\n*** SKIPPING the wrong-password test: no throwaway PostgreSQL server could be started (initdb/pg_ctl). ***\n\n');
}
afterAll(async () => {
  guarded?.stop();
  await database?.drop();
});

function expectCleanFailure(result: { code: number; stdout: string; stderr: string }): void {
  expect(result.code).toBe(1);
  expect(`${result.stdout}${result.stderr}`).not.toContain(PASSWORD);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toContain('internal error');
}

describe('postgres state backend diagnostics', () => {
  it.skipIf(guarded === undefined)('reports a wrong password at state.url, without the password', () => {
    const dir = tempProject({ 'mosaic.yaml': config });
    const result = mosaic(['plan'], { cwd: dir, env: { MOSAIC_PG_URL: `postgres://postgres:${PASSWORD}@127.0.0.1:${String(guarded?.port)}/postgres` } });
    expectCleanFailure(result);
    expect(result.stderr).toBe(
      `mosaic.yaml:6:8: error: cannot log in to the PostgreSQL state backend postgres@127.0.0.1:${String(guarded?.port)}/postgres: password authentication failed for user "postgres"\n` +
        '  Check the user and password in state.url (e.g. the MOSAIC_PG_URL variable it reads).\n',
    );
  });

  it('reports an unreachable server at state.url, without the password', () => {
    const dir = tempProject({ 'mosaic.yaml': config });
    const port = findFreePort();
    const result = mosaic(['apply', '--auto-approve'], { cwd: dir, env: { MOSAIC_PG_URL: `postgres://postgres:${PASSWORD}@127.0.0.1:${String(port)}/mosaic` } });
    expectCleanFailure(result);
    expect(result.stderr).toMatch(
      new RegExp(`^mosaic\\.yaml:6:8: error: cannot reach the PostgreSQL state backend postgres@127\\.0\\.0\\.1:${String(port)}/mosaic: connection refused \\(nothing listens there\\)\\n  Check that the server runs`),
    );
    // validate never touches the state backend.
    expect(mosaic(['validate'], { cwd: dir, env: { MOSAIC_PG_URL: `postgres://postgres@127.0.0.1:${String(port)}/mosaic` } }).code).toBe(0);
  });

  it('reports a URL that is not a PostgreSQL URL, without showing it', () => {
    const dir = tempProject({ 'mosaic.yaml': config });
    const result = mosaic(['state', 'list'], { cwd: dir, env: { MOSAIC_PG_URL: `mysql://root:${PASSWORD}@db/x` } });
    expectCleanFailure(result);
    expect(result.stderr).toContain('mosaic.yaml:6:8: error: state.url is not a PostgreSQL connection URL: its scheme is mysql, not postgres');
  });

  it.skipIf(database === undefined)('reports a missing database, and keeps the password out of everything it writes', async () => {
    const dir = tempProject({ 'mosaic.yaml': config });
    const url = new URL(database?.url ?? 'postgres://x');
    url.password = PASSWORD; // the trust-auth test server ignores it
    const missing = new URL(url);
    missing.pathname = '/no_such_database';
    const result = mosaic(['plan'], { cwd: dir, env: { MOSAIC_PG_URL: missing.toString() } });
    expectCleanFailure(result);
    expect(result.stderr).toContain('has no such database: database "no_such_database" does not exist');

    const env = { MOSAIC_PG_URL: url.toString() };
    const outputs = [
      mosaic(['apply', '--auto-approve'], { cwd: dir, env }),
      mosaic(['state', 'history', '--json'], { cwd: dir, env }),
      mosaic(['state', 'pull'], { cwd: dir, env }),
      mosaic(['audit', 'log', '--json'], { cwd: dir, env }),
      mosaic(['workspace', 'list'], { cwd: dir, env }),
    ];
    for (const output of outputs) {
      expect(output.code, output.stderr).toBe(0);
      expect(`${output.stdout}${output.stderr}`).not.toContain(PASSWORD);
    }
    const tables = ['states', 'state_resources', 'state_versions', 'lock_holders', 'intents', 'audit_entries', 'routing_history', 'workspaces'];
    for (const table of tables) expect(JSON.stringify(await runSql(url.toString(), `SELECT * FROM mosaic.${table}`)), table).not.toContain(PASSWORD);
    const files = (folder: string): string[] => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((f) => join(folder, f)).filter((f) => statSync(f).isFile());
    for (const file of files(dir)) expect(readFileSync(file, 'latin1'), file).not.toContain(PASSWORD);
  });
});
