// User errors through the CLI: FILE:LINE:COL, a hint, exit 1, never a stack trace. The CLI
// runs in-process (main returns the exit code); only the tests of the executable itself
// spawn bin/mosaic.js, for what the process does with that code and with an internal error.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';
import { mosaic } from './run-cli.js';
import { projectRoot, tempProject } from './temp-project.js';

async function validate(yaml: string, env: Record<string, string> = {}) {
  const dir = tempProject({ 'mosaic.yaml': yaml });
  const result = await runCli(['validate'], { cwd: dir, env });
  expect(result.stderr).not.toMatch(/^\s+at /m);
  return result;
}

const cases: [string, string, RegExp][] = [
  ['yaml syntax', 'version: 1\nresources:\n  repository: [unclosed\n', /^mosaic\.yaml:\d+:\d+: error: /m],
  ['unknown field', 'version: 1\nresources:\n  repository:\n    api:\n      descriptin: x\n', /^mosaic\.yaml:5:7: error: unknown field "descriptin"[^\n]*\n\s+Did you mean "description"\?/m],
  ['wrong type', 'version: 1\nresources:\n  repository:\n    api:\n      archived: "yes"\n', /^mosaic\.yaml:5:17: error: .*archived.*boolean/m],
  ['missing field', 'version: 1\nresources:\n  page:\n    intro: {title: x}\n', /^mosaic\.yaml:4:\d+: error: .*missing required field "space"/m],
  ['unknown provider', 'version: 1\nproviders:\n  local: {type: local}\nresources:\n  repository:\n    api: {provider: locl}\n', /^mosaic\.yaml:6:\d+: error: .*locl[^\n]*\n\s+.*Did you mean "local"/m],
  ['unknown provider type', 'version: 1\nproviders:\n  gh: {type: gihtub}\n', /^mosaic\.yaml:3:\d+: error: unknown provider type "gihtub"/m],
  ['dangling reference', 'version: 1\nresources:\n  repository:\n    api: {}\n  pipeline:\n    ci: {repository: apii, engine: jenkins, content: x}\n', /^mosaic\.yaml:6:\d+: error: .*apii/m],
  ['reference cycle', 'version: 1\nresources:\n  space:\n    s: {}\n  page:\n    a: {space: s, title: A, parent: b}\n    b: {space: s, title: B, parent: a}\n', /^mosaic\.yaml:\d+:\d+: error: .*page\.a → page\.b → page\.a|page\.b → page\.a → page\.b/m],
  ['unset env variable', 'version: 1\nresources:\n  repository:\n    api: {description: "${env:MOSAIC_E2E_UNSET}"}\n', /^mosaic\.yaml:4:\d+: error: .*MOSAIC_E2E_UNSET/m],
];

describe('diagnostics of the CLI', () => {
  it.each(cases)('%s: placed at file:line:col with exit 1', async (_name, yaml, pattern) => {
    const result = await validate(yaml);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(pattern);
  });

  it('reports every error of a file at once', async () => {
    const result = await validate('version: 1\nresources:\n  repository:\n    a: {descriptin: x}\n    b: {archived: 3}\n  issue:\n    i: {title: t, project: nope}\n');
    expect(result.code).toBe(1);
    expect(result.stderr.match(/^mosaic\.yaml:\d+:\d+: error:/gm)?.length).toBeGreaterThanOrEqual(3);
  });

  it('shows the stack of an internal error only with MOSAIC_DEBUG=1', async () => {
    const dir = tempProject({ 'mosaic.yaml': 'version: 1\n' });
    const plain = await runCli(['apply', 'missing-plan.json'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('plan file missing-plan.json does not exist');
    expect(plain.stderr).not.toMatch(/^\s+at /m);
  });

  it('reports a provider that cannot manage a kind, and a duplicate address across files', async () => {
    const dir = tempProject({
      'a.yaml': 'version: 1\nresources:\n  repository:\n    api: {}\n',
      'b.yaml': 'version: 1\nresources:\n  repository:\n    api: {description: again}\n',
    });
    const dup = await runCli(['validate', '--config', '.'], { cwd: dir });
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/^b\.yaml:4:5: error: .*repository\.api/m);
    expect(dup.stderr).toContain('a.yaml:4');
  });

  it('validates a good config and says what it holds', async () => {
    const result = await validate('version: 1\nresources:\n  repository:\n    api: {}\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The configuration is valid: 1 resources (1 repository)');
  });
});

describe('--help', () => {
  it.each(['init', 'validate', 'plan', 'apply', 'destroy', 'drift', 'import', 'state list', 'state show', 'state rm', 'state mv', 'audit log', 'audit verify', 'providers list'])(
    'mosaic %s --help shows usage and examples',
    async (command) => {
      const result = await runCli([...command.split(' '), '--help'], { cwd: process.cwd() });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: mosaic');
      expect(result.stdout).toContain('Examples:');
    },
  );
});

describe('the mosaic executable', () => {
  it('exits 1 on a user error with the diagnostic and no stack trace, and prints its version', () => {
    const dir = tempProject({ 'mosaic.yaml': 'version: 1\nresources:\n  repository:\n    api:\n      descriptin: x\n' });
    const result = mosaic(['validate'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^mosaic\.yaml:5:7: error: unknown field "descriptin"/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    const version = mosaic(['--version'], { cwd: dir });
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`${(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  });

  it('exits 1 on an internal error in one line, with the stack only under MOSAIC_DEBUG=1', () => {
    const dir = tempProject({ 'mosaic.yaml': 'version: 1\nproviders:\n  local: { type: local, root: data }\n' });
    // A folder where the state file should be: reading it fails in a way no diagnostic expects.
    mkdirSync(join(dir, 'state', 'mosaic.state.json'), { recursive: true });
    const plain = mosaic(['plan'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('error: internal error: EISDIR');
    expect(plain.stderr).toContain('Run again with MOSAIC_DEBUG=1 to see the stack trace');
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const debug = mosaic(['plan'], { cwd: dir, env: { MOSAIC_DEBUG: '1' } });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });
});
