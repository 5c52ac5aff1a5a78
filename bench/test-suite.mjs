// npm run bench:tests — the test suite as CI runs it: `npm ci` and `npm test` on clean clones of
// HEAD, the time of each file, how many times the tests start the mosaic executable, and two
// copies of the suite at once (both must pass: no test may depend on an idle machine).
// Not part of npm test; record the figures in docs/benchmarks.md.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const counter = join(root, 'bench', 'count-cli-starts.mjs');
const work = mkdtempSync(join(tmpdir(), 'mosaic-bench-tests-'));

function clone(name) {
  const dir = join(work, name);
  const cloned = spawnSync('git', ['clone', '--quiet', root, dir], { encoding: 'utf8' });
  if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
  const started = performance.now();
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
  if (ci.status !== 0) throw new Error(`npm ci failed in ${dir}: ${ci.stderr}`);
  return { dir, npmCiSeconds: (performance.now() - started) / 1000 };
}

/** `npm test` in `dir`, with per-file results in JSON and every start of the executable counted. */
function npmTest(dir, tag) {
  const report = join(work, `${tag}.json`);
  const starts = join(work, `${tag}.starts`);
  writeFileSync(starts, '');
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${counter}`.trim(), MOSAIC_BENCH_CLI_STARTS: starts };
  delete env.CI;
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['test', '--', '--reporter=default', '--reporter=./test/summary-reporter.ts', '--reporter=json', `--outputFile.json=${report}`], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const summary = output.match(/tests: \d+ passed, \d+ failed, \d+ skipped/)?.[0] ?? 'no summary';
      const cliStarts = readFileSync(starts, 'utf8').split('\n').filter(Boolean).length;
      let files = [];
      try {
        const json = JSON.parse(readFileSync(report, 'utf8'));
        files = json.testResults.map((r) => ({ file: r.name.slice(dir.length + 1), seconds: (r.endTime - r.startTime) / 1000, tests: r.assertionResults.length }));
      } catch {
        // A run that broke before writing its report still reports its time and exit code.
      }
      resolve({ code, seconds, summary, cliStarts, files });
    });
  });
}

const a = clone('a');
const b = clone('b');
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
console.log(`npm ci on a clean clone: ${a.npmCiSeconds.toFixed(1)} s`);

const alone = await npmTest(a.dir, 'alone');
console.log(`\nnpm test alone: ${alone.seconds.toFixed(1)} s, exit ${alone.code}, ${alone.summary}, the mosaic executable started ${alone.cliStarts} times`);
console.log('\n| file | tests | seconds |\n|---|---:|---:|');
for (const f of [...alone.files].sort((x, y) => y.seconds - x.seconds)) console.log(`| ${f.file} | ${f.tests} | ${f.seconds.toFixed(1)} |`);

const [first, second] = await Promise.all([npmTest(a.dir, 'twice-a'), npmTest(b.dir, 'twice-b')]);
console.log(`\ntwo copies at once: ${first.seconds.toFixed(1)} s (exit ${first.code}, ${first.summary}) and ${second.seconds.toFixed(1)} s (exit ${second.code}, ${second.summary})`);
process.exitCode = alone.code === 0 && first.code === 0 && second.code === 0 ? 0 : 1;
