// Creates that survive a provider being down, through the CLI (in-process) against two Gitea
// emulators: failover to the next candidate (printed, audited, in --json, recorded in state,
// the next plan empty), the breaker opening and, once the provider recovers, closing again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from '../cli/cli-harness.js';
import { createGiteaHost, type GiteaHostedEmulator } from '../emulators/gitea/index.js';
import { tempProject } from './temp-project.js';

const token = 'failover-token';
const env = { GITEA_TOKEN: token };
let hosts: GiteaHostedEmulator[] = [];

afterEach(async () => {
  for (const host of hosts) await host.emulator.close();
  hosts = [];
});

async function twoHosts(): Promise<[GiteaHostedEmulator, GiteaHostedEmulator]> {
  const a = createGiteaHost({ token });
  const b = createGiteaHost({ token });
  await a.emulator.start();
  await b.emulator.start();
  hosts = [a, b];
  return [a, b];
}

/**
 * Moves the opening time of the breaker an earlier run saved back by `ms`, as if that long had
 * passed: the next run restores it due for a half-open probe. Waiting for half_open_after on the
 * wall clock instead would need a half_open_after short enough to lapse during a run on a busy
 * machine, turning an open breaker half-open before the test looks at it.
 */
function ageBreaker(dir: string, provider: string, ms: number): void {
  const path = join(dir, 'state', 'breakers', `${provider}.json`);
  const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const openedAt = record['opened_at'];
  if (typeof openedAt !== 'string') throw new Error(`the breaker of ${provider} was saved without opened_at: ${JSON.stringify(record)}`);
  writeFileSync(path, JSON.stringify({ ...record, opened_at: new Date(Date.parse(openedAt) - ms).toISOString() }));
}

function project(a: GiteaHostedEmulator, b: GiteaHostedEmulator, names: readonly string[], breaker = { failures: 2, half_open_after: '1s' }): string {
  const provider = (host: GiteaHostedEmulator) => ({ type: 'gitea', ...host.providerSettings(), token: '${env:GITEA_TOKEN}', resilience: { retries: 1, circuit_breaker: breaker } });
  return tempProject({
    'mosaic.yaml': stringify({
      version: 1,
      providers: { a: provider(a), b: provider(b) },
      routing: { rules: [{ name: 'spread', match: { kind: 'repository' }, to: ['a', 'b'], strategy: 'round-robin', failover: true }] },
      resources: { repository: Object.fromEntries(names.map((n) => [n, { description: `repo ${n}` }])) },
    }),
  });
}

describe('failover of creates (Gitea emulators, through the CLI)', () => {
  it('sends the creates of a provider that is down to the next candidate and says so everywhere', async () => {
    const [a, b] = await twoHosts();
    const names = ['r1', 'r2', 'r3', 'r4'];
    const dir = project(a, b, names);
    const plan = await runCli(['plan', '--json'], { cwd: dir, env });
    const planned = (JSON.parse(plan.stdout) as { changes: { address: string; provider: string }[] }).changes;
    expect(planned.filter((c) => c.provider === 'a')).toHaveLength(2);

    // a answers every write with 503 from now on; reads still work.
    a.emulator.inject({ kind: 'status', status: 503, times: Infinity, match: { method: 'POST' } });
    const apply = await runCli(['apply', '--auto-approve'], { cwd: dir, env });
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    expect(apply.stdout).toMatch(/repository\.r\d: a is unavailable \(.*\); failing over to b/);
    expect(apply.stdout).toContain('Failover: 2 creates went to b instead of a');
    expect(a.repositoryNames()).toEqual([]);
    expect(b.repositoryNames().sort()).toEqual(names);
    const state = JSON.parse(readFileSync(join(dir, 'state', 'mosaic.state.json'), 'utf8')) as { resources: Record<string, { provider: string; placement?: { reason: string } }> };
    expect(Object.values(state.resources).map((r) => r.provider)).toEqual(['b', 'b', 'b', 'b']);
    expect(Object.values(state.resources).filter((r) => r.placement?.reason.startsWith('failed over from a'))).toHaveLength(2);

    const audit = (await runCli(['audit', 'log', '--json'], { cwd: dir, env })).stdout.trim().split('\n').map((l) => JSON.parse(l) as { outcome: string; provider: string; action: string });
    expect(audit.filter((e) => e.outcome === 'failed-over').map((e) => e.provider)).toEqual(['a', 'a']);
    expect((await runCli(['audit', 'verify'], { cwd: dir, env })).code).toBe(0);

    // Sticky: the next plan leaves them on b, even with a healthy again.
    a.emulator.clearFaults();
    const again = await runCli(['plan', '--detailed-exitcode'], { cwd: dir, env });
    expect(again.stdout).toContain('No changes.');
    expect(again.code).toBe(0);
  });

  it('reports failovers and breaker transitions in --json, and never fails over an update', async () => {
    const [a, b] = await twoHosts();
    const dir = project(a, b, ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'], { failures: 2, half_open_after: '1m' });
    a.emulator.inject({ kind: 'status', status: 503, times: Infinity, match: { method: 'POST' } });
    const apply = await runCli(['apply', '--auto-approve', '--json', '--parallelism', '1'], { cwd: dir, env });
    expect(apply.code).toBe(0);
    const result = JSON.parse(apply.stdout) as { failovers: { from: string; to: string; reason: string }[]; breaker_transitions: { provider: string; from: string; to: string; reason: string }[]; outcomes: { provider: string }[] };
    expect(result.failovers.map((f) => `${f.from}->${f.to}`)).toEqual(['a->b', 'a->b', 'a->b']);
    expect(result.breaker_transitions[0]).toMatchObject({ provider: 'a', from: 'closed', to: 'open' });
    expect(result.outcomes.every((o) => o.provider === 'b')).toBe(true);
    // The third create found a's breaker open: it failed over without a request to a.
    expect(result.failovers[2]?.reason).toMatch(/circuit|breaker/i);

    // An update of a resource on a (none: all on b) — make one live on a by hand, import it, then break a.
    a.emulator.clearFaults();
    // a's breaker opened and outlives the run; after half_open_after the next call probes it.
    ageBreaker(dir, 'a', 60_000);
    a.seedRepositories(['legacy']);
    writeFileSync(join(dir, 'mosaic.yaml'), readFileSync(join(dir, 'mosaic.yaml'), 'utf8').replace('resources:\n  repository:\n', 'resources:\n  repository:\n    legacy: { provider: a, description: changed }\n'));
    expect((await runCli(['import', 'repository.legacy', String(a.repository('legacy')?.id)], { cwd: dir, env })).code).toBe(0);
    a.emulator.inject({ kind: 'status', status: 503, times: Infinity, match: { method: 'PATCH' } });
    const update = await runCli(['apply', '--auto-approve', '--json'], { cwd: dir, env });
    expect(update.code).toBe(1);
    const updated = JSON.parse(update.stdout) as { failovers: unknown[]; outcomes: { address: string; status: string }[] };
    expect(updated.failovers).toEqual([]);
    expect(updated.outcomes.find((o) => o.address === 'repository.legacy')?.status).toBe('failed');
    expect(b.repositoryNames()).not.toContain('legacy');
  });

  it('does not fail over a create that may have made its object, and the next run adopts it where it was made', async () => {
    const [a, b] = await twoHosts();
    const dir = tempProject({
      'mosaic.yaml': stringify({
        version: 1,
        providers: Object.fromEntries(([['a', a], ['b', b]] as const).map(([name, host]) => [name, { type: 'gitea', ...host.providerSettings(), token: '${env:GITEA_TOKEN}', resilience: { retries: 0 } }])),
        routing: { rules: [{ name: 'spread', to: ['a', 'b'] }] },
        resources: { repository: { r1: { topics: ['x'] } } },
      }),
    });
    // The POST makes the repository on a; setting its topics then fails: a may hold it now.
    a.emulator.inject({ kind: 'status', status: 503, times: Infinity, match: { method: 'PUT' } });
    const apply = await runCli(['apply', '--auto-approve', '--json'], { cwd: dir, env });
    expect(apply.code).toBe(1);
    expect((JSON.parse(apply.stdout) as { failovers: unknown[] }).failovers).toEqual([]);
    expect(a.repositoryNames()).toEqual(['r1']);
    expect(b.repositoryNames()).toEqual([]);

    a.emulator.clearFaults();
    // Routing alone would now choose b: what the interrupted run made on a stays there.
    writeFileSync(join(dir, 'mosaic.yaml'), readFileSync(join(dir, 'mosaic.yaml'), 'utf8').replace('- a\n        - b', '- b\n        - a'));
    expect(readFileSync(join(dir, 'mosaic.yaml'), 'utf8')).toMatch(/- b\n\s+- a/);
    const plan = await runCli(['plan'], { cwd: dir, env });
    expect(plan.stdout + plan.stderr).toMatch(/interrupted create had reached a/);
    expect(plan.stdout).toContain('repository.r1 will be updated in place (a)');
    expect(plan.stdout).not.toContain('will be created');
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir, env })).code).toBe(0);
    expect(b.repositoryNames()).toEqual([]);
    expect((await runCli(['plan', '--detailed-exitcode'], { cwd: dir, env })).code).toBe(0);
  });

  it('opens the breaker of a flapping provider and closes it with a half-open probe once it recovers', async () => {
    const [a, b] = await twoHosts();
    const dir = project(a, b, ['r1', 'r2', 'r3', 'r4'], { failures: 2, half_open_after: '1m' });
    a.emulator.inject({ kind: 'status', status: 503, times: Infinity, match: { method: 'POST' } });
    const first = await runCli(['apply', '--auto-approve', '--parallelism', '1'], { cwd: dir, env });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/circuit breaker of a: closed → open/);
    // The breaker state outlives the run: providers check reports it open.
    const check = await runCli(['providers', 'check', '--json'], { cwd: dir, env });
    expect(check.stdout).toContain('"open"');

    a.emulator.clearFaults();
    ageBreaker(dir, 'a', 60_000); // half_open_after: 1m
    writeFileSync(join(dir, 'mosaic.yaml'), readFileSync(join(dir, 'mosaic.yaml'), 'utf8').replace('resources:\n  repository:\n', 'resources:\n  repository:\n    r5: { description: five }\n    r6: { description: six }\n'));
    const second = await runCli(['apply', '--auto-approve', '--parallelism', '1'], { cwd: dir, env });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/circuit breaker of a: open → half-open/);
    expect(second.stdout).toMatch(/circuit breaker of a: half-open → closed/);
    expect(a.repositoryNames().length).toBeGreaterThan(0);
    const audit = (await runCli(['audit', 'log', '--json'], { cwd: dir, env })).stdout;
    expect(audit).toContain('"action":"circuit-breaker"');
  });
});
