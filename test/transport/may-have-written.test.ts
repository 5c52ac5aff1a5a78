// Whether a failed create may have made its object, as the guard reports it on
// ProviderUnavailableError.mayHaveWritten: apply fails a create over to another provider only
// when it is false, so the object never exists twice. Gitea's provider through its emulator.
import { afterEach, describe, expect, it } from 'vitest';
import { isProviderUnavailable, type ProviderUnavailableError } from '../../src/transport/provider-resilience.js';
import { startGuarded, type GuardedProvider } from './guarded-provider.js';

let current: GuardedProvider | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function failedCreate(spec: Record<string, unknown>, arrange: (g: GuardedProvider) => void | Promise<void>): Promise<{ error: ProviderUnavailableError; g: GuardedProvider }> {
  const g = (current = await startGuarded('gitea', { retries: 1, timeoutMs: 2_000 }));
  await arrange(g);
  const error = await g.repositories.create(spec).then(() => undefined, (e: unknown) => e);
  expect(isProviderUnavailable(error), String(error)).toBe(true);
  return { error: error as ProviderUnavailableError, g };
}

describe('mayHaveWritten', () => {
  it('is false when the POST itself was answered 503: nothing was made', async () => {
    const { error, g } = await failedCreate({ name: 'fresh', description: 'x' }, (g) => {
      g.hosted.emulator.inject({ kind: 'status', status: 503, times: Infinity, match: { method: 'POST' } });
    });
    expect(error.mayHaveWritten).toBe(false);
    expect(g.hosted.repositoryNames()).not.toContain('fresh');
  });

  it('is true when the POST made the repository and a later request of the create failed', async () => {
    const { error, g } = await failedCreate({ name: 'fresh', topics: ['a'] }, (g) => {
      g.hosted.emulator.inject({ kind: 'status', status: 503, times: Infinity, match: { method: 'PUT' } });
    });
    expect(error.mayHaveWritten).toBe(true);
    expect(g.hosted.repositoryNames()).toContain('fresh');
  });

  it('is true when the connection of the POST dropped: the server may have carried it out', async () => {
    const { error } = await failedCreate({ name: 'fresh' }, (g) => {
      g.hosted.emulator.inject({ kind: 'drop', times: Infinity, match: { method: 'POST' } });
    });
    expect(error.mayHaveWritten).toBe(true);
  });

  it('is false when the connection was refused, and for an open breaker', async () => {
    const { error, g } = await failedCreate({ name: 'fresh' }, async (g) => {
      await g.hosted.emulator.pause();
    });
    expect(error.reason).toBe('connection');
    expect(error.mayHaveWritten).toBe(false);
    for (let i = 0; i < 5; i++) await g.repositories.create({ name: `r${String(i)}` }).catch(() => undefined);
    const open = (await g.repositories.create({ name: 'later' }).catch((e: unknown) => e)) as ProviderUnavailableError;
    expect(open.reason).toBe('circuit-open');
    expect(open.mayHaveWritten).toBe(false);
    await g.hosted.emulator.resume();
  });
});
