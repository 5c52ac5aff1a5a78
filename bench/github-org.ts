// npm run bench -- github: an organization in the GitHub emulator (30 ms per request), every
// repository with branch protection on main and two webhooks, all managed by the config.
// Measures cold plan (empty ETag cache) and warm plan (nothing changed): wall time,
// requests per repository, requests counted against the rate limit, peak memory.
// Run with tsx (the emulator is TypeScript under test/); record figures in docs/benchmarks.md.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { createGithubEmulator } from '../test/emulators/github/index.js';
import { createProvider } from '../providers/github/index.js';
import { testContext } from '../test/providers/test-context.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'mosaic.js');
const preload = join(root, 'bench', 'report-rss.mjs');
const token = 'bench-token';
const latencyMs = 30;

interface Run {
  readonly ms: number;
  readonly rssMiB: number;
  readonly code: number;
  readonly stderr: string;
}

function mosaic(args: readonly string[], cwd: string): Promise<Run> {
  const rssFile = join(tmpdir(), `mosaic-rss-${String(process.pid)}-${String(Date.now())}`);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(process.env['BENCH_NODE_FLAGS'] ?? '').split(' ').filter(Boolean), '--import', preload, cli, ...args], {
      cwd,
      env: { ...process.env, GITHUB_TOKEN: token, MOSAIC_BENCH_RSS_FILE: rssFile, MOSAIC_PRINCIPAL: 'bench' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      void readFile(rssFile, 'utf8')
        .then((kib) => rm(rssFile, { force: true }).then(() => resolve({ ms, rssMiB: Number(kib) / 1024, code: code ?? -1, stderr })))
        .catch(reject);
    });
  });
}

async function scenario(count: number, withWarm: boolean): Promise<string[]> {
  const hosted = createGithubEmulator({ token, owner: 'bench-org' });
  const names = Array.from({ length: count }, (_, i) => `repo-${String(i + 1).padStart(5, '0')}`);
  hosted.seedRepositories(names, { protectedBranch: 'main', webhooks: 2 });
  await hosted.emulator.start();
  const dir = await mkdtemp(join(tmpdir(), 'mosaic-bench-github-'));
  const settings = { ...hosted.providerSettings(), write_interval_ms: 0 };
  // The config manages what the organization has: read it once through the provider itself.
  const instance = await createProvider(await testContext('github', { ...settings, token }, dir));
  const handler = instance.handlers.repository;
  if (!handler) throw new Error('github has no repository handler');
  const live = (await handler.list()).map((raw) => handler.normalize(raw));
  await instance.close();
  const resources = Object.fromEntries(
    live.map((o) => [String(o.spec['name']), { description: o.spec['description'] ?? '', branch_protection: o.spec['branch_protection'], webhooks: o.spec['webhooks'] }]),
  );
  await writeFile(join(dir, 'mosaic.yaml'), stringify({ version: 1, providers: { github: { type: 'github', ...settings, token: '${env:GITHUB_TOKEN}' } }, resources: { repository: resources } }));
  hosted.emulator.latencyMs = latencyMs;
  const rows: string[] = [];
  const measure = async (label: string, args: string[]): Promise<void> => {
    hosted.emulator.resetCounts();
    const run = await mosaic(args, dir);
    if (run.code !== 0 && run.code !== 2) throw new Error(`mosaic ${args.join(' ')} exited ${String(run.code)}: ${run.stderr.slice(0, 2000)}`);
    const total = hosted.emulator.totalRequests();
    const limited = hosted.emulator.rateLimitedCount();
    rows.push(
      `| ${label} | ${count.toLocaleString('en-US')} | ${(run.ms / 1000).toFixed(2)} s | ${total.toLocaleString('en-US')} (${(total / count).toFixed(2)}/repo) | ${limited.toLocaleString('en-US')} (${(limited / count).toFixed(3)}/repo) | ${run.rssMiB.toFixed(0)} MiB |`,
    );
    console.error(`done: ${label} (${String(count)})`);
  };
  if (withWarm) {
    // Adopt the organization into state first (no latency: this is set-up, not measured).
    hosted.emulator.latencyMs = 0;
    const adopted = await mosaic(['apply', '--auto-approve'], dir);
    if (adopted.code !== 0) throw new Error(`apply failed: ${adopted.stderr.slice(0, 2000)}`);
    hosted.emulator.latencyMs = latencyMs;
    await rm(join(dir, 'state', 'http-cache'), { recursive: true, force: true });
    await measure('cold plan (state, empty ETag cache)', ['plan', '--detailed-exitcode']);
    await measure('warm plan (nothing changed)', ['plan', '--detailed-exitcode']);
  } else {
    await measure('cold plan (no state: every repository an import)', ['plan']);
  }
  await hosted.emulator.close();
  await rm(dir, { recursive: true, force: true });
  return rows;
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const rows = [
  '| benchmark | repositories | wall time | requests | counted against the rate limit | peak RSS |',
  '|---|---|---|---|---|---|',
  ...(await scenario(sizes[0] ?? 1000, true)),
  ...(await scenario(sizes[1] ?? 10_000, false)),
];
console.log(rows.join('\n'));
