// The github provider under failure: a refused token, transient faults retried by Octokit's
// plugins (5xx, 429 and 403 with Retry-After, a dropped connection on a GET), creates never
// retried blindly, persistent failures and a spent rate limit reported with their codes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/resources/provider-contract.js';
import { createGithubClient } from '../../../providers/github/github-client.js';
import { readGithubSettings } from '../../../providers/github/github-settings.js';
import { testContext } from '../test-context.js';
import { startGithubFixture, testToken, type GithubFixture } from './github-fixture.js';

describe('github provider faults', () => {
  let f: GithubFixture;
  beforeAll(async () => {
    f = await startGithubFixture();
    f.hosted.seedRepositories(['alpha', 'beta']);
  });
  afterEach(() => {
    f.hosted.emulator.clearFaults();
    f.hosted.emulator.resetCounts();
  });
  afterAll(() => f.close());

  const listRoute = '/orgs/:org/repos';
  const failure = async (promise: Promise<unknown>): Promise<ProviderError> => {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  };

  it('reports a refused token as github.unauthorized naming the token setting, never the token', async () => {
    const { repositories, provider } = await f.connect({ token: 'ghp_not-the-right-one' });
    const error = await failure(repositories.list());
    expect(error.code).toBe('github.unauthorized');
    expect(error.setting).toBe('token');
    expect(error.message).toContain('"gh"');
    expect(error.message).toContain('Bad credentials');
    expect(`${error.message}${error.hint ?? ''}`).not.toContain('ghp_not-the-right-one');
    expect(await provider.health()).toMatchObject({ reachable: false, authenticated: false });
    expect(await f.provider.health()).toMatchObject({ reachable: true, authenticated: true, detail: 'organization mosaic-org', rateLimit: { limit: 5000 } });
  });

  it('retries a 503 once', async () => {
    f.hosted.emulator.inject({ kind: 'status', status: 503, times: 1, match: { route: listRoute } });
    expect(await f.repositories.list({ details: new Map() })).toHaveLength(2);
    expect(f.hosted.emulator.counts()[`GET ${listRoute}`]).toBe(2);
  });

  it('waits out a 429 with Retry-After', async () => {
    f.hosted.emulator.inject({ kind: 'rate-limit', status: 429, times: 1, retryAfterSeconds: 1 });
    expect(await f.repositories.list({ details: new Map() })).toHaveLength(2);
    expect(f.hosted.emulator.counts()[`GET ${listRoute}`]).toBe(2);
  });

  it('waits out a 403 with Retry-After (a secondary rate limit), on a write too', async () => {
    f.hosted.emulator.inject({ kind: 'rate-limit', status: 403, times: 1, retryAfterSeconds: 1, match: { method: 'PATCH' } });
    const updated = await f.repositories.update('alpha', { description: 'after a wait' }, [{ field: 'description' }]);
    expect(f.repositories.normalize(updated).spec['description']).toBe('after a wait');
    expect(f.hosted.emulator.counts()['PATCH /repos/:owner/:repo']).toBe(2);
  });

  it('starts every request’s backoff afresh: retries leave no count in the client’s defaults', async () => {
    const settings = { ...f.hosted.providerSettings(), token: testToken };
    const client = createGithubClient(await testContext('gh', settings, process.cwd()), readGithubSettings('gh', settings));
    f.hosted.emulator.inject({ kind: 'status', status: 503, times: 1, match: { route: listRoute } });
    await client.rest.repos.listForOrg({ org: 'mosaic-org' });
    expect(f.hosted.emulator.counts()[`GET ${listRoute}`]).toBe(2);
    expect(client.request.endpoint.DEFAULTS.request).not.toHaveProperty('retryCount');
  });

  it('retries a GET whose connection dropped', async () => {
    f.hosted.emulator.inject({ kind: 'drop', times: 1, match: { method: 'GET' } });
    expect(await f.repositories.list({ details: new Map() })).toHaveLength(2);
    expect(f.hosted.emulator.counts()[`GET ${listRoute}`]).toBe(2);
  });

  it('never retries a create whose connection dropped: the next run imports it if it happened', async () => {
    f.hosted.emulator.inject({ kind: 'drop', times: 1, match: { method: 'POST' } });
    const error = await failure(f.repositories.create({ name: 'maybe' }));
    expect(error.code).toBe('github.unreachable');
    expect(f.hosted.emulator.counts()['POST /orgs/:org/repos']).toBe(1);
  });

  it('reports a persistent 500 as github.unavailable after the retries', async () => {
    f.hosted.emulator.inject({ kind: 'status', status: 500, times: 100, match: { route: listRoute } });
    const error = await failure(f.repositories.list());
    expect(error.code).toBe('github.unavailable');
    expect(error.message).toContain('500');
    expect(f.hosted.emulator.counts()[`GET ${listRoute}`]).toBe(4);
  });

  it('reports a spent rate limit at once, with the time it resets', async () => {
    const spent = await startGithubFixture({ rateLimit: 3, enforceRateLimit: true });
    try {
      spent.hosted.seedRepositories(['one']);
      const scope = { details: new Map([['one', new Set(['webhooks', 'collaborators'])]]) };
      const error = await failure(spent.repositories.list(scope));
      expect(error.code).toBe('github.rate-limited');
      expect(error.message).toMatch(/the limit resets at \d{4}-\d\d-\d\dT/);
      expect(`${error.message}${error.hint ?? ''}`).not.toContain(testToken);
    } finally {
      await spent.close();
    }
  });
});
