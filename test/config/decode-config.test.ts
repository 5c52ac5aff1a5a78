// Decoding to Config: defaults, references, the implicit provider, ${env:...}, state and the hash.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { formatDiagnostics } from '../../src/diagnostics/format-diagnostic.js';
import { createFakePluginCatalog } from './fake-plugin-catalog.js';
import { writeTempConfig } from './temp-config.js';
import { defaultResilience } from '../../src/config/decode-routing.js';

async function loadValid(path: string, env: Record<string, string> = {}): Promise<Config> {
  const result = await loadConfig(path, { cwd: process.cwd(), env, plugins: createFakePluginCatalog() });
  expect(formatDiagnostics(result.diagnostics)).toBe('');
  if (!result.value) throw new Error('no config');
  return result.value;
}

const pipelines = `version: 1
resources:
  repository:
    api: {}
    web:
      name: web-frontend
      labels: {team: web}
      tenant: web
      lifecycle: {prevent_destroy: true, ignore_changes: [description]}
  pipeline:
    gha: {repository: api, engine: github-actions, content: a}
    wp: {repository: api, engine: woodpecker, content: b}
    jk: {repository: web, engine: jenkins, content: c}
    gl: {repository: web, engine: gitlab-ci, content: d}
    custom: {repository: web, engine: jenkins, content: e, path: ci/Jenkinsfile}
  space:
    eng: {title: Engineering}
  page:
    home: {space: eng, title: Home}
    setup: {space: eng, parent: home, title: Setup, slug: getting-started}
  project:
    plat: {}
  issue:
    bug: {project: plat, title: Bug}
`;

describe('decodeConfig', () => {
  test('fills defaults, strips meta fields and sorts resources by address', async () => {
    const dir = writeTempConfig({ 'mosaic.yaml': pipelines });
    const config = await loadValid(dir);
    const byAddress = new Map(config.resources.map((r) => [r.address, r]));
    expect(config.resources.map((r) => r.address)).toEqual([...byAddress.keys()].sort());
    expect(byAddress.get('repository.api')?.spec).toEqual({ name: 'api' });
    expect(byAddress.get('repository.web')?.spec).toEqual({ name: 'web-frontend' });
    expect(byAddress.get('space.eng')?.spec).toEqual({ key: 'eng', title: 'Engineering' });
    expect(byAddress.get('page.home')?.spec).toEqual({ space: 'eng', title: 'Home', slug: 'home' });
    expect(byAddress.get('page.setup')?.spec.slug).toBe('getting-started');
    expect(byAddress.get('project.plat')?.spec).toEqual({ key: 'plat' });
    const paths = Object.fromEntries(['gha', 'wp', 'jk', 'gl', 'custom'].map((n) => [n, byAddress.get(`pipeline.${n}`)?.spec.path]));
    expect(paths).toEqual({ gha: '.github/workflows/gha.yml', wp: '.woodpecker/wp.yml', jk: 'Jenkinsfile', gl: '.gitlab-ci.yml', custom: 'ci/Jenkinsfile' });
  });

  test('keeps meta fields beside the spec, with defaults', async () => {
    const config = await loadValid(writeTempConfig({ 'mosaic.yaml': pipelines }));
    const web = config.resources.find((r) => r.address === 'repository.web');
    expect(web).toMatchObject({ kind: 'repository', name: 'web', provider: undefined, labels: { team: 'web' }, tenant: 'web', lifecycle: { preventDestroy: true, ignoreChanges: ['description'] } });
    const api = config.resources.find((r) => r.address === 'repository.api');
    expect(api).toMatchObject({ labels: {}, tenant: undefined, lifecycle: { preventDestroy: false, ignoreChanges: [] } });
    expect(api?.range).toMatchObject({ line: 4, column: 5 });
  });

  test('lists references as addresses', async () => {
    const config = await loadValid(writeTempConfig({ 'mosaic.yaml': pipelines }));
    const refs = Object.fromEntries(config.resources.map((r) => [r.address, r.references]));
    expect(refs['pipeline.gha']).toEqual([{ field: 'repository', address: 'repository.api' }]);
    expect(refs['page.setup']).toEqual([
      { field: 'space', address: 'space.eng' },
      { field: 'parent', address: 'page.home' },
    ]);
    expect(refs['issue.bug']).toEqual([{ field: 'project', address: 'project.plat' }]);
    expect(refs['repository.api']).toEqual([]);
  });

  test('has one implicit local provider when none is declared', async () => {
    const dir = writeTempConfig({ 'mosaic.yaml': pipelines });
    const config = await loadValid(dir);
    expect([...config.providers.values()]).toEqual([{ name: 'local', type: 'local', settings: {}, settingVariables: {}, resilience: defaultResilience, range: undefined }]);
    expect(config.dir).toBe(dir);
    expect(config.files).toEqual([join(dir, 'mosaic.yaml')]);
    expect(config.state).toEqual({ backend: 'local', path: join(dir, 'state') });
    expect(config.moved).toEqual([]);
    expect(config.routingDefaults).toEqual({});
  });

  test('decodes declared providers, routing defaults, state and moved blocks', async () => {
    const yaml = `version: 1
providers:
  main: {type: local, root: /srv}
  docs: {type: docsonly}
routing:
  defaults: {page: docs, repository: main}
state: {path: .mosaic/state}
moved:
  - {from: repository.old, to: repository.api}
resources:
  repository:
    api: {}
`;
    const dir = writeTempConfig({ 'mosaic.yaml': yaml });
    const config = await loadValid(join(dir, 'mosaic.yaml'));
    expect([...config.providers.keys()]).toEqual(['docs', 'main']);
    expect(config.providers.get('main')).toMatchObject({ name: 'main', type: 'local', settings: { root: '/srv' }, range: { line: 3, column: 3 } });
    expect(config.routingDefaults).toEqual({ page: 'docs', repository: 'main' });
    expect(config.state.path).toBe(join(dir, '.mosaic', 'state'));
    expect(config.moved).toEqual([{ from: 'repository.old', to: 'repository.api', range: expect.objectContaining({ line: 9, column: 5 }) as unknown }]);
  });

  test('interpolates ${env:NAME}, embedded or whole, and keeps $${env:NAME} literal', async () => {
    const yaml = `version: 1
providers:
  main:
    type: local
    root: \${env:ROOT}
resources:
  repository:
    api:
      description: "owned by \${env:TEAM}-\${env:TEAM} team"
      homepage: https://example.com/$\${env:TEAM}
      topics: ["\${env:TOPIC}"]
      archived: false
`;
    const config = await loadValid(writeTempConfig({ 'mosaic.yaml': yaml }), { ROOT: '/data', TEAM: 'core', TOPIC: 'infra' });
    expect(config.providers.get('main')?.settings).toEqual({ root: '/data' });
    expect(config.resources[0]?.spec).toMatchObject({ description: 'owned by core-core team', homepage: 'https://example.com/${env:TEAM}', topics: ['infra'], archived: false });
  });

  test('checks types on interpolated values, which are strings', async () => {
    const dir = writeTempConfig({ 'mosaic.yaml': 'version: 1\nresources:\n  repository:\n    api:\n      archived: ${env:ARCHIVED}\n' });
    const result = await loadConfig(dir, { cwd: process.cwd(), env: { ARCHIVED: 'true' }, plugins: createFakePluginCatalog() });
    expect(result.diagnostics.map((d) => [d.code, d.summary])).toEqual([['config.wrong-type', 'field "archived" must be a boolean, got string']]);
  });
});

describe('config hash', () => {
  const whole = `version: 1
providers:
  main: {type: local, root: /srv}
resources:
  repository:
    api: {description: API, topics: [a, b]}
  space:
    eng: {title: Engineering}
`;

  test('does not change when the config is split into files or keys are reordered', async () => {
    const one = await loadValid(writeTempConfig({ 'mosaic.yaml': whole }));
    const split = await loadValid(
      writeTempConfig({
        'a.yaml': 'resources:\n  space:\n    eng: {title: Engineering}\n',
        'b.yml': 'version: 1\nresources:\n  repository:\n    api: {topics: [a, b], description: API}\n',
        'c.yaml': 'providers:\n  main: {root: /srv, type: local}\n',
      }),
    );
    expect(split.files).toHaveLength(3);
    expect(split.hash).toBe(one.hash);
    expect(one.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('changes when a spec, a provider setting or a meta field changes', async () => {
    const base = await loadValid(writeTempConfig({ 'mosaic.yaml': whole }));
    const variants = [whole.replace('description: API', 'description: The API'), whole.replace('root: /srv', 'root: /data'), whole.replace('{title: Engineering}', '{title: Engineering, tenant: eng}'), whole.replace('[a, b]', '[b, a]')];
    for (const variant of variants) {
      const changed = await loadValid(writeTempConfig({ 'mosaic.yaml': variant }));
      expect(changed.hash).not.toBe(base.hash);
    }
  });
});
