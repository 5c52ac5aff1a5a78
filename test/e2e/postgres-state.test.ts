// The postgres state backend through the built CLI, on a fresh database of a real PostgreSQL
// server (test/state/postgres-test-server.ts): concurrent applies serialized by the advisory
// lock, a killed holder releasing it, workspaces that never wait on each other, a tampered
// audit row caught by verify, and state migrate local → postgres → local byte for byte.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, runSql } from '../state/postgres-test-server.js';
import { cleanEnv, cliPath, mosaic, tempProject, type CliResult } from './run-cli.js';

const database = await createTestDatabase();
afterAll(async () => {
  await database?.drop();
});
const url = database?.url ?? '';

let schemas = 0;
/** A project whose state lives in a schema of its own in the test database. */
function pgProject(repositories: readonly string[], options: { backend?: 'local' | 'postgres'; root?: string } = {}): { dir: string; schema: string; env: Record<string, string> } {
  const schema = `e${String(++schemas)}`;
  const text = [
    'version: 1',
    'providers:',
    `  local: { type: local, root: "${options.root ?? 'data'}" }`,
    'state:',
    `  backend: ${options.backend ?? 'postgres'}`,
    '  url: ${env:MOSAIC_PG_URL}',
    `  schema: ${schema}`,
    'resources:',
    '  repository:',
    ...repositories.map((name) => `    ${name}: { description: "repository ${name}" }`),
    '',
  ].join('\n');
  return { dir: tempProject({ 'mosaic.yaml': text }), schema, env: { MOSAIC_PG_URL: url } };
}

interface Started {
  readonly pid: number;
  signal(name: NodeJS.Signals): void;
  readonly done: Promise<CliResult>;
}

/** Starts the CLI and collects its output, for runs that must overlap. */
function start(args: readonly string[], cwd: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
  return { pid: child.pid ?? -1, signal: (name) => child.kill(name), done };
}

/** Polls `query` until it returns a row, for at most 20 s. */
async function waitForRow(query: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 400; i++) {
    // Until the CLI has created its tables, the query fails.
    const rows = await runSql(url, query).catch(() => []);
    if (rows[0] !== undefined) return rows[0];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no row for ${query}`);
}

const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${String(i)}`);

describe.skipIf(database === undefined)('postgres state backend (CLI)', () => {
  it('serializes 8 concurrent applies on one workspace: serials strictly increase, nothing is lost', async () => {
    const groups = Array.from({ length: 8 }, (_, g) => names(`g${String(g)}-`, 2));
    const project = pgProject(groups.flat());
    const runs = groups.map((group, g) =>
      start(['apply', '--auto-approve', '--lock-timeout', '120s', '--as', `runner-${String(g)}`, '--target', ...group.map((n) => `repository.${n}`)], project.dir, project.env),
    );
    const results = await Promise.all(runs.map((r) => r.done));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const listed = mosaic(['state', 'list', '--json'], { cwd: project.dir, env: project.env });
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(16);
    const history = (JSON.parse(mosaic(['state', 'history', '--json'], { cwd: project.dir, env: project.env }).stdout) as { serial: number; principal: string }[]).reverse();
    expect(history.map((v) => v.serial)).toEqual(history.map((_, i) => i + 1));
    // Each run's versions are contiguous: no run wrote while another held the lock.
    const runsInOrder = history.map((v) => v.principal).filter((p, i, all) => p !== all[i - 1]);
    expect([...runsInOrder].sort()).toEqual(groups.map((_, g) => `runner-${String(g)}`).sort());
    expect(mosaic(['audit', 'verify'], { cwd: project.dir, env: project.env }).stdout).toContain('intact: 32 entries');
    expect(await runSql(url, `SELECT * FROM ${project.schema}.lock_holders`)).toEqual([]);
  });

  it('gives the lock at once to the next run when its holder is SIGKILLed, and that run converges', async () => {
    const project = pgProject(names('r', 120));
    const victim = start(['apply', '--auto-approve', '--as', 'victim'], project.dir, project.env);
    await waitForRow(`SELECT serial FROM ${project.schema}.states WHERE serial >= 3`);
    victim.signal('SIGKILL');
    expect((await victim.done).code).toBe(-1);
    const next = mosaic(['apply', '--auto-approve', '--as', 'next'], { cwd: project.dir, env: project.env });
    expect(next.stderr).not.toContain('locked');
    expect(next.stderr).not.toContain('Waiting');
    expect(next.code, next.stderr).toBe(0);
    expect(mosaic(['plan', '--detailed-exitcode'], { cwd: project.dir, env: project.env }).code).toBe(0);
    expect(mosaic(['state', 'list', '--json'], { cwd: project.dir, env: project.env }).stdout.match(/"address"/g)).toHaveLength(120);
    expect(mosaic(['audit', 'verify'], { cwd: project.dir, env: project.env }).code).toBe(0);
  });

  it('lets two workspaces apply at the same time; a third run on a locked workspace names the holder', async () => {
    const project = pgProject(names('r', 40), { root: 'data-${env:E2E_ROOT}' });
    for (const name of ['a', 'b']) expect(mosaic(['workspace', 'new', name], { cwd: project.dir, env: { ...project.env, E2E_ROOT: name } }).code).toBe(0);
    const first = start(['apply', '--auto-approve', '--workspace', 'a', '--as', 'runner-a'], project.dir, { ...project.env, E2E_ROOT: 'a' });
    await waitForRow(`SELECT pid FROM ${project.schema}.lock_holders WHERE workspace = 'a'`);
    // Stopped while it holds the lock of workspace a, it keeps holding it for as long as the test needs.
    first.signal('SIGSTOP');
    try {
      const other = mosaic(['apply', '--auto-approve', '--workspace', 'b'], { cwd: project.dir, env: { ...project.env, E2E_ROOT: 'b' } });
      expect(other.stderr).toBe('');
      expect(other.code).toBe(0);
      expect(other.stdout).toContain('Apply complete! Resources: 40 created');
      // Reading needs no lock.
      expect(mosaic(['state', 'list', '--workspace', 'a'], { cwd: project.dir, env: { ...project.env, E2E_ROOT: 'a' } }).code).toBe(0);
      const waiting = mosaic(['apply', '--auto-approve', '--workspace', 'a', '--lock-timeout', '300ms'], { cwd: project.dir, env: { ...project.env, E2E_ROOT: 'a' } });
      expect(waiting.code).toBe(1);
      expect(waiting.stderr).toMatch(new RegExp(`Waiting up to 300ms for the state lock of workspace "a", held by pid ${String(first.pid)} on host .+ \\(mosaic apply, runner-a\\)`));
      expect(waiting.stderr).toMatch(new RegExp(`error: state is locked by pid ${String(first.pid)} on host .+ since .+Z \\(mosaic apply, runner-a\\)`));
    } finally {
      first.signal('SIGCONT');
    }
    expect((await first.done).code).toBe(0);
    const counts = ['a', 'b'].map((w) => (JSON.parse(mosaic(['state', 'list', '--json', '--workspace', w], { cwd: project.dir, env: { ...project.env, E2E_ROOT: w } }).stdout) as unknown[]).length);
    expect(counts).toEqual([40, 40]);
  });

  it('fails audit verify on a tampered or deleted audit row', () => {
    const project = pgProject(names('r', 3));
    expect(mosaic(['apply', '--auto-approve', '--as', 'alice'], { cwd: project.dir, env: project.env }).code).toBe(0);
    expect(mosaic(['audit', 'verify'], { cwd: project.dir, env: project.env }).stdout).toContain('intact: 6 entries');
    const table = `${project.schema}.audit_entries`;
    const tamper = `UPDATE ${table} SET entry = replace(entry::text, '"succeeded"', '"failed"')::json WHERE position = (SELECT position FROM ${table} ORDER BY position OFFSET 3 LIMIT 1)`;
    return runSql(url, tamper).then(async () => {
      const edited = mosaic(['audit', 'verify'], { cwd: project.dir, env: project.env });
      expect(edited.code).toBe(1);
      expect(edited.stderr).toMatch(/error: audit trail table e\d+\.audit_entries of PostgreSQL postgres@127\.0\.0\.1:\d+\/mosaic_test_\w+, workspace "default" fails verification: entry 4 \(row 4\) was edited/);
      await runSql(url, `DELETE FROM ${table} WHERE position = (SELECT position FROM ${table} ORDER BY position OFFSET 1 LIMIT 1)`);
      expect(mosaic(['audit', 'verify'], { cwd: project.dir, env: project.env }).stderr).toMatch(/entry 2 is missing: row 2 holds entry 3/);
    });
  });

  it('migrates local → postgres → local byte for byte, with workspaces, history and audit trails', () => {
    const project = pgProject(names('r', 4), { backend: 'local' });
    const run = (args: string[]) => {
      const result = mosaic(args, { cwd: project.dir, env: project.env });
      expect(result.code, result.stderr).toBe(0);
      return result;
    };
    run(['apply', '--auto-approve']);
    run(['workspace', 'new', 'staging']);
    run(['apply', '--auto-approve']);
    run(['state', 'rm', 'repository.r0']);
    run(['workspace', 'select', 'default']);
    expect(run(['state', 'migrate', '--to', 'postgres']).stdout, 'migrate').toMatch(
      /default: serial (\d+), 4 resources, \1 versions, 8 audit entries \(chain verified\)\n {2}staging: serial (\d+), 3 resources, \2 versions, 9 audit entries/,
    );
    const config = join(project.dir, 'mosaic.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('backend: local', 'backend: postgres'));
    renameSync(join(project.dir, 'state'), join(project.dir, 'state.before'));
    expect(run(['state', 'history', '--workspace', 'staging', '--json']).stdout).toContain('"command": "mosaic state rm"');
    run(['audit', 'verify', '--workspace', 'staging']);
    run(['state', 'migrate', '--to', 'local']);
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile() && /mosaic\.(state\.json|history\.jsonl|audit\.jsonl)$/.test(f))
        .sort();
    const before = files(join(project.dir, 'state.before'));
    expect(before).toHaveLength(6);
    expect(files(join(project.dir, 'state'))).toEqual(before);
    for (const file of before) expect(readFileSync(join(project.dir, 'state', file)).equals(readFileSync(join(project.dir, 'state.before', file))), file).toBe(true);
  });
});
