// The GitHub client's retry rules, which Octokit's plugin-retry would otherwise decide: a POST
// or PATCH is never retried after a 5xx or a dropped connection (even where a call does not
// ask for retries: 0), no 4xx but 408 is retried, and the retry budget is the instance's
// resilience.retries.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../../providers/github/github-client.js';
import { readGithubSettings } from '../../../providers/github/github-settings.js';
import { ProviderTraffic } from '../../../src/transport/provider-traffic.js';
import { startGithubFixture, testToken, type GithubFixture } from './github-fixture.js';

describe('github client retries', () => {
  let f: GithubFixture;
  beforeAll(async () => {
    f = await startGithubFixture();
    f.hosted.seedRepositories(['alpha']);
  });
  afterEach(() => {
    f.hosted.emulator.clearFaults();
    f.hosted.emulator.resetCounts();
  });
  afterAll(() => f.close());

  const client = async (retries = 3) => {
    const settings = { ...f.hosted.providerSettings(), token: testToken };
    const context = await new ProviderTraffic(undefined).contextFor('gh', settings, process.cwd(), { retries, maxRetryWaitMs: 5_000 });
    return createGithubClient(context, readGithubSettings('gh', settings));
  };
  const count = (key: string): number => f.hosted.emulator.counts()[key] ?? 0;
  const settle = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

  it('never retries a POST after a 500, nor after a dropped connection', async () => {
    const octokit = await client();
    f.hosted.emulator.inject({ kind: 'status', status: 500, times: 1, match: { method: 'POST' } });
    expect(await settle(octokit.rest.repos.createInOrg({ org: 'mosaic-org', name: 'once' }))).toMatchObject({ status: 500 });
    expect(count('POST /orgs/:org/repos')).toBe(1);
    f.hosted.emulator.inject({ kind: 'drop', times: 1, match: { method: 'POST' } });
    await settle(octokit.rest.repos.createInOrg({ org: 'mosaic-org', name: 'twice' }));
    expect(count('POST /orgs/:org/repos')).toBe(2);
    expect(f.hosted.repositoryNames()).not.toContain('once');
  });

  it('never retries a PATCH after a 503, but retries a GET and a PUT', async () => {
    const octokit = await client();
    f.hosted.emulator.inject({ kind: 'status', status: 503, times: 1, match: { method: 'PATCH' } });
    await settle(octokit.rest.repos.update({ owner: 'mosaic-org', repo: 'alpha', description: 'x' }));
    expect(count('PATCH /repos/:owner/:repo')).toBe(1);
    f.hosted.emulator.inject({ kind: 'status', status: 503, times: 1, match: { method: 'GET' } });
    await octokit.rest.repos.get({ owner: 'mosaic-org', repo: 'alpha' });
    expect(count('GET /repos/:owner/:repo')).toBe(2);
    f.hosted.emulator.inject({ kind: 'status', status: 503, times: 1, match: { method: 'PUT' } });
    await octokit.rest.repos.replaceAllTopics({ owner: 'mosaic-org', repo: 'alpha', names: ['a'] });
    expect(count('PUT /repos/:owner/:repo/topics')).toBe(2);
  });

  it.each([405, 409, 410, 412, 423])('does not retry a %i', async (status) => {
    const octokit = await client();
    f.hosted.emulator.inject({ kind: 'status', status, times: 1 });
    expect(await settle(octokit.rest.repos.get({ owner: 'mosaic-org', repo: 'alpha' }))).toMatchObject({ status });
    expect(count('GET /repos/:owner/:repo')).toBe(1);
  });

  it('retries a 408 on a GET', async () => {
    const octokit = await client();
    f.hosted.emulator.inject({ kind: 'status', status: 408, times: 1 });
    await octokit.rest.repos.get({ owner: 'mosaic-org', repo: 'alpha' });
    expect(count('GET /repos/:owner/:repo')).toBe(2);
  });

  it('makes resilience.retries retries of a lasting 5xx', async () => {
    const octokit = await client(1);
    f.hosted.emulator.inject({ kind: 'status', status: 502, times: Infinity });
    await settle(octokit.rest.repos.get({ owner: 'mosaic-org', repo: 'alpha' }));
    expect(count('GET /repos/:owner/:repo')).toBe(2);
  });
});
