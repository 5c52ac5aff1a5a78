// The core loop through the CLI (in-process) with real git: create, no-op, update, drift behind
// mosaic's back, delete; saved plans; moved; targeting; determinism.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';
import { git, tempProject } from './temp-project.js';

const base = (description: string) => `version: 1
providers:
  local: { type: local, root: data }
resources:
  repository:
    api:
      description: ${description}
      topics: [backend, go]
  pipeline:
    api-ci:
      repository: api
      engine: woodpecker
      content: |
        steps:
          test: { image: "golang:1.23", commands: [go test ./...] }
  space:
    eng: { title: Engineering }
  page:
    intro:
      space: eng
      title: Intro
      content: |
        line one
        line two
        line three
  project:
    plat: { name: Platform }
  issue:
    first: { project: plat, title: First task, priority: high }
`;

const repo = (dir: string, name: string) => join(dir, 'data', 'repositories', `${name}.git`);

describe('mosaic plan/apply on the local provider', () => {
  it('creates, re-plans to nothing, updates, detects drift, and deletes', async () => {
    const dir = tempProject({ 'mosaic.yaml': base('The API') });

    const first = await runCli(['plan', '--detailed-exitcode'], { cwd: dir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(2);
    expect(first.stdout).toContain('+ repository "api" {');
    expect(first.stdout).toContain('Plan: 6 to create, 0 to update, 0 to replace, 0 to destroy.');

    const applied = await runCli(['apply', '--auto-approve'], { cwd: dir });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply complete! Resources: 6 created');

    // Real git objects: a bare repository whose default branch holds the pipeline's commit.
    expect(git(['--git-dir', repo(dir, 'api'), 'rev-parse', '--is-bare-repository']).trim()).toBe('true');
    expect(git(['--git-dir', repo(dir, 'api'), 'show', 'main:.woodpecker/api-ci.yml'])).toContain('go test ./...');
    expect(readFileSync(join(repo(dir, 'api'), 'description'), 'utf8').trim()).toBe('The API');

    const again = await runCli(['plan', '--detailed-exitcode'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');

    writeFileSync(join(dir, 'mosaic.yaml'), base('The public API').replace('line two', 'line 2'));
    const update = await runCli(['plan', '--detailed-exitcode'], { cwd: dir });
    expect(update.code).toBe(2);
    expect(update.stdout).toContain('~ description = "The API" -> "The public API"');
    expect(update.stdout).toMatch(/-line two\n\s+\+line 2/);
    expect(update.stdout).toContain('Plan: 0 to create, 2 to update, 0 to replace, 0 to destroy.');
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(repo(dir, 'api'), 'description'), 'utf8').trim()).toBe('The public API');

    // Drift made behind mosaic's back is reported apart from the change that undoes it.
    writeFileSync(join(repo(dir, 'api'), 'description'), 'edited by hand\n');
    const drift = await runCli(['drift', '--json'], { cwd: dir });
    expect(drift.code).toBe(2);
    const report = JSON.parse(drift.stdout) as { drifted: number; drift: { address: string; fields: { field: string; before: string; after: string }[] }[] };
    expect(report.drift).toEqual([
      expect.objectContaining({ address: 'repository.api', deleted: false, fields: [{ field: 'description', before: 'The public API', after: 'edited by hand' }] }),
    ]);
    const withDrift = await runCli(['plan'], { cwd: dir });
    expect(withDrift.stdout).toContain('Objects changed outside of mosaic since the last apply:');
    expect(withDrift.stdout).toContain('~ description = "edited by hand" -> "The public API"');
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['drift'], { cwd: dir })).code).toBe(0);

    // Removing resources from the config deletes them, dependents first.
    writeFileSync(join(dir, 'mosaic.yaml'), 'version: 1\nproviders:\n  local: { type: local, root: data }\n');
    const removal = await runCli(['apply', '--auto-approve'], { cwd: dir });
    expect(removal.code).toBe(0);
    expect(removal.stdout).toContain('6 destroyed');
    expect(removal.stdout.indexOf('pipeline.api-ci: destroyed')).toBeLessThan(removal.stdout.indexOf('repository.api: destroyed'));
    expect(existsSync(repo(dir, 'api'))).toBe(false);
    expect((await runCli(['state', 'list'], { cwd: dir })).stdout).toContain('The state is empty.');

    const audit = await runCli(['audit', 'verify'], { cwd: dir });
    expect(audit.code).toBe(0);
    expect(audit.stdout).toMatch(/intact: \d+ entries/);
  });

  it('prints the same plan bytes for the same inputs, without colour when not a terminal', async () => {
    const dir = tempProject({ 'mosaic.yaml': base('The API') });
    const a = await runCli(['plan'], { cwd: dir });
    const b = await runCli(['plan'], { cwd: dir });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toContain('\u001b[');
    expect((await runCli(['plan', '--json'], { cwd: dir })).stdout).toBe((await runCli(['plan', '--json'], { cwd: dir })).stdout);
    expect((await runCli(['plan'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
  });

  it('applies a saved plan, and refuses it once the state or the config moved on', async () => {
    const dir = tempProject({ 'mosaic.yaml': base('The API') });
    expect((await runCli(['plan', '--out', 'plan.json'], { cwd: dir })).code).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as { format_version: number; changes: unknown[] };
    expect(saved.format_version).toBe(1);
    expect(saved.changes).toHaveLength(6);
    expect((await runCli(['plan', '--out', 'second.json'], { cwd: dir })).code).toBe(0);
    // A saved plan needs no approval: reviewing it was the approval.
    expect((await runCli(['apply', 'plan.json'], { cwd: dir })).code).toBe(0);

    const stale = await runCli(['apply', 'second.json'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('error: the state changed since the plan was made');

    writeFileSync(join(dir, 'mosaic.yaml'), base('Changed'));
    expect((await runCli(['plan', '--out', 'third.json'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'mosaic.yaml'), base('Changed again'));
    const configChanged = await runCli(['apply', 'third.json'], { cwd: dir });
    expect(configChanged.code).toBe(1);
    expect(configChanged.stderr).toContain('the configuration changed since the plan was made');
  });

  it('refuses to apply without a terminal unless approved, and asks on none', async () => {
    const dir = tempProject({ 'mosaic.yaml': base('The API') });
    const refused = await runCli(['apply'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refusing to apply without approval: standard input is not a terminal');
    expect(refused.stderr).toContain('--auto-approve');
    expect(existsSync(repo(dir, 'api'))).toBe(false);
    expect((await runCli(['destroy'], { cwd: dir })).stderr).toContain('refusing to destroy without approval');
  });

  it('renames a repository in place for a moved block instead of delete and create', async () => {
    const dir = tempProject({ 'mosaic.yaml': base('The API') });
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    const head = git(['--git-dir', repo(dir, 'api'), 'rev-parse', 'main']);
    const renamed = base('The API').replace(/\n {4}api:\n/, '\n    public-api:\n').replace('repository: api', 'repository: public-api');
    writeFileSync(join(dir, 'mosaic.yaml'), `${renamed}moved:\n  - { from: repository.api, to: repository.public-api }\n`);
    const plan = await runCli(['plan'], { cwd: dir });
    expect(plan.stdout).toContain('(moved from repository.api)');
    expect(plan.stdout).toContain('~ name = "api" -> "public-api"');
    expect(plan.stdout).toContain('0 to create');
    expect(plan.stdout).toContain('0 to destroy');
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    expect(existsSync(repo(dir, 'api'))).toBe(false);
    expect(git(['--git-dir', repo(dir, 'public-api'), 'rev-parse', 'main'])).toBe(head);
    expect((await runCli(['plan', '--detailed-exitcode'], { cwd: dir })).code).toBe(0);
  });

  it('narrows plans with --target and --exclude, and forces replacement with --replace', async () => {
    const dir = tempProject({ 'mosaic.yaml': base('The API') });
    const targeted = await runCli(['plan', '--target', 'pipeline.api-ci'], { cwd: dir });
    expect(targeted.stdout).toContain('Plan: 2 to create');
    expect(targeted.stdout).toContain('repository.api will be created');
    const excluded = await runCli(['plan', '--exclude', 'repository.api'], { cwd: dir });
    expect(excluded.stdout).toContain('Plan: 4 to create');
    expect(excluded.stdout).not.toContain('pipeline.api-ci');
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    const replace = await runCli(['plan', '--replace', 'page.intro'], { cwd: dir });
    expect(replace.stdout).toContain('page.intro must be replaced');
    expect((await runCli(['plan', '--target', 'nonsense'], { cwd: dir })).stderr).toContain('--target "nonsense" is not a resource address');
  });

  it('accepts a drift once the config says the same as the live object', async () => {
    const dir = tempProject({ 'mosaic.yaml': base('The API') });
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(repo(dir, 'api'), 'description'), 'Renamed by hand\n');
    writeFileSync(join(dir, 'mosaic.yaml'), base('Renamed by hand'));
    const accept = await runCli(['apply', '--auto-approve'], { cwd: dir });
    expect(accept.stdout).toContain('the config now matches the live object; records it in state');
    expect((await runCli(['drift'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['plan', '--detailed-exitcode'], { cwd: dir })).code).toBe(0);
  });

  it('keeps protecting a prevent_destroy resource after it leaves the config', async () => {
    const dir = tempProject({ 'mosaic.yaml': base('The API') });
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'mosaic.yaml'), base('The API').replace('topics: [backend, go]', 'topics: [backend, go]\n      lifecycle: { prevent_destroy: true }'));
    const guard = await runCli(['apply', '--auto-approve'], { cwd: dir });
    expect(guard.stdout).toContain('records lifecycle.prevent_destroy = true in state');
    expect((await runCli(['destroy', '--auto-approve'], { cwd: dir })).stderr).toContain('repository.api has lifecycle.prevent_destroy set, but the plan would delete it');
    writeFileSync(join(dir, 'mosaic.yaml'), 'version: 1\nproviders:\n  local: { type: local, root: data }\n');
    const removed = await runCli(['plan'], { cwd: dir });
    expect(removed.code).toBe(1);
    expect(removed.stderr).toContain('`mosaic state rm repository.api`');
    expect(existsSync(repo(dir, 'api'))).toBe(true);
  });

  it('skips the dependents of a failed change, carries on with the rest, and exits 1 listing each outcome', async () => {
    const dir = tempProject({
      'mosaic.yaml': `version: 1
providers:
  local: { type: local, root: data }
resources:
  repository:
    bad: {}
    good: {}
  pipeline:
    bad-ci: { repository: bad, engine: jenkins, content: "x" }
    good-ci: { repository: good, engine: jenkins, content: "x" }
`,
    });
    // A plain file where the repository folder would go makes its creation fail.
    mkdirSync(join(dir, 'data', 'repositories'), { recursive: true });
    writeFileSync(join(dir, 'data', 'repositories', 'bad.git'), 'not a repository');
    const result = await runCli(['apply', '--auto-approve', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { outcomes: { address: string; status: string; because?: string }[]; summary: Record<string, number> };
    expect(report.outcomes.map((o) => [o.address, o.status])).toEqual([
      ['pipeline.bad-ci', 'skipped'],
      ['pipeline.good-ci', 'succeeded'],
      ['repository.bad', 'failed'],
      ['repository.good', 'succeeded'],
    ]);
    expect(report.outcomes[0]?.because).toBe('repository.bad failed');
    expect(report.summary).toMatchObject({ created: 2, failed: 1, skipped: 1 });
    const audit = await runCli(['audit', 'log', '--json', '--address', 'pipeline.bad-ci'], { cwd: dir });
    expect(audit.stdout).toContain('"outcome":"skipped"');
  });

  it('imports an object that exists live but not in state instead of failing on "already exists"', async () => {
    const dir = tempProject({ 'mosaic.yaml': base('The API') });
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['state', 'rm', 'repository.api'], { cwd: dir })).code).toBe(0);
    const plan = await runCli(['plan'], { cwd: dir });
    expect(plan.stdout).toContain('repository.api will be imported');
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).stdout).toContain('1 imported');
    expect((await runCli(['plan', '--detailed-exitcode'], { cwd: dir })).code).toBe(0);

    // The import command adopts by id.
    expect((await runCli(['state', 'rm', 'repository.api'], { cwd: dir })).code).toBe(0);
    const imported = await runCli(['import', 'repository.api', 'api'], { cwd: dir });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported repository.api');
    expect((await runCli(['plan', '--detailed-exitcode'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['import', 'repository.api', 'api'], { cwd: dir })).stderr).toContain('already in state');
  });
});
