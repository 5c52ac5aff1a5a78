// Soak test, run by `npm run test:soak` (not by npm test): applies SIGKILLed at random moments,
// 24 times over, with parallel changes in flight, each converging on the next run: no
// duplicated and no orphaned object, whatever the killed run was doing. test/e2e/crash.test.ts
// kills at every exact step deterministically; this looks for what those steps miss.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mosaic, startMosaic } from '../e2e/run-cli.js';
import { tempProject } from '../e2e/temp-project.js';

const REPOS = 12;
const ISSUES = 12;

function config(withAll: boolean): string {
  const count = (n: number) => (withAll ? n : Math.floor(n / 2));
  const lines = ['version: 1', 'providers:', '  local: { type: local, root: data }', 'resources:', '  repository:'];
  for (let i = 0; i < count(REPOS); i++) lines.push(`    r${String(i)}: { description: "repo ${String(i)}" }`);
  lines.push('  pipeline:');
  for (let i = 0; i < count(REPOS); i++) lines.push(`    p${String(i)}: { repository: r${String(i)}, engine: gitlab-ci, content: "test: { script: [make] }\\n" }`);
  lines.push('  space:', '    docs: {}', '  page:');
  for (let i = 0; i < count(6); i++) lines.push(`    pg${String(i)}: { space: docs, title: "Page ${String(i)}", content: "text ${String(i)}\\n" }`);
  lines.push('  project:', '    plat: { name: Platform }', '  issue:');
  for (let i = 0; i < count(ISSUES); i++) lines.push(`    i${String(i)}: { project: plat, title: "Task ${String(i)}" }`);
  return `${lines.join('\n')}\n`;
}

function liveInventory(dir: string) {
  const root = join(dir, 'data');
  const repos = existsSync(join(root, 'repositories')) ? readdirSync(join(root, 'repositories')).filter((n) => n.endsWith('.git')) : [];
  const pages = existsSync(join(root, 'spaces', 'docs')) ? readdirSync(join(root, 'spaces', 'docs')).filter((n) => n.endsWith('.md')) : [];
  const store = existsSync(join(root, 'projects.json'))
    ? (JSON.parse(readFileSync(join(root, 'projects.json'), 'utf8')) as { projects: Record<string, unknown>; issues: Record<string, { title: string }> })
    : { projects: {}, issues: {} };
  const issueTitles = Object.values(store.issues).map((i) => i.title);
  return { repos: repos.length, pages: pages.length, projects: Object.keys(store.projects).length, issues: issueTitles.length, uniqueIssues: new Set(issueTitles).size };
}

/**
 * Starts an apply and SIGKILLs it `ms` after its first intent reaches the journal (the
 * moment provider calls begin), or at `ms` plus a fixed delay if it never gets there.
 */
function killDuringApply(dir: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const journal = join(dir, 'state', 'mosaic.journal.jsonl');
    rmSync(journal, { force: true });
    const child = startMosaic(['apply', '--auto-approve', '--parallelism', '4'], { cwd: dir });
    let timer: NodeJS.Timeout | undefined;
    const started = Date.now();
    const poll = setInterval(() => {
      if (existsSync(journal) || Date.now() - started > 5_000) {
        clearInterval(poll);
        timer = setTimeout(() => child.kill('SIGKILL'), ms);
      }
    }, 3);
    child.on('exit', () => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('crash safety', () => {
  it('converges after SIGKILL at random moments, with no duplicates and no orphans (24 trials)', async () => {
    const dir = tempProject({ 'mosaic.yaml': config(true) });
    // A seeded sequence, so a failure can be reproduced.
    let seed = 20261125;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let killedMidway = 0;
    for (let trial = 0; trial < 24; trial++) {
      // Alternate between the whole config and half of it, so killed runs interrupt creates
      // and deletes alike.
      const full = trial % 2 === 0;
      writeFileSync(join(dir, 'mosaic.yaml'), config(full));
      await killDuringApply(dir, Math.floor(random() * 120));
      const mid = liveInventory(dir);
      const total = mid.repos + mid.pages + mid.issues;
      // Neither where the last trial left things nor where this one is going: killed mid-run.
      if (total !== REPOS + 6 + ISSUES && total !== REPOS / 2 + 3 + ISSUES / 2) killedMidway += 1;
      const expected = full ? REPOS : REPOS / 2;

      const converge = mosaic(['apply', '--auto-approve'], { cwd: dir });
      expect(converge.code, `trial ${String(trial)}: ${converge.stderr}${converge.stdout}`).toBe(0);
      const after = liveInventory(dir);
      const issues = full ? ISSUES : ISSUES / 2;
      expect(after, `trial ${String(trial)}`).toEqual({ repos: expected, pages: full ? 6 : 3, projects: 1, issues, uniqueIssues: issues });

      const plan = mosaic(['plan', '--detailed-exitcode'], { cwd: dir });
      expect(plan.code, `trial ${String(trial)}: ${plan.stdout}`).toBe(0);
      const listed = mosaic(['state', 'list', '--json'], { cwd: dir });
      const expectedInState = expected * 2 + 1 + (full ? 6 : 3) + 1 + issues;
      expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(expectedInState);
    }
    // The kills must actually land mid-run for this test to mean anything.
    console.log(`crash test: ${String(killedMidway)} of 24 kills landed mid-run`);
    expect(killedMidway).toBeGreaterThanOrEqual(12);
    expect(mosaic(['audit', 'verify'], { cwd: dir }).code).toBe(0);
  }, 300_000);
});
