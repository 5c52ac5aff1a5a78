// npm run bench -- failover: apply of 1,000 new repositories routed round-robin over three
// Gitea emulators (20 ms per request), once with every provider healthy and once with one
// of them failing half its calls (HTTP 503). Creates that hit a failure fail over to the next
// candidate; the breaker of the failing provider may open. Reports wall time of both runs,
// their ratio, where the repositories landed, and checks that none was lost or duplicated.
// Run with tsx (the emulators are TypeScript under test/); record figures in docs/benchmarks.md.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { createGiteaHost, type GiteaHostedEmulator } from '../test/emulators/gitea/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'mosaic.js');
const token = 'bench-token';
const latencyMs = 20;
const count = Number(process.argv[2] ?? 1000);

function mosaic(args: readonly string[], cwd: string): Promise<{ ms: number; code: number; stdout: string; stderr: string }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, GITEA_TOKEN: token, MOSAIC_PRINCIPAL: 'bench' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, code: code ?? -1, stdout, stderr }));
  });
}

async function scenario(failing: boolean): Promise<{ ms: number; landed: Record<string, number>; failovers: number; transitions: number }> {
  const hosts: Record<string, GiteaHostedEmulator> = { a: createGiteaHost({ token }), b: createGiteaHost({ token }), c: createGiteaHost({ token }) };
  for (const host of Object.values(hosts)) await host.emulator.start();
  const dir = await mkdtemp(join(tmpdir(), 'mosaic-bench-failover-'));
  // Defaults but half_open_after, so the check after the apply need not wait 30 s.
  const resilience = { circuit_breaker: { half_open_after: '2s' } };
  const providers = Object.fromEntries(Object.entries(hosts).map(([name, host]) => [name, { type: 'gitea', ...host.providerSettings(), token: '${env:GITEA_TOKEN}', resilience }]));
  const names = Array.from({ length: count }, (_, i) => `repo-${String(i + 1).padStart(5, '0')}`);
  await writeFile(
    join(dir, 'mosaic.yaml'),
    stringify({
      version: 1,
      providers,
      routing: { rules: [{ name: 'spread', match: { kind: 'repository' }, to: ['a', 'b', 'c'], strategy: 'round-robin' }] },
      resources: { repository: Object.fromEntries(names.map((name) => [name, { description: `bench ${name}` }])) },
    }),
  );
  for (const host of Object.values(hosts)) host.emulator.latencyMs = latencyMs;
  if (failing) hosts['a']?.emulator.inject({ kind: 'status', status: 503, times: Infinity, probability: 0.5 });
  const run = await mosaic(['apply', '--auto-approve', '--json', '--parallelism', '10'], dir);
  if (run.code !== 0) throw new Error(`apply exited ${String(run.code)}: ${run.stderr.slice(0, 2000)}${run.stdout.slice(-2000)}`);
  const result = JSON.parse(run.stdout) as { failovers: unknown[]; breaker_transitions?: unknown[] };

  // Nothing lost, nothing duplicated: every name exists on exactly one host, and state agrees.
  const landed: Record<string, number> = {};
  const seen = new Map<string, string>();
  for (const [name, host] of Object.entries(hosts)) {
    for (const repo of host.repositoryNames()) {
      if (seen.has(repo)) throw new Error(`${repo} exists on ${seen.get(repo) ?? ''} and ${name}`);
      seen.set(repo, name);
      landed[name] = (landed[name] ?? 0) + 1;
    }
  }
  const missing = names.filter((n) => !seen.has(n));
  if (missing.length > 0 || seen.size !== count) throw new Error(`${String(missing.length)} repositories lost, ${String(seen.size - count + missing.length)} extra`);
  const state = JSON.parse(await readFile(join(dir, 'state', 'mosaic.state.json'), 'utf8')) as { resources: Record<string, { provider: string; spec: { name?: string } }> };
  for (const entry of Object.values(state.resources)) {
    if (seen.get(String(entry.spec.name)) !== entry.provider) throw new Error(`state places ${String(entry.spec.name)} on ${entry.provider}, live on ${seen.get(String(entry.spec.name)) ?? 'nothing'}`);
  }
  if (Object.keys(state.resources).length !== count) throw new Error(`state holds ${String(Object.keys(state.resources).length)} resources`);
  // a recovers; its breaker (persisted by the apply) lets the plan probe it after 2 s.
  hosts['a']?.emulator.clearFaults();
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const again = await mosaic(['plan', '--detailed-exitcode'], dir);
  if (again.code !== 0) throw new Error(`the plan after apply is not empty (exit ${String(again.code)}): ${again.stdout.slice(0, 1000)}${again.stderr.slice(0, 1000)}`);
  for (const host of Object.values(hosts)) await host.emulator.close();
  await rm(dir, { recursive: true, force: true });
  return { ms: run.ms, landed, failovers: result.failovers.length, transitions: result.breaker_transitions?.length ?? 0 };
}

const healthy = await scenario(false);
console.error('done: healthy');
const failing = await scenario(true);
console.error('done: one provider failing half its calls');
const row = (label: string, r: typeof healthy) =>
  `| ${label} | ${count.toLocaleString('en-US')} | ${(r.ms / 1000).toFixed(2)} s | a ${String(r.landed['a'] ?? 0)}, b ${String(r.landed['b'] ?? 0)}, c ${String(r.landed['c'] ?? 0)} | ${String(r.failovers)} | ${String(r.transitions)} |`;
console.log(
  [
    '| apply | creates | wall time | landed on | failovers | breaker transitions |',
    '|---|---|---|---|---|---|',
    row('three healthy providers', healthy),
    row('provider a fails 50% of calls (503)', failing),
    '',
    `Ratio: ${(failing.ms / healthy.ms).toFixed(2)}× (goal < 1.5×); lost 0, duplicated 0 (checked against the emulators and state; the plan after each apply is empty).`,
  ].join('\n'),
);
