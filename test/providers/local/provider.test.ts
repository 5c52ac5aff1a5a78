import { access, chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProvider } from '../../../providers/local/index.js';
import { resourceKinds } from '../../../src/resources/resource-kind.js';
import { createLocalFixture, type LocalFixture } from './local-fixture.js';
import { testContext } from '../test-context.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

describe('local provider', () => {
  let fixture: LocalFixture;
  beforeEach(async () => {
    fixture = await createLocalFixture();
  });
  afterEach(async () => {
    await fixture.removeFolder();
  });

  it('has a manifest that satisfies the plugin manifest schema and names every kind', async () => {
    const manifest: unknown = JSON.parse(await readFile(join(repoRoot, 'providers', 'local', 'mosaic-plugin.json'), 'utf8'));
    const schema: unknown = JSON.parse(await readFile(join(repoRoot, 'schemas', 'plugin-manifest.schema.json'), 'utf8'));
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(schema as object, manifest)).toBe(true);
    expect(manifest).toMatchObject({ name: 'local', main: 'index.js', kinds: [...resourceKinds], capabilities: { bulk_list: true } });
  });

  it('offers a handler per kind, and lists every kind on an empty machine without creating anything', async () => {
    for (const kind of resourceKinds) {
      expect(await fixture.handler(kind).list()).toEqual([]);
    }
    await expect(access(fixture.root)).rejects.toThrow();
    expect(fixture.gitCalls).toEqual([]);
  });

  it('resolves root against the config folder', async () => {
    const provider = await createProvider(await testContext('l', { root: 'data' }, fixture.configDir));
    await provider.handlers.space?.create({ key: 'S' });
    await access(join(fixture.configDir, 'data', 'spaces', 'S', '_space.yaml'));
    await provider.close();
  });

  it('is healthy when the root can be created and git runs', async () => {
    const health = await fixture.provider.health();
    expect(health.reachable).toBe(true);
    expect(health.detail).toContain('git version');
  });

  it('is unhealthy when the root cannot be written', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const locked = join(fixture.configDir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    try {
      const provider = await createProvider(await testContext('l', { root: 'locked/data' }, fixture.configDir));
      expect((await provider.health()).reachable).toBe(false);
    } finally {
      await chmod(locked, 0o700);
    }
  });

  it('is unhealthy when git is missing', async () => {
    const { createLocalProvider } = await import('../../../providers/local/index.js');
    const { describeMissingGit } = await import('../../../providers/local/git.js');
    const provider = await createLocalProvider(
      await testContext('l', {}, fixture.configDir),
      { git: () => Promise.reject(describeMissingGit()) },
    );
    expect(await provider.health()).toEqual({ reachable: false, detail: 'git is not installed or not on PATH' });
  });
});
