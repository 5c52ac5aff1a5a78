// Benchmarks of the state backends (not part of npm test): read and write latency at 1,000 and
// 10,000 resources, lock acquire/release, and 8 runners contending for one workspace, on the
// local backend and on PostgreSQL. Needs `npm run build` first and a PostgreSQL server:
// MOSAIC_BENCH_PG_URL (a database in which it may create one), else 127.0.0.1:5432 as postgres.
//   node bench/state-backends.mjs            # everything
//   node bench/state-backends.mjs local      # one backend
// Record the figures, with the machine and date, in docs/benchmarks.md.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { generateConfig } from './generate-config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const backendModule = pathToFileURL(join(root, 'dist', 'src', 'state', 'open-state-backend.js')).href;
const { openStateBackend } = await import(backendModule);

const wanted = process.argv.slice(2);
const backends = ['local', 'postgres'].filter((b) => wanted.length === 0 || wanted.includes(b));
const author = { principal: 'bench', command: 'bench' };

function makeEntry(i, round = 0) {
  return {
    kind: 'repository',
    name: `r${i}`,
    provider: 'local',
    id: `id-${i}`,
    natural_key: `r${i}`,
    spec: { name: `r${i}`, description: `Repository ${i}, generated for the benchmark (round ${round}).`, topics: ['backend', 'bench'], default_branch: 'main' },
    depends_on: [],
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  };
}

function makeResources(n) {
  const resources = {};
  for (let i = 0; i < n; i++) resources[`repository.r${i}`] = makeEntry(i);
  return resources;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
async function time(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

// A database of its own on the PostgreSQL server, dropped at the end.
const adminUrl = process.env.MOSAIC_BENCH_PG_URL ?? process.env.MOSAIC_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `mosaic_bench_${randomBytes(4).toString('hex')}`;
async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
const pgUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
})();
if (backends.includes('postgres')) await admin(`CREATE DATABASE ${dbName}`);

const folders = [];
let schemas = 0;
/** Settings for a fresh, empty backend of `kind`. */
function freshSettings(kind) {
  const dir = mkdtempSync(join(tmpdir(), 'mosaic-bench-state-'));
  folders.push(dir);
  return { backend: kind, path: dir, postgres: { url: pgUrl, schema: `b${++schemas}` } };
}

const rows = [];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);

try {
  for (const kind of backends) {
    for (const n of [1000, 10000]) {
      const settings = freshSettings(kind);
      const backend = openStateBackend(settings);
      const store = (await backend.openWorkspace('default', author)).store;
      const resources = makeResources(n);
      await store.read(); // connects and creates the tables: not what is measured
      const first = await time(() => store.write({ lineage: '', serial: 0, resources }));
      const writes = [];
      let current = resources;
      for (let round = 1; round <= 50; round++) {
        const i = (round * 7919) % n;
        current = { ...current, [`repository.r${i}`]: makeEntry(i, round) };
        const next = current;
        writes.push(await time(() => store.write({ lineage: '', serial: 0, resources: next })));
      }
      const reads = [];
      for (let i = 0; i < 5; i++) {
        // A new store, as a new run reads it (the connection pool stays warm).
        const fresh = (await backend.openWorkspace('default', author)).store;
        reads.push(await time(() => fresh.read()));
      }
      const history = (await backend.openWorkspace('default', author)).history;
      const rebuild = await time(() => history.read(40));
      await backend.close();
      const label = `${kind}, ${n.toLocaleString('en')} resources`;
      rows.push([`${label}: read (new store, median of 5)`, median(reads), p90(reads)]);
      rows.push([`${label}: first write (all entries)`, first]);
      rows.push([`${label}: write, one entry changed (median of 50)`, median(writes), p90(writes)]);
      rows.push([`${label}: rebuild version 40 from history`, rebuild]);
      console.error(`done: ${label}`);
    }

    {
      const backend = openStateBackend(freshSettings(kind));
      const store = (await backend.openWorkspace('default', author)).store;
      await store.read();
      const samples = [];
      for (let i = 0; i < 50; i++) samples.push(await time(async () => (await store.lock({ command: 'bench', principal: 'bench' }, 0)).release()));
      await backend.close();
      rows.push([`${kind}: lock acquire + release, uncontended (median of 50)`, median(samples), p90(samples)]);
    }

    {
      const settings = freshSettings(kind);
      const backend = openStateBackend(settings);
      const store = (await backend.openWorkspace('default', author)).store;
      await store.write({ lineage: '', serial: 0, resources: makeResources(1000) });
      await backend.close();
      const started = performance.now();
      const results = await Promise.all(Array.from({ length: 8 }, (_, runner) => runContender(settings, runner, 10)));
      const wall = performance.now() - started;
      const waits = results.flatMap((r) => r.waits);
      const cycles = results.flatMap((r) => r.cycles);
      const check = openStateBackend(settings);
      const final = await (await check.openWorkspace('default', author)).store.read();
      await check.close();
      if (final.serial !== 81) throw new Error(`contention lost writes: serial ${final.serial}, expected 81`);
      rows.push([`${kind}: 8 runners × 10 × (lock, read, write, release), 1,000 resources: wall time`, wall]);
      rows.push([`${kind}: … one cycle while holding the lock (median, p90)`, median(cycles), p90(cycles)]);
      rows.push([`${kind}: … wait for the lock (median, p90)`, median(waits), p90(waits)]);
      console.error(`done: ${kind} contention`);
    }

    // The whole CLI, as a user runs it: 1,000 creates, then a plan with no changes.
    {
      const settings = freshSettings(kind);
      const stateBlock = kind === 'postgres' ? `state:\n  backend: postgres\n  url: ${pgUrl}\n  schema: ${settings.postgres.schema}\n` : '';
      writeFileSync(join(settings.path, 'mosaic.yaml'), `${generateConfig(1000)}${stateBlock}`);
      rows.push([`${kind}: \`mosaic apply\`, 1,000 creates (whole CLI)`, runCli(['apply', '--auto-approve'], settings.path)]);
      rows.push([`${kind}: \`mosaic plan\`, 1,000 resources, no changes (whole CLI)`, runCli(['plan', '--detailed-exitcode'], settings.path)]);
      console.error(`done: ${kind} CLI`);
    }
  }
} finally {
  if (backends.includes('postgres')) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| benchmark | median / once | p90 |');
console.log('|---|---|---|');
for (const [name, ms, p] of rows) console.log(`| ${name} | ${fmt(ms)} | ${p === undefined ? '' : fmt(p)} |`);

/** A separate process that takes the lock `cycles` times, each time changing one entry. */
function runContender(settings, runner, cycles) {
  const script = `
    const { openStateBackend } = await import(${JSON.stringify(backendModule)});
    const settings = ${JSON.stringify(settings)};
    const backend = openStateBackend(settings);
    const store = (await backend.openWorkspace('default', { principal: 'runner', command: 'bench' })).store;
    const waits = [], cycles = [];
    for (let c = 0; c < ${cycles}; c++) {
      const asked = performance.now();
      const lock = await store.lock({ command: 'bench', principal: 'runner-${runner}' }, 120000);
      const got = performance.now();
      const state = await store.read();
      const address = 'repository.r${runner}';
      await store.write({ ...state, resources: { ...state.resources, [address]: { ...state.resources[address], updated_at: new Date(Date.UTC(2026, 0, 1, 0, 0, c)).toISOString() } } });
      await lock.release();
      waits.push(got - asked);
      cycles.push(performance.now() - got);
    }
    await backend.close();
    process.stdout.write(JSON.stringify({ waits, cycles }));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`runner ${runner} exited ${code}`))));
  });
}

function runCli(args, cwd) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'mosaic.js'), ...args], { cwd, env: { ...process.env, MOSAIC_PRINCIPAL: 'bench' }, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`mosaic ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return performance.now() - started;
}
