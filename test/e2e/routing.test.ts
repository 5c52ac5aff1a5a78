// Routing through the CLI (in-process) on local providers: placements in the plan (human and JSON)
// with rule and reason, weighted and round-robin spreads over many new resources, the same
// answer twice, sticky placement, and a move that carries every git ref to the new provider.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';
import { tempProject } from './temp-project.js';

const providers = 'providers:\n  a: { type: local, root: data-a }\n  b: { type: local, root: data-b }\n  c: { type: local, root: data-c }\n';
const repositories = (count: number): string => `resources:\n  repository:\n${Array.from({ length: count }, (_, i) => `    r${String(i).padStart(4, '0')}: {}`).join('\n')}\n`;

interface PlannedChange {
  address: string;
  action: string;
  provider: string;
  placement?: { rule?: string; strategy?: string; reason: string; failover?: string[] };
  move?: { provider: string; id: string; delete?: boolean };
}
const planJson = async (dir: string): Promise<PlannedChange[]> => {
  const result = await runCli(['plan', '--json'], { cwd: dir });
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { changes: PlannedChange[] }).changes;
};
const countBy = (changes: readonly PlannedChange[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const c of changes) counts[c.provider] = (counts[c.provider] ?? 0) + 1;
  return counts;
};
const gitRefs = (bare: string): string => execFileSync('git', ['-C', bare, 'for-each-ref', '--format=%(objectname) %(refname)'], { encoding: 'utf8' });

describe('routing rules (local providers, through the CLI)', () => {
  it('spreads 1,000 new repositories by weight within 3%, and says which rule placed each and why', async () => {
    const routing = 'routing:\n  rules:\n    - name: spread\n      match: { kind: repository }\n      to: [a, b, c]\n      strategy: weighted\n      weights: { a: 5, b: 3, c: 2 }\n';
    const dir = tempProject({ 'mosaic.yaml': `version: 1\n${providers}${routing}${repositories(1000)}` });
    const changes = await planJson(dir);
    expect(changes).toHaveLength(1000);
    const counts = countBy(changes);
    for (const [provider, share] of Object.entries({ a: 0.5, b: 0.3, c: 0.2 })) expect(Math.abs((counts[provider] ?? 0) / 1000 - share)).toBeLessThanOrEqual(0.03);
    expect(changes[0]?.placement).toMatchObject({ rule: 'spread', strategy: 'weighted' });
    expect(changes[0]?.placement?.failover?.length).toBe(2);
    // The same inputs give the same placements.
    expect((await planJson(dir)).map((c) => c.provider)).toEqual(changes.map((c) => c.provider));
    const human = (await runCli(['plan'], { cwd: dir })).stdout;
    expect(human).toMatch(/# repository\.r0000 will be created \((a|b|c): rule spread \(weighted\): /);
    expect(human).toMatch(/# if (a|b|c) is unavailable: /);
  });

  it('spreads round-robin evenly, continuing from what earlier applies placed', async () => {
    const routing = 'routing:\n  default_strategy: round-robin\n  rules:\n    - name: even\n      to: [a, b, c]\n';
    const dir = tempProject({ 'mosaic.yaml': `version: 1\n${providers}${routing}${repositories(10)}` });
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    const state = JSON.parse(readFileSync(join(dir, 'state', 'mosaic.state.json'), 'utf8')) as { resources: Record<string, { provider: string; placement?: { rule?: string } }> };
    const first = Object.values(state.resources).map((r) => r.provider);
    const counts = countBy(first.map((provider) => ({ provider }) as PlannedChange));
    expect(Math.max(...Object.values(counts)) - Math.min(...Object.values(counts))).toBeLessThanOrEqual(1);
    expect(Object.values(state.resources)[0]?.placement?.rule).toBe('even');
    // Sticky: nothing moves on the next plan; 20 more spread so the totals stay even.
    expect((await runCli(['plan'], { cwd: dir })).stdout).toContain('No changes.');
    writeFileSync(join(dir, 'mosaic.yaml'), `version: 1\n${providers}${routing}${repositories(30)}`);
    const next = (await planJson(dir)).filter((c) => c.action === 'create');
    expect(next).toHaveLength(20);
    const total = countBy([...first.map((provider) => ({ provider }) as PlannedChange), ...next]);
    expect(total).toEqual({ a: 10, b: 10, c: 10 });
  });

  it('applies a saved plan with the placements it showed', async () => {
    const routing = 'routing:\n  rules:\n    - name: learn\n      to: [a, b, c]\n      strategy: adaptive\n';
    const dir = tempProject({ 'mosaic.yaml': `version: 1\n${providers}${routing}${repositories(12)}` });
    expect((await runCli(['plan', '--out', 'plan.json'], { cwd: dir })).code).toBe(0);
    const saved = (JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as { changes: PlannedChange[] }).changes;
    expect(saved.every((c) => c.placement?.strategy === 'adaptive')).toBe(true);
    expect((await runCli(['apply', 'plan.json'], { cwd: dir })).code).toBe(0);
    const state = JSON.parse(readFileSync(join(dir, 'state', 'mosaic.state.json'), 'utf8')) as { resources: Record<string, { provider: string }> };
    expect(saved.map((c) => [c.address, state.resources[c.address]?.provider])).toEqual(saved.map((c) => [c.address, c.provider]));
    // apply recorded one observation per provider call for the adaptive rule to learn from.
    expect(readFileSync(join(dir, 'state', 'mosaic.routing.jsonl'), 'utf8').trim().split('\n')).toHaveLength(12);
    expect((await runCli(['plan'], { cwd: dir })).stdout).toContain('No changes.');
  });

  it('moves a repository when a rule change drops its provider: every ref is pushed, the old one kept unless --allow-move-delete', async () => {
    const rule = (to: string) => `routing:\n  rules:\n    - name: home\n      match: { kind: repository, name: "svc-*" }\n      to: [${to}]\n`;
    const resources = 'resources:\n  repository:\n    svc-api: {}\n    svc-web: {}\n';
    const dir = tempProject({ 'mosaic.yaml': `version: 1\n${providers}${rule('a')}${resources}` });
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    // Give the repository some history: two branches and a tag.
    const work = join(dir, 'work');
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' };
    const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    g('clone', '--quiet', join(dir, 'data-a', 'repositories', 'svc-api.git'), work);
    g('-C', work, 'commit', '--quiet', '--allow-empty', '-m', 'one');
    g('-C', work, 'tag', 'v1');
    g('-C', work, 'checkout', '--quiet', '-b', 'feature');
    g('-C', work, 'commit', '--quiet', '--allow-empty', '-m', 'two');
    g('-C', work, 'push', '--quiet', 'origin', 'main', 'feature', 'v1');
    const before = gitRefs(join(dir, 'data-a', 'repositories', 'svc-api.git'));

    writeFileSync(join(dir, 'mosaic.yaml'), `version: 1\n${providers}${rule('b')}${resources}`);
    const plan = await runCli(['plan'], { cwd: dir });
    expect(plan.stdout).toContain('# repository.svc-api will move from a (id svc-api) to b');
    expect(plan.stdout).toContain('Plan: 0 to create, 0 to update, 0 to replace, 2 to move, 0 to destroy.');
    const moves = await planJson(dir);
    expect(moves.map((c) => [c.address, c.action, c.provider, c.move?.provider])).toEqual([
      ['repository.svc-api', 'move', 'b', 'a'],
      ['repository.svc-web', 'move', 'b', 'a'],
    ]);

    const apply = await runCli(['apply', '--auto-approve', '--target', 'repository.svc-api'], { cwd: dir });
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('stays on a, no longer managed by mosaic');
    expect(gitRefs(join(dir, 'data-b', 'repositories', 'svc-api.git'))).toBe(before);
    expect(gitRefs(join(dir, 'data-a', 'repositories', 'svc-api.git'))).toBe(before);

    const deleting = await runCli(['apply', '--auto-approve', '--allow-move-delete'], { cwd: dir });
    expect(deleting.code).toBe(0);
    expect(() => readFileSync(join(dir, 'data-a', 'repositories', 'svc-web.git', 'HEAD'))).toThrow();
    expect((await runCli(['plan'], { cwd: dir })).stdout).toContain('No changes.');
    const audit = (await runCli(['audit', 'log', '--json'], { cwd: dir })).stdout;
    expect(audit).toContain('"outcome":"kept"');
  });
});
