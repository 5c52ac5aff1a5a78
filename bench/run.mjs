// npm run bench: times the built CLI as a user runs it and prints a table. Not part of npm
// test; record the figures in docs/benchmarks.md with the machine and date.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateConfig } from './generate-config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'mosaic.js');
const preload = join(root, 'bench', 'report-rss.mjs');

function run(args, cwd, { expect = [0] } = {}) {
  const rssFile = join(tmpdir(), `mosaic-rss-${process.pid}`);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', preload, cli, ...args], {
    cwd,
    env: { ...process.env, MOSAIC_BENCH_RSS_FILE: rssFile, MOSAIC_PRINCIPAL: 'bench' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!expect.includes(r.status)) throw new Error(`mosaic ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile, { force: true });
  return { ms, rssMiB };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function repeat(times, fn) {
  const samples = Array.from({ length: times }, fn);
  return { ms: median(samples.map((s) => s.ms)), p90: [...samples.map((s) => s.ms)].sort((a, b) => a - b)[Math.floor(times * 0.9)], rssMiB: Math.max(...samples.map((s) => s.rssMiB)) };
}

// `npm run bench` runs everything; `npm run bench -- core|plugins|github|state|routing|failover` some parts.
const parts = process.argv.slice(2);
const wants = (part) => parts.length === 0 || parts.includes(part);

const rows = [];
const record = (name, result, goal) => {
  rows.push({ name, ...result, goal });
  console.error(`done: ${name}`);
};

const empty = mkdtempSync(join(tmpdir(), 'mosaic-bench-'));
record('mosaic --version (cold, median of 20)', repeat(20, () => run(['--version'], empty)), '< 150 ms');

// Loading a plugin: a fresh node importing the built plugin module (and so its SDK).
if (wants('plugins')) {
  const pluginsDir = join(root, 'dist', 'providers');
  for (const name of readdirSync(pluginsDir).sort()) {
    const module = join(pluginsDir, name, 'index.js');
    if (!existsSync(module)) continue;
    const samples = Array.from({ length: 5 }, () => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(module).href)}); console.log(performance.now() - t);`], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`loading ${name} failed: ${r.stderr}`);
      return { ms: Number(r.stdout.trim()), rssMiB: 0 };
    });
    const ms = samples.map((x) => x.ms).sort((a, b) => a - b);
    rows.push({ name: `load plugin ${name} (import, median of 5)`, ms: ms[2], p90: ms[4], rssMiB: 0, goal: '< 100 ms' });
  }
}

if (!wants('core')) {
  printRows();
  runGithub();
  runStateBackends();
  runRouting();
  runFailover();
  process.exit(0);
}

const big = mkdtempSync(join(tmpdir(), 'mosaic-bench-'));
writeFileSync(join(big, 'mosaic.yaml'), generateConfig(5000));
record('validate, 5,000 resources (median of 5)', repeat(5, () => run(['validate'], big)), '< 1 s');

const thousand = mkdtempSync(join(tmpdir(), 'mosaic-bench-'));
writeFileSync(join(thousand, 'mosaic.yaml'), generateConfig(1000));
record('plan, 1,000 new resources', run(['plan'], thousand), '');
record('apply, 1,000 creates', run(['apply', '--auto-approve'], thousand), '');
record('plan, 1,000 resources, no changes (first: reads every pipeline)', run(['plan', '--detailed-exitcode'], thousand), '');
record('plan, 1,000 resources, no changes (warm: tip cache)', repeat(3, () => run(['plan', '--detailed-exitcode'], thousand)), '');
writeFileSync(join(thousand, 'mosaic.yaml'), generateConfig(1000).replaceAll('Generated for the benchmark.', 'Edited for the benchmark.'));
record('apply, 200 page updates of 1,000', run(['apply', '--auto-approve'], thousand), '');
record('destroy, 1,000 resources', run(['destroy', '--auto-approve'], thousand), '');

printRows();
runGithub();
runStateBackends();
runRouting();
runFailover();
for (const dir of [empty, big, thousand]) rmSync(dir, { recursive: true, force: true });

function printRows() {
  const fmt = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| benchmark | wall time | p90 | peak RSS | goal |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${fmt(r.ms)} | ${r.p90 === undefined ? '' : fmt(r.p90)} | ${r.rssMiB ? `${r.rssMiB.toFixed(0)} MiB` : ''} | ${r.goal} |`);
}

/** The state backends (local and PostgreSQL; needs a server, see bench/state-backends.mjs). */
function runStateBackends() {
  if (!wants('state')) return;
  console.log('\nState backends:\n');
  const r = spawnSync(process.execPath, [join(root, 'bench', 'state-backends.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('the state backend benchmark failed');
}

/** The GitHub organization benchmark runs under tsx: its emulator is TypeScript under test/. */
function runGithub() {
  if (!wants('github')) return;
  console.log('\nGitHub emulator, 30 ms per request (goals: cold ≤ 2.5 requests/repo and < 10 s; warm ≤ 0.1 rate-limited/repo and < 4 s; 10,000 repositories < 400 MB):\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'github-org.ts')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('the GitHub benchmark failed');
}

/** Apply of 1,000 creates over three Gitea emulators, one failing half its calls (tsx: the emulators are TypeScript). */
function runFailover() {
  if (!wants('failover')) return;
  console.log('\nApply with failover, three Gitea emulators at 20 ms per request (goal: < 1.5× the healthy wall time, nothing lost or duplicated):\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'failover-apply.ts')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('the failover benchmark failed');
}

/** The routing decision: its latency, and adaptive routing in a simulation (bench/routing-*.mjs, against dist/). */
function runRouting() {
  if (!wants('routing')) return;
  for (const script of ['routing-latency.mjs', 'routing-adaptive.mjs']) {
    console.log('');
    const r = spawnSync(process.execPath, [join(root, 'bench', script)], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`the routing benchmark ${script} failed`);
  }
}
