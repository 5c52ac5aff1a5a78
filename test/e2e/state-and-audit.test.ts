// State editing, the audit trail and its verification, the lock, init and providers list,
// through the CLI in-process; the lock also between processes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';
import { startApplyAtPrompt } from './apply-at-prompt.js';
import { mosaic, startMosaicCollecting } from './run-cli.js';
import { tempProject } from './temp-project.js';

const yaml = (n: number) =>
  `version: 1\nproviders:\n  local: { type: local, root: data }\nresources:\n  repository:\n${Array.from({ length: n }, (_, i) => `    r${String(i)}: { description: "repo ${String(i)}" }`).join('\n')}\n`;

describe('state commands', () => {
  it('lists, shows, moves and removes entries, each write raising the serial', async () => {
    const dir = tempProject({ 'mosaic.yaml': yaml(2) });
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['state', 'list'], { cwd: dir })).stdout).toBe('repository.r0  (local, id r0)\nrepository.r1  (local, id r1)\n');
    const shown = JSON.parse((await runCli(['state', 'show', 'repository.r0', '--json'], { cwd: dir })).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ address: 'repository.r0', provider: 'local', id: 'r0', spec: { description: 'repo 0', name: 'r0' } });
    const mv = await runCli(['state', 'mv', 'repository.r1', 'repository.renamed'], { cwd: dir });
    expect(mv.stdout).toContain('Moved repository.r1 to repository.renamed');
    expect((await runCli(['state', 'mv', 'repository.r0', 'page.x'], { cwd: dir })).stderr).toContain('cannot move a repository to page.x');
    expect((await runCli(['state', 'rm', 'repository.renamed'], { cwd: dir })).stdout).toContain('left alone');
    expect((await runCli(['state', 'show', 'repository.renamed'], { cwd: dir })).stderr).toContain('repository.renamed is not in state');
    const state = JSON.parse(readFileSync(join(dir, 'state', 'mosaic.state.json'), 'utf8')) as { serial: number; lineage: string };
    expect(state.serial).toBeGreaterThanOrEqual(4);
    expect(state.lineage).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('audit trail', () => {
  it('records each change attempted and its outcome, and names the first tampered entry', async () => {
    const dir = tempProject({ 'mosaic.yaml': yaml(3) });
    expect((await runCli(['apply', '--auto-approve', '--as', 'alice'], { cwd: dir })).code).toBe(0);
    const log = await runCli(['audit', 'log', '--json', '--address', 'repository.r1'], { cwd: dir });
    const entries = log.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.map((e) => [e['action'], e['outcome'], e['principal'], e['command']])).toEqual([
      ['create', 'started', 'alice', 'apply'],
      ['create', 'succeeded', 'alice', 'apply'],
    ]);
    expect((await runCli(['audit', 'verify'], { cwd: dir })).stdout).toContain('intact: 6 entries');

    const path = join(dir, 'state', 'mosaic.audit.jsonl');
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, `${lines.map((l, i) => (i === 3 ? l.replace('"succeeded"', '"failed"') : l)).join('\n')}\n`);
    const edited = await runCli(['audit', 'verify'], { cwd: dir });
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(/entry 4 \(line 4\) was edited/);

    writeFileSync(path, `${lines.filter((_, i) => i !== 2).join('\n')}\n`);
    const removed = await runCli(['audit', 'verify'], { cwd: dir });
    expect(removed.code).toBe(1);
    expect(removed.stderr).toMatch(/entry 3 is missing/);
  });
});

describe('state lock', () => {
  it('makes a second concurrent apply fail fast naming the holder, and --lock-timeout wait for it', async () => {
    const dir = tempProject({ 'mosaic.yaml': yaml(3) });
    // The holder runs in this process and keeps the lock while it asks for approval; the other
    // runs are processes of their own, so the lock is tested between processes.
    const first = startApplyAtPrompt(['--as', 'first-runner'], { cwd: dir });
    try {
      await first.asking;
      const second = mosaic(['apply', '--auto-approve'], { cwd: dir });
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(new RegExp(`state is locked by pid ${String(process.pid)} on host .+ since .+\\(mosaic apply, first-runner\\)`));
      const waiting = startMosaicCollecting(['apply', '--auto-approve', '--lock-timeout', '60s'], { cwd: dir });
      await waiting.stderrContains(`Waiting up to 60s for the state lock of workspace "default", held by pid ${String(process.pid)}`);
      first.answer('yes');
      expect((await first.done).code).toBe(0);
      const waited = await waiting.done;
      expect(waited.code).toBe(0);
      expect(waited.stdout).toContain('No changes.');
    } finally {
      first.answer('no');
      await first.done;
    }
  });
});

describe('init and providers list', () => {
  it('writes a starter config that applies as-is', async () => {
    const dir = tempProject({});
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['init'], { cwd: dir })).stderr).toContain('mosaic.yaml already exists');
    const applied = await runCli(['apply', '--auto-approve'], { cwd: dir });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect((await runCli(['plan', '--detailed-exitcode'], { cwd: dir })).code).toBe(0);
  });

  it('lists the built-in local plugin with its kinds', async () => {
    const listed = JSON.parse((await runCli(['providers', 'list', '--json'], { cwd: process.cwd() })).stdout) as { name: string; kinds: string[] }[];
    expect(listed).toContainEqual(expect.objectContaining({ name: 'local', kinds: ['repository', 'pipeline', 'space', 'page', 'project', 'issue'] }));
  });
});
