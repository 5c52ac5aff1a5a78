// The github plugin's settings and manifest: validation with clear errors naming the setting,
// the defaults (GitHub's write spacing), a factory that makes no request, and a manifest the
// plugin schema accepts.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/resources/provider-contract.js';
import { createProvider } from '../../../providers/github/index.js';
import { readGithubSettings } from '../../../providers/github/github-settings.js';
import { requestsInFlight } from '../../../providers/github/github-client.js';
import { testContext } from '../test-context.js';

const manifest = JSON.parse(readFileSync(new URL('../../../providers/github/mosaic-plugin.json', import.meta.url), 'utf8')) as { settings: object };
const manifestSchema = JSON.parse(readFileSync(new URL('../../../schemas/plugin-manifest.schema.json', import.meta.url), 'utf8')) as object;

describe('github settings', () => {
  it('defaults to github.com, an organization, 16 repositories at a time and a second between writes', () => {
    expect(readGithubSettings('gh', { owner: 'acme', token: 't' })).toEqual({
      url: 'https://api.github.com',
      owner: 'acme',
      ownerType: 'organization',
      token: 't',
      maxConcurrency: 16,
      writeIntervalMs: 1000,
    });
    expect(readGithubSettings('gh', { owner: 'me', owner_type: 'user', token: 't', url: 'https://ghe.example.com/api/v3/', max_concurrency: 4, write_interval_ms: 0 })).toMatchObject({
      url: 'https://ghe.example.com/api/v3',
      ownerType: 'user',
      maxConcurrency: 4,
      writeIntervalMs: 0,
    });
    expect(requestsInFlight(16)).toBe(64);
    expect(requestsInFlight(50)).toBe(100);
  });

  const refusals: [Record<string, unknown>, string][] = [
    [{ owner: 'acme' }, 'token'],
    [{ owner: 'acme', token: '  ' }, 'token'],
    [{ token: 't' }, 'owner'],
    [{ owner: 'not/an/owner', token: 't' }, 'owner'],
    [{ owner: 'acme', token: 't', owner_type: 'team' }, 'owner_type'],
    [{ owner: 'acme', token: 't', url: 'ftp://example.com' }, 'url'],
    [{ owner: 'acme', token: 't', url: 'not a url' }, 'url'],
    [{ owner: 'acme', token: 't', max_concurrency: 0 }, 'max_concurrency'],
    [{ owner: 'acme', token: 't', write_interval_ms: -1 }, 'write_interval_ms'],
    [{ owner: 'acme', token: 't', organisation: 'acme' }, 'organisation'],
  ];
  for (const [settings, setting] of refusals) {
    it(`refuses ${JSON.stringify(settings)}, naming \`${setting}\``, () => {
      let caught: unknown;
      try {
        readGithubSettings('gh', settings);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ProviderError);
      expect(caught).toMatchObject({ code: 'github.invalid-settings', setting });
      expect((caught as Error).message).toContain('provider "gh"');
    });
  }

  it('starts without a request, and rejects bad settings from the factory', async () => {
    const context = await testContext('gh', { owner: 'acme', token: 'secret-token', url: 'http://127.0.0.1:9' }, process.cwd());
    const provider = await createProvider(context);
    expect(provider.handlers.repository?.kind).toBe('repository');
    expect(context.traffic.counts()).toEqual({});
    await provider.close();
    await expect(createProvider(await testContext('gh', { owner: 'acme' }, process.cwd()))).rejects.toMatchObject({ code: 'github.invalid-settings', setting: 'token' });
  });

  it('has a manifest the plugin schema accepts, whose settings schema describes every setting', () => {
    const ajv = new Ajv({ strict: false, validateFormats: false });
    expect(ajv.validate(manifestSchema, manifest), JSON.stringify(ajv.errors)).toBe(true);
    const validate = ajv.compile(manifest.settings);
    expect(validate({ owner: 'acme', token: '${env:GITHUB_TOKEN}', url: 'https://ghe.example.com/api/v3', owner_type: 'organization', max_concurrency: 8, write_interval_ms: 0 })).toBe(true);
    expect(validate({ owner: 'acme' })).toBe(false);
    expect(validate({ owner: 'acme', token: 't', extra: 1 })).toBe(false);
    const properties = (manifest.settings as { properties: Record<string, { description?: string }> }).properties;
    for (const [name, property] of Object.entries(properties)) expect(property.description, name).toBeTruthy();
  });
});
