// User errors through the built CLI: FILE:LINE:COL, a hint, exit 1, never a stack trace.
import { describe, expect, it } from 'vitest';
import { mosaic, tempProject } from './run-cli.js';

function validate(yaml: string, env: Record<string, string> = {}) {
  const dir = tempProject({ 'mosaic.yaml': yaml });
  const result = mosaic(['validate'], { cwd: dir, env });
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
  it.each(cases)('%s: placed at file:line:col with exit 1', (_name, yaml, pattern) => {
    const result = validate(yaml);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(pattern);
  });

  it('reports every error of a file at once', () => {
    const result = validate('version: 1\nresources:\n  repository:\n    a: {descriptin: x}\n    b: {archived: 3}\n  issue:\n    i: {title: t, project: nope}\n');
    expect(result.code).toBe(1);
    expect(result.stderr.match(/^mosaic\.yaml:\d+:\d+: error:/gm)?.length).toBeGreaterThanOrEqual(3);
  });

  it('shows the stack of an internal error only with MOSAIC_DEBUG=1', () => {
    const dir = tempProject({ 'mosaic.yaml': 'version: 1\n' });
    const plain = mosaic(['apply', 'missing-plan.json'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('plan file missing-plan.json does not exist');
    expect(plain.stderr).not.toMatch(/^\s+at /m);
  });

  it('reports a provider that cannot manage a kind, and a duplicate address across files', () => {
    const dir = tempProject({
      'a.yaml': 'version: 1\nresources:\n  repository:\n    api: {}\n',
      'b.yaml': 'version: 1\nresources:\n  repository:\n    api: {description: again}\n',
    });
    const dup = mosaic(['validate', '--config', '.'], { cwd: dir });
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/^b\.yaml:4:5: error: .*repository\.api/m);
    expect(dup.stderr).toContain('a.yaml:4');
  });

  it('validates a good config and says what it holds', () => {
    const result = validate('version: 1\nresources:\n  repository:\n    api: {}\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The configuration is valid: 1 resources (1 repository)');
  });
});

describe('--help', () => {
  it.each(['init', 'validate', 'plan', 'apply', 'destroy', 'drift', 'import', 'state list', 'state show', 'state rm', 'state mv', 'audit log', 'audit verify', 'providers list'])(
    'mosaic %s --help shows usage and examples',
    (command) => {
      const result = mosaic([...command.split(' '), '--help'], { cwd: process.cwd() });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: mosaic');
      expect(result.stdout).toContain('Examples:');
    },
  );
});
