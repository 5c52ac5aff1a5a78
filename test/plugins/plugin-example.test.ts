// examples/plugin-example, a third-party plugin in plain JavaScript, loaded from a folder by
// the CLI (in-process) through `plugins:`; and the diagnostics for plugins that cannot be used.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';
import { projectRoot, tempProject } from '../e2e/temp-project.js';

const examplePlugin = join(projectRoot, 'examples', 'plugin-example');

describe('plugins from the config', () => {
  it('loads examples/plugin-example from a folder, applies with it and converges', async () => {
    const dir = tempProject({
      'mosaic.yaml': [
        'version: 1',
        'plugins:',
        `  - ${examplePlugin}`,
        'providers:',
        '  tracker:',
        '    type: json-tracker',
        '    file: data/tracker.json',
        'resources:',
        '  project:',
        '    platform: { name: Platform, description: The platform team }',
        '    web: { name: Web }',
        '',
      ].join('\n'),
    });
    const listed = await runCli(['providers', 'list', '--json'], { cwd: dir });
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toContainEqual({ name: 'json-tracker', version: '1.0.0', kinds: ['project'], source: examplePlugin });
    const applied = await runCli(['apply', '--auto-approve'], { cwd: dir });
    expect(applied.code, applied.stderr).toBe(0);
    const stored = JSON.parse(readFileSync(join(dir, 'data', 'tracker.json'), 'utf8')) as { projects: Record<string, { key: string }> };
    expect(Object.values(stored.projects).map((p) => p.key).sort()).toEqual(['platform', 'web']);
    expect((await runCli(['plan', '--detailed-exitcode'], { cwd: dir })).code).toBe(0);
  });

  it('reports a check() problem of the plugin at the resource, before anything is applied', async () => {
    const dir = tempProject({
      'mosaic.yaml': `version: 1\nplugins: [${examplePlugin}]\nproviders:\n  tracker: { type: json-tracker, file: t.json }\nresources:\n  project:\n    api: { lead: alice }\n`,
    });
    const plan = await runCli(['plan'], { cwd: dir });
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/mosaic\.yaml:7:5: error: project\.api: json-tracker keeps no `lead` for projects/);
  });

  it('places a missing plugin, a broken manifest and a name clash at the plugins entry', async () => {
    const dir = tempProject({});
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'mosaic-plugin.json'), '{ "name": "broken" }');
    mkdirSync(join(dir, 'clash'));
    writeFileSync(join(dir, 'clash', 'mosaic-plugin.json'), JSON.stringify({ name: 'local', version: '1.0.0', main: 'index.js', kinds: ['project'], settings: {} }));
    writeFileSync(join(dir, 'mosaic.yaml'), 'plugins:\n  - ./nowhere\n  - ./broken\n  - ./clash\n  - mosaic-plugin-not-installed\n');
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('mosaic.yaml:2:5: error: plugin "./nowhere" not found');
    expect(run.stderr).toMatch(/mosaic\.yaml:3:5: error: plugin "\.\/broken": invalid plugin manifest .*broken\/mosaic-plugin\.json/);
    expect(run.stderr).toContain('mosaic.yaml:4:5: error: plugin "./clash" is named "local", which a built-in plugin already uses');
    expect(run.stderr).toContain('mosaic.yaml:5:5: error: plugin "mosaic-plugin-not-installed" not found');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a plugin whose module throws or lacks createProvider by name and file, without a stack', async () => {
    const dir = tempProject({});
    mkdirSync(join(dir, 'thrower'));
    writeFileSync(join(dir, 'thrower', 'mosaic-plugin.json'), JSON.stringify({ name: 'thrower', version: '1.0.0', main: 'index.js', kinds: ['project'], settings: {} }));
    writeFileSync(join(dir, 'thrower', 'index.js'), 'export async function createProvider() { throw new Error("cannot reach the tracker"); }\n');
    writeFileSync(join(dir, 'mosaic.yaml'), 'version: 1\nplugins: [./thrower]\nproviders:\n  t: { type: thrower }\nresources:\n  project:\n    api: {}\n');
    const run = await runCli(['plan'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('provider "t" (plugin thrower) failed to start');
    expect(run.stderr).toContain('cannot reach the tracker');
    // Another plugin: in one process a module, once imported, is not read again.
    mkdirSync(join(dir, 'hollow'));
    writeFileSync(join(dir, 'hollow', 'mosaic-plugin.json'), JSON.stringify({ name: 'hollow', version: '1.0.0', main: 'index.js', kinds: ['project'], settings: {} }));
    writeFileSync(join(dir, 'hollow', 'index.js'), 'export const nothing = 1;\n');
    writeFileSync(join(dir, 'mosaic.yaml'), 'version: 1\nplugins: [./hollow]\nproviders:\n  t: { type: hollow }\nresources:\n  project:\n    api: {}\n');
    const missing = await runCli(['plan'], { cwd: dir });
    expect(missing.stderr).toMatch(/plugin "hollow" \(.*hollow\/index\.js\) does not export a createProvider function/);
  });
});
