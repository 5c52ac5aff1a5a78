// The postgres state backend through the CLI, on a fresh database of the run's PostgreSQL server
// (test/global-setup.ts): concurrent applies serialized by the advisory lock, a
// killed holder releasing it, workspaces that never wait on each other, a tampered audit row
// caught by verify, and state migrate local → postgres → local byte for byte. The CLI runs
// in-process; only the run that is SIGKILLed is a process of its own.
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';
import { createTestDatabase, runSql } from '../state/postgres-test-server.js';
import { startApplyAtPrompt } from './apply-at-prompt.js';
import { startMosaicCollecting } from './run-cli.js';
import { tempProject } from './temp-project.js';

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

/** Polls `query` until it returns a row; fails if `ended` settles first. */
async function waitForRow(query: string, ended: Promise<unknown>): Promise<Record<string, unknown>> {
  const over = ended.then(() => 'ended' as const);
  for (;;) {
    // Until the CLI has created its tables, the query fails.
    const rows = await runSql(url, query).catch(() => []);
    if (rows[0] !== undefined) return rows[0];
    const next = await Promise.race([over, new Promise<'again'>((resolve) => setTimeout(resolve, 50, 'again'))]);
    if (next === 'ended') throw new Error(`no row for ${query} before the run ended`);
  }
}

const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${String(i)}`);

describe.skipIf(database === undefined)('postgres state backend (CLI)', () => {
  it('serializes 8 concurrent applies on one workspace: serials strictly increase, nothing is lost', async () => {
    const groups = Array.from({ length: 8 }, (_, g) => names(`g${String(g)}-`, 2));
    const project = pgProject(groups.flat());
    // In-process runs at once: each takes the advisory lock on a connection of its own.
    const results = await Promise.all(
      groups.map((group, g) =>
        runCli(['apply', '--auto-approve', '--lock-timeout', '120s', '--as', `runner-${String(g)}`, '--target', ...group.map((n) => `repository.${n}`)], { cwd: project.dir, env: project.env }),
      ),
    );
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const listed = await runCli(['state', 'list', '--json'], { cwd: project.dir, env: project.env });
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(16);
    const history = (JSON.parse((await runCli(['state', 'history', '--json'], { cwd: project.dir, env: project.env })).stdout) as { serial: number; principal: string }[]).reverse();
    expect(history.map((v) => v.serial)).toEqual(history.map((_, i) => i + 1));
    // Each run's versions are contiguous: no run wrote while another held the lock.
    const runsInOrder = history.map((v) => v.principal).filter((p, i, all) => p !== all[i - 1]);
    expect([...runsInOrder].sort()).toEqual(groups.map((_, g) => `runner-${String(g)}`).sort());
    expect((await runCli(['audit', 'verify'], { cwd: project.dir, env: project.env })).stdout).toContain('intact: 32 entries');
    expect(await runSql(url, `SELECT * FROM ${project.schema}.lock_holders`)).toEqual([]);
  });

  it('gives the lock at once to the next run when its holder is SIGKILLed, and that run converges', async () => {
    const project = pgProject(names('r', 120));
    // A process of its own: its death, not its code, must release the lock.
    const victim = startMosaicCollecting(['apply', '--auto-approve', '--as', 'victim'], { cwd: project.dir, env: project.env });
    await waitForRow(`SELECT serial FROM ${project.schema}.states WHERE serial >= 3`, victim.done);
    victim.signal('SIGKILL');
    expect((await victim.done).code).toBe(-1);
    const next = await runCli(['apply', '--auto-approve', '--as', 'next'], { cwd: project.dir, env: project.env });
    expect(next.stderr).not.toContain('locked');
    expect(next.stderr).not.toContain('Waiting');
    expect(next.code, next.stderr).toBe(0);
    expect((await runCli(['plan', '--detailed-exitcode'], { cwd: project.dir, env: project.env })).code).toBe(0);
    expect((await runCli(['state', 'list', '--json'], { cwd: project.dir, env: project.env })).stdout.match(/"address"/g)).toHaveLength(120);
    expect((await runCli(['audit', 'verify'], { cwd: project.dir, env: project.env })).code).toBe(0);
  });

  it('lets two workspaces apply at the same time; a third run on a locked workspace names the holder', async () => {
    const project = pgProject(names('r', 40), { root: 'data-${env:E2E_ROOT}' });
    for (const name of ['a', 'b']) expect((await runCli(['workspace', 'new', name], { cwd: project.dir, env: { ...project.env, E2E_ROOT: name } })).code).toBe(0);
    // At its approval prompt it holds the lock of workspace a for as long as the test needs.
    const first = startApplyAtPrompt(['--workspace', 'a', '--as', 'runner-a'], { cwd: project.dir, env: { ...project.env, E2E_ROOT: 'a' } });
    try {
      await first.asking;
      const other = await runCli(['apply', '--auto-approve', '--workspace', 'b'], { cwd: project.dir, env: { ...project.env, E2E_ROOT: 'b' } });
      expect(other.stderr).toBe('');
      expect(other.code).toBe(0);
      expect(other.stdout).toContain('Apply complete! Resources: 40 created');
      // Reading needs no lock.
      expect((await runCli(['state', 'list', '--workspace', 'a'], { cwd: project.dir, env: { ...project.env, E2E_ROOT: 'a' } })).code).toBe(0);
      const waiting = await runCli(['apply', '--auto-approve', '--workspace', 'a', '--lock-timeout', '300ms'], { cwd: project.dir, env: { ...project.env, E2E_ROOT: 'a' } });
      expect(waiting.code).toBe(1);
      expect(waiting.stderr).toMatch(new RegExp(`Waiting up to 300ms for the state lock of workspace "a", held by pid ${String(process.pid)} on host .+ \\(mosaic apply, runner-a\\)`));
      expect(waiting.stderr).toMatch(new RegExp(`error: state is locked by pid ${String(process.pid)} on host .+ since .+Z \\(mosaic apply, runner-a\\)`));
    } finally {
      first.answer('yes');
    }
    expect((await first.done).code).toBe(0);
    const counts = [];
    for (const w of ['a', 'b']) counts.push((JSON.parse((await runCli(['state', 'list', '--json', '--workspace', w], { cwd: project.dir, env: { ...project.env, E2E_ROOT: w } })).stdout) as unknown[]).length);
    expect(counts).toEqual([40, 40]);
  });

  it('fails audit verify on a tampered or deleted audit row', async () => {
    const project = pgProject(names('r', 3));
    expect((await runCli(['apply', '--auto-approve', '--as', 'alice'], { cwd: project.dir, env: project.env })).code).toBe(0);
    expect((await runCli(['audit', 'verify'], { cwd: project.dir, env: project.env })).stdout).toContain('intact: 6 entries');
    const table = `${project.schema}.audit_entries`;
    const tamper = `UPDATE ${table} SET entry = replace(entry::text, '"succeeded"', '"failed"')::json WHERE position = (SELECT position FROM ${table} ORDER BY position OFFSET 3 LIMIT 1)`;
    await runSql(url, tamper);
    const edited = await runCli(['audit', 'verify'], { cwd: project.dir, env: project.env });
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(/error: audit trail table e\d+\.audit_entries of PostgreSQL postgres@127\.0\.0\.1:\d+\/mosaic_test_\w+, workspace "default" fails verification: entry 4 \(row 4\) was edited/);
    await runSql(url, `DELETE FROM ${table} WHERE position = (SELECT position FROM ${table} ORDER BY position OFFSET 1 LIMIT 1)`);
    expect((await runCli(['audit', 'verify'], { cwd: project.dir, env: project.env })).stderr).toMatch(/entry 2 is missing: row 2 holds entry 3/);
  });

  it('migrates local → postgres → local byte for byte, with workspaces, history and audit trails', async () => {
    const project = pgProject(names('r', 4), { backend: 'local' });
    const run = async (args: string[]) => {
      const result = await runCli(args, { cwd: project.dir, env: project.env });
      expect(result.code, result.stderr).toBe(0);
      return result;
    };
    await run(['apply', '--auto-approve']);
    await run(['workspace', 'new', 'staging']);
    await run(['apply', '--auto-approve']);
    await run(['state', 'rm', 'repository.r0']);
    await run(['workspace', 'select', 'default']);
    expect((await run(['state', 'migrate', '--to', 'postgres'])).stdout, 'migrate').toMatch(
      /default: serial (\d+), 4 resources, \1 versions, 8 audit entries \(chain verified\)\n {2}staging: serial (\d+), 3 resources, \2 versions, 9 audit entries/,
    );
    const config = join(project.dir, 'mosaic.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('backend: local', 'backend: postgres'));
    renameSync(join(project.dir, 'state'), join(project.dir, 'state.before'));
    expect((await run(['state', 'history', '--workspace', 'staging', '--json'])).stdout).toContain('"command": "mosaic state rm"');
    await run(['audit', 'verify', '--workspace', 'staging']);
    await run(['state', 'migrate', '--to', 'local']);
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
