// Workspaces, history, pull and push on the local backend, through the CLI in-process: the default
// workspace keeps the layout mosaic always had, others never see its state, and every write
// keeps the version before.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';
import { tempProject } from './temp-project.js';

const yaml = (descriptions: readonly string[]) =>
  `version: 1\nproviders:\n  local: { type: local, root: data }\nresources:\n  repository:\n${descriptions.map((d, i) => `    r${String(i)}: { description: "${d}" }`).join('\n')}\n`;

describe('workspaces (local backend)', () => {
  it('creates, selects, isolates and deletes workspaces; default keeps state/mosaic.state.json', async () => {
    const dir = tempProject({ 'mosaic.yaml': yaml(['one', 'two']) });
    const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: dir, env });
    expect((await run(['workspace', 'list'])).stdout).toBe('* default\n');
    expect((await run(['apply', '--auto-approve'])).code).toBe(0);
    expect(existsSync(join(dir, 'state', 'mosaic.state.json'))).toBe(true);

    expect((await run(['workspace', 'new', 'staging'])).stdout).toContain('Created workspace "staging"');
    expect((await run(['workspace', 'list'])).stdout).toBe('  default\n* staging\n');
    expect((await run(['workspace', 'show'])).stdout).toBe('staging\n');
    expect((await run(['state', 'list'])).stdout).toBe('The state is empty.\n');
    expect((await run(['apply', '--auto-approve', '--target', 'repository.r0'])).code).toBe(0);
    expect((await run(['state', 'list'])).stdout).toBe('repository.r0  (local, id r0)\n');
    expect(existsSync(join(dir, 'state', 'workspaces', 'staging', 'mosaic.state.json'))).toBe(true);
    // --workspace and MOSAIC_WORKSPACE win over the selection.
    expect((await run(['state', 'list', '--workspace', 'default'])).stdout).toBe('repository.r0  (local, id r0)\nrepository.r1  (local, id r1)\n');
    expect((await run(['state', 'list'], { MOSAIC_WORKSPACE: 'default' })).stdout).toContain('repository.r1');
    expect((await run(['audit', 'log', '--json'])).stdout.trim().split('\n')).toHaveLength(2);

    const missing = await run(['plan', '--workspace', 'prdo']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error: workspace "prdo" does not exist\n  Create it with `mosaic workspace new prdo`, or use one of: default, staging.\n');
    expect((await run(['workspace', 'select', 'prdo'])).stderr).toContain('workspace "prdo" does not exist');
    expect((await run(['plan', '--workspace', '../x'])).stderr).toContain('"../x" is not a workspace name');

    expect((await run(['workspace', 'delete', 'staging'])).stderr).toContain('workspace "staging" is the current one');
    expect((await run(['workspace', 'select', 'default'])).code).toBe(0);
    expect((await run(['workspace', 'delete', 'default'])).stderr).toContain('the default workspace cannot be deleted');
    expect((await run(['workspace', 'delete', 'staging'])).stderr).toContain('workspace "staging" still manages 1 resource(s)');
    expect((await run(['workspace', 'delete', 'staging', '--force'])).stdout).toContain('Deleted workspace "staging"');
    expect(existsSync(join(dir, 'state', 'workspaces', 'staging'))).toBe(false);
    expect((await run(['workspace', 'list', '--json'])).stdout).toBe(`${JSON.stringify({ current: 'default', workspaces: ['default'] }, null, 2)}\n`);
  });

  it('keeps every version: history lists them, pull prints any, push refuses the unsafe without --force', async () => {
    const dir = tempProject({ 'mosaic.yaml': yaml(['one', 'two']) });
    const run = (args: string[]) => runCli(args, { cwd: dir });
    expect((await run(['apply', '--auto-approve', '--as', 'alice'])).code).toBe(0);
    writeFileSync(join(dir, 'mosaic.yaml'), yaml(['one', 'changed']));
    expect((await run(['apply', '--auto-approve', '--as', 'bob'])).code).toBe(0);
    const history = JSON.parse((await run(['state', 'history', '--json'])).stdout) as { serial: number; principal: string; command: string; resources: number }[];
    const current = history[0];
    expect(current).toMatchObject({ principal: 'bob', command: 'mosaic apply', resources: 2 });
    expect(history.map((v) => v.serial)).toEqual(history.map((_, i) => (current?.serial ?? 0) - i));
    expect((await run(['state', 'history'])).stdout).toMatch(/^SERIAL +TIME +PRINCIPAL +COMMAND +RESOURCES +LINEAGE\n/);

    expect((await run(['state', 'pull'])).stdout).toBe(readFileSync(join(dir, 'state', 'mosaic.state.json'), 'utf8'));
    const first = (await run(['state', 'pull', '--serial', '1'])).stdout;
    expect(JSON.parse(first)).toMatchObject({ serial: 1 });
    expect((await run(['state', 'pull', '--serial', '99'])).stderr).toContain('holds no version with serial 99');
    writeFileSync(join(dir, 'v1.json'), first);

    const refused = await run(['state', 'push', 'v1.json']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`error: v1.json has serial 1, older than the current serial ${String(current?.serial)}`);
    const other = JSON.parse(first) as { lineage: string };
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ ...other, lineage: 'another-lineage', serial: 50 }));
    expect((await run(['state', 'push', 'other.json'])).stderr).toContain('other.json is a state of another lineage (another-lineage');
    const pushed = await run(['state', 'push', 'v1.json', '--force', '--as', 'carol']);
    expect(pushed.stdout).toContain(`Pushed v1.json to workspace "default" (state serial ${String((current?.serial ?? 0) + 1)}`);
    const after = JSON.parse((await run(['state', 'history', '--json'])).stdout) as { principal: string; command: string }[];
    expect(after[0]).toMatchObject({ principal: 'carol', command: 'mosaic state push' });
    expect(JSON.parse((await run(['state', 'pull'])).stdout)).toMatchObject({ resources: (JSON.parse(first) as { resources: unknown }).resources });
    expect((await run(['audit', 'log'])).stdout).toContain('state-push * (*)  succeeded: replaced serial');
    expect((await run(['audit', 'verify'])).code).toBe(0);
  });

  it('refuses a saved plan in another workspace than the one it was made in', async () => {
    const dir = tempProject({ 'mosaic.yaml': yaml(['one']) });
    const run = (args: string[]) => runCli(args, { cwd: dir });
    expect((await run(['workspace', 'new', 'staging'])).code).toBe(0);
    expect((await run(['plan', '--out', 'staging.plan.json'])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'staging.plan.json'), 'utf8'))).toMatchObject({ workspace: 'staging' });
    const refused = await run(['apply', 'staging.plan.json', '--workspace', 'default']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('error: the saved plan was made in workspace "staging", and this run uses "default"');
    expect((await run(['apply', 'staging.plan.json'])).code).toBe(0);
  });
});
