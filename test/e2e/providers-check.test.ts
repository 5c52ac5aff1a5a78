// `mosaic providers check` through the CLI (in-process) against GitHub emulators: a healthy instance
// (human and --json), a refused token (authenticated false, exit 2, the token nowhere in the
// output), one that is down (reachable false), an open breaker saved by an earlier run
// (reported without a request), and a config error (exit 1).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from '../cli/cli-harness.js';
import { createGithubHostedEmulator, type GithubHostedEmulator } from '../emulators/github/index.js';
import { tempProject } from './temp-project.js';

const token = 'ghp_checkToken0123456789abcdef';
let hosts: GithubHostedEmulator[] = [];
afterEach(async () => {
  for (const host of hosts) await host.emulator.close();
  hosts = [];
});

async function github(): Promise<GithubHostedEmulator> {
  const host = createGithubHostedEmulator({ token });
  await host.emulator.start();
  hosts.push(host);
  return host;
}

function project(providers: Record<string, GithubHostedEmulator>): string {
  const settings = (host: GithubHostedEmulator) => ({ type: 'github', ...host.providerSettings(), token: '${env:GITHUB_TOKEN}', resilience: { retries: 0, timeout: '5s' } });
  return tempProject({ 'mosaic.yaml': stringify({ version: 1, providers: Object.fromEntries(Object.entries(providers).map(([name, host]) => [name, settings(host)])) }) });
}

interface CheckJson {
  format_version: number;
  healthy: boolean;
  providers: {
    name: string;
    type: string;
    healthy: boolean;
    reachable: boolean | null;
    authenticated: boolean | null;
    latency_ms: number | null;
    rate_limit: { remaining: number; limit: number; reset_at: string | null } | null;
    breaker: { state: string; consecutive_failures: number; opened_at: string | null; probe_at: string | null };
    detail: string | null;
  }[];
  breaker_transitions: unknown[];
}

describe('mosaic providers check', () => {
  it('reports a healthy instance: reachable, authenticated, latency, rate limit, breaker; exit 0', async () => {
    const host = await github();
    const dir = project({ gh: host });
    const human = await runCli(['providers', 'check'], { cwd: dir, env: { GITHUB_TOKEN: token } });
    expect(human.stderr).toBe('');
    expect(human.code).toBe(0);
    const lines = human.stdout.split('\n');
    expect(lines[0]).toMatch(/^PROVIDER\s+TYPE\s+REACHABLE\s+AUTHENTICATED\s+LATENCY\s+RATE LIMIT LEFT\s+BREAKER\s+DETAIL$/);
    expect(lines[1]).toMatch(/^gh\s+github\s+yes\s+yes\s+\d+ ms\s+5,000 of 5,000\s+closed\s+organization mosaic-org$/);
    expect(human.stdout).toContain('The provider is healthy.');

    const json = await runCli(['providers', 'check', '--json'], { cwd: dir, env: { GITHUB_TOKEN: token } });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as CheckJson;
    expect(report).toMatchObject({
      format_version: 1,
      healthy: true,
      providers: [
        {
          name: 'gh',
          type: 'github',
          healthy: true,
          reachable: true,
          authenticated: true,
          // The first check's organization lookup counted; /rate_limit and the 304 did not.
          rate_limit: { remaining: 4999, limit: 5000 },
          breaker: { state: 'closed', consecutive_failures: 0, opened_at: null, probe_at: null },
          detail: 'organization mosaic-org',
        },
      ],
      breaker_transitions: [],
    });
    expect(report.providers[0]?.latency_ms).toEqual(expect.any(Number));
    expect(report.providers[0]?.rate_limit?.reset_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    // GET /rate_limit and the organization, each run.
    expect(host.emulator.counts()).toEqual({ 'GET /orgs/:org': 2, 'GET /rate_limit': 2 });
  });

  it('reports a refused token as authenticated false with exit 2, and never prints the token', async () => {
    const host = await github();
    const dir = project({ gh: host });
    const wrong = 'ghp_refusedToken_9f8e7d6c5b4a';
    for (const args of [['providers', 'check'], ['providers', 'check', '--json']]) {
      const run = await runCli(args, { cwd: dir, env: { GITHUB_TOKEN: wrong } });
      expect(run.code).toBe(2);
      expect(`${run.stdout}${run.stderr}`).not.toContain(wrong);
      expect(`${run.stdout}${run.stderr}`).not.toContain(token);
      if (args.includes('--json')) {
        expect((JSON.parse(run.stdout) as CheckJson).providers[0]).toMatchObject({ healthy: false, reachable: false, authenticated: false, breaker: { state: 'closed', consecutive_failures: 0 } });
      } else {
        expect(run.stdout).toMatch(/^gh\s+github\s+no\s+no\s+\d+ ms\s+-\s+closed\s+.*Bad credentials/m);
        expect(run.stdout).toContain('1 of 1 provider(s) unhealthy: gh (credential refused).');
      }
    }
  });

  it('reports an instance that is down as unreachable, exit 2, beside a healthy one', async () => {
    const up = await github();
    const down = await github();
    const dir = project({ down, up });
    await down.emulator.pause();
    const run = await runCli(['providers', 'check', '--json'], { cwd: dir, env: { GITHUB_TOKEN: token } });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as CheckJson;
    expect(report.healthy).toBe(false);
    expect(report.providers.map((p) => [p.name, p.healthy, p.reachable, p.authenticated])).toEqual([
      ['down', false, false, null],
      ['up', true, true, true],
    ]);
    expect(report.providers[0]?.detail).toMatch(/did not answer|ECONNREFUSED/);
    expect(report.providers[0]?.breaker.consecutive_failures).toBe(1);
    const human = await runCli(['providers', 'check'], { cwd: dir, env: { GITHUB_TOKEN: token } });
    expect(human.stdout).toContain('1 of 2 provider(s) unhealthy: down (unreachable).');
  });

  it('reports a breaker an earlier run opened, without knocking on the provider, until its probe is due', async () => {
    const host = await github();
    const dir = project({ gh: host });
    mkdirSync(join(dir, 'state', 'breakers'), { recursive: true });
    const openedAt = new Date(Date.now() - 5_000).toISOString();
    writeFileSync(join(dir, 'state', 'breakers', 'gh.json'), JSON.stringify({ format_version: 1, state: 'open', consecutive_failures: 5, opened_at: openedAt, last_failure: 'HTTP 503' }));
    const run = await runCli(['providers', 'check', '--json'], { cwd: dir, env: { GITHUB_TOKEN: token } });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as CheckJson).providers[0]).toMatchObject({
      healthy: false,
      reachable: null,
      authenticated: null,
      latency_ms: null,
      breaker: { state: 'open', consecutive_failures: 5, opened_at: openedAt, probe_at: new Date(Date.parse(openedAt) + 30_000).toISOString() },
      detail: 'not probed: the circuit breaker is open after HTTP 503',
    });
    expect(host.emulator.totalRequests()).toBe(0);

    // Once half_open_after has passed, the check is the probe: it closes the breaker and says so.
    writeFileSync(join(dir, 'state', 'breakers', 'gh.json'), JSON.stringify({ format_version: 1, state: 'open', consecutive_failures: 5, opened_at: new Date(Date.now() - 60_000).toISOString(), last_failure: 'HTTP 503' }));
    const probe = await runCli(['providers', 'check'], { cwd: dir, env: { GITHUB_TOKEN: token } });
    expect(probe.code).toBe(0);
    expect(probe.stdout).toMatch(/gh: circuit breaker open -> half-open \(half-open after 30s\)\ngh: circuit breaker half-open -> closed \(probe succeeded\)/);
    const after = await runCli(['providers', 'check', '--json'], { cwd: dir, env: { GITHUB_TOKEN: token } });
    expect((JSON.parse(after.stdout) as CheckJson).providers[0]?.breaker).toEqual({ state: 'closed', consecutive_failures: 0, opened_at: null, probe_at: null });
  });

  it('exits 1 with a diagnostic on a config error', async () => {
    const dir = tempProject({ 'mosaic.yaml': 'version: 1\nproviders:\n  gh: { type: github, owner: acme, token: x, resilience: { retries: many } }\n' });
    const run = await runCli(['providers', 'check'], { cwd: dir, env: {} });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/mosaic\.yaml:3:\d+: error:/);
    expect(run.stdout).toBe('');
  });
});
