// A run killed with SIGKILL converges on the next run: nothing duplicated, nothing orphaned.
// Each case kills a real apply process at one exact step — after the intent is journaled,
// after the provider call returned, after the state write — of each kind of change (create,
// update, delete, replace, import, move), through crash-at.mjs, which the CLI process preloads.
// The next apply runs in-process and must leave exactly what the config asks for. Random kills
// at random moments, many times over, are `npm run test:soak`.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';
import { cleanEnv, cliPath } from './run-cli.js';
import { tempProject } from './temp-project.js';

const crashAt = fileURLToPath(new URL('./crash-at.mjs', import.meta.url));

interface Shape {
  readonly repos: number;
  readonly description: string;
  /** Where each repository's woodpecker pipeline file goes (a change replaces the pipeline); none without. */
  readonly ciFile: string | undefined;
  readonly pages: number;
  readonly issues: number;
  /** The provider every repository and pipeline is routed to (local providers a and b). */
  readonly repoProvider: 'a' | 'b';
}

const full: Shape = { repos: 3, description: 'v1', ciFile: '.woodpecker/ci.yml', pages: 2, issues: 3, repoProvider: 'a' };

function config(shape: Shape): string {
  const lines = [
    'version: 1',
    'providers:',
    '  a: { type: local, root: data-a }',
    '  b: { type: local, root: data-b }',
    'routing:',
    '  defaults: { space: a, page: a, project: a, issue: a }',
    '  rules:',
    `    - { name: code, match: { kind: [repository, pipeline] }, to: [${shape.repoProvider}] }`,
  ];
  if (shape.repos + shape.pages + shape.issues === 0) return `${lines.join('\n')}\n`;
  lines.push('resources:', '  repository:');
  for (let i = 0; i < shape.repos; i++) lines.push(`    r${String(i)}: { description: "${shape.description} ${String(i)}" }`);
  if (shape.ciFile !== undefined) lines.push('  pipeline:');
  for (let i = 0; i < shape.repos && shape.ciFile !== undefined; i++) lines.push(`    p${String(i)}: { repository: r${String(i)}, engine: woodpecker, path: ${shape.ciFile}, content: "steps: {}\\n" }`);
  lines.push('  space:', '    docs: {}', '  page:');
  for (let i = 0; i < shape.pages; i++) lines.push(`    pg${String(i)}: { space: docs, title: "Page ${String(i)}", content: "text ${String(i)}\\n" }`);
  lines.push('  project:', '    plat: { name: Platform }', '  issue:');
  for (let i = 0; i < shape.issues; i++) lines.push(`    i${String(i)}: { project: plat, title: "Task ${String(i)}" }`);
  return `${lines.join('\n')}\n`;
}

/** What is live on both local providers, counted so that a duplicate or an orphan shows. */
function liveInventory(dir: string) {
  const repos: Record<string, string[]> = {};
  for (const provider of ['a', 'b']) {
    const folder = join(dir, `data-${provider}`, 'repositories');
    for (const name of existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.git')).sort() : []) {
      const bare = join(folder, name);
      const hasCommits = execFileSync('git', ['-C', bare, 'for-each-ref', '--count=1', '--format=%(refname)'], { encoding: 'utf8' }).trim() !== '';
      const files = hasCommits ? execFileSync('git', ['-C', bare, 'ls-tree', '-r', '--name-only', 'HEAD'], { encoding: 'utf8' }).trim().split('\n') : [];
      repos[`${provider}/${name}`] = files.filter((f) => f.startsWith('.woodpecker'));
    }
  }
  const space = join(dir, 'data-a', 'spaces', 'docs');
  const store = join(dir, 'data-a', 'projects.json');
  const issues = existsSync(store) ? Object.values((JSON.parse(readFileSync(store, 'utf8')) as { issues: Record<string, { title: string }> }).issues).map((i) => i.title).sort() : [];
  return { repos, pages: existsSync(space) ? readdirSync(space).filter((n) => n.endsWith('.md')).length : 0, issues };
}

/** The inventory a config of this shape leaves when everything is applied once, cleanly. */
function expectedInventory(shape: Shape) {
  const repos: Record<string, string[]> = {};
  for (let i = 0; i < shape.repos; i++) repos[`${shape.repoProvider}/r${String(i)}.git`] = shape.ciFile === undefined ? [] : [shape.ciFile];
  return { repos, pages: shape.pages, issues: Array.from({ length: shape.issues }, (_, i) => `Task ${String(i)}`).sort() };
}

interface CrashPoint {
  readonly type: 'journaled' | 'called' | 'recorded';
  readonly action: string;
  readonly operation?: string;
  readonly intent?: string;
  readonly nth?: number;
}

/** Runs `mosaic apply` as a process that SIGKILLs itself at `point`; resolves with how it ended. */
function applyKilledAt(dir: string, point: CrashPoint, flags: readonly string[]): Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', crashAt, cliPath, 'apply', '--auto-approve', '--parallelism', '1', ...flags], {
      cwd: dir,
      env: cleanEnv({ MOSAIC_TEST_CRASH_AT: JSON.stringify(point) }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ signal, code, stderr });
    });
  });
}

interface Scenario {
  readonly kind: string;
  readonly before: Shape;
  /** Done between the first apply and the killed one (e.g. forgetting a resource, to import it). */
  readonly prepare?: (dir: string) => Promise<void>;
  readonly after: Shape;
  readonly flags?: readonly string[];
  readonly points: readonly CrashPoint[];
}

const empty: Shape = { ...full, repos: 0, pages: 0, issues: 0 };
const steps = (action: string, extra: Partial<CrashPoint> = {}): CrashPoint[] => (['journaled', 'called', 'recorded'] as const).map((type) => ({ type, action, ...extra }));

const scenarios: readonly Scenario[] = [
  // The first create (no state file yet, so the kill after it is recorded is the one that made
  // the lineage), and the fourth: three are made and recorded when the run dies, the rest not begun.
  { kind: 'create', before: empty, after: full, points: [...steps('create', { nth: 1 }), ...steps('create', { nth: 4 })] },
  { kind: 'update', before: full, after: { ...full, description: 'v2' }, points: steps('update') },
  { kind: 'delete', before: full, after: { ...full, repos: 1, pages: 1, issues: 1 }, points: steps('delete') },
  // A pipeline moving to another file is replaced: the old file deleted, the new one created.
  { kind: 'replace', before: full, after: { ...full, ciFile: '.woodpecker/build.yml' }, points: [...steps('replace', { nth: 1 }), ...steps('replace', { nth: 2 })] },
  {
    kind: 'import',
    before: full,
    prepare: async (dir) => {
      expect((await runCli(['state', 'rm', 'repository.r1'], { cwd: dir })).code).toBe(0);
    },
    after: { ...full, description: 'v3' },
    points: steps('import'),
  },
  // Repositories alone: a pipeline moving with its repository finds its file already pushed
  // there (a known gap of moves, not of crash safety).
  {
    kind: 'move',
    before: { ...full, ciFile: undefined },
    after: { ...full, ciFile: undefined, repoProvider: 'b' },
    flags: ['--allow-move-delete'],
    points: [...steps('move'), { type: 'journaled', action: 'move', intent: 'delete' }, { type: 'called', action: 'move', operation: 'delete' }],
  },
];

/**
 * The scenario's starting point, applied once: each case starts from a copy of it, so the
 * cases of a scenario cost one apply between them instead of one each.
 */
const prepared = new Map<string, Promise<string>>();
function startingPoint(scenario: Scenario): Promise<string> {
  let ready = prepared.get(scenario.kind);
  if (!ready) {
    ready = (async () => {
      const dir = tempProject({ 'mosaic.yaml': config(scenario.before) });
      const first = await runCli(['apply', '--auto-approve'], { cwd: dir });
      expect(first.code, first.stderr).toBe(0);
      await scenario.prepare?.(dir);
      writeFileSync(join(dir, 'mosaic.yaml'), config(scenario.after));
      return dir;
    })();
    prepared.set(scenario.kind, ready);
  }
  return ready;
}

describe('crash safety at every step of every kind of change', () => {
  for (const scenario of scenarios) {
    it.each(scenario.points.map((point) => [`${point.type}${point.intent ? ` (${point.intent} intent)` : ''}${point.operation ? ` (${point.operation} call)` : ''}${point.nth ? ` #${String(point.nth)}` : ''}`, point] as const))(
      `${scenario.kind}: killed after %s, the next apply converges with nothing duplicated or orphaned`,
      async (_name, point) => {
        const dir = tempProject({});
        cpSync(await startingPoint(scenario), dir, { recursive: true });

        const killed = await applyKilledAt(dir, point, scenario.flags ?? []);
        // The step was reached: the process died there, not at its end.
        expect(killed.signal, killed.stderr).toBe('SIGKILL');

        const converged = await runCli(['apply', '--auto-approve', ...(scenario.flags ?? [])], { cwd: dir });
        expect(converged.code, `${converged.stdout}\n${converged.stderr}`).toBe(0);
        expect(liveInventory(dir)).toEqual(expectedInventory(scenario.after));
        const plan = await runCli(['plan', '--detailed-exitcode'], { cwd: dir });
        expect(plan.code, plan.stdout).toBe(0);
        const listed = JSON.parse((await runCli(['state', 'list', '--json'], { cwd: dir })).stdout) as unknown[];
        const { after } = scenario;
        expect(listed).toHaveLength(after.repos * (after.ciFile === undefined ? 1 : 2) + (after.pages + after.issues > 0 ? 2 : 0) + after.pages + after.issues);
        expect((await runCli(['audit', 'verify'], { cwd: dir })).code).toBe(0);
      },
    );
  }
});
