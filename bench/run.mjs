// npm run bench: times the built CLI as a user runs it and prints a table. Not part of npm
// test; record the figures in docs/benchmarks.md with the machine and date.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const rows = [];
const record = (name, result, goal) => {
  rows.push({ name, ...result, goal });
  console.error(`done: ${name}`);
};

const empty = mkdtempSync(join(tmpdir(), 'mosaic-bench-'));
record('mosaic --version (cold, median of 20)', repeat(20, () => run(['--version'], empty)), '< 150 ms');

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

const fmt = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| benchmark | wall time | p90 | peak RSS | goal |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${fmt(r.ms)} | ${r.p90 === undefined ? '' : fmt(r.p90)} | ${r.rssMiB.toFixed(0)} MiB | ${r.goal} |`);
for (const dir of [empty, big, thousand]) rmSync(dir, { recursive: true, force: true });
