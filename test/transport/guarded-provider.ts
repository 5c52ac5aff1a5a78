// A provider plugin started as a run starts it (its context built with the resilience retry
// budget) and guarded by a ProviderResilience on a clock the test moves, against its emulator.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResilienceSettings } from '../../src/transport/resilience-settings.js';
import type { KindHandler, ProviderFactory, ProviderInstance } from '../../src/resources/provider-contract.js';
import { ProviderResilience } from '../../src/transport/provider-resilience.js';
import { ProviderTraffic } from '../../src/transport/provider-traffic.js';
import type { HostedEmulator } from '../emulators/framework/hosted-emulator.js';
import { createGiteaHost } from '../emulators/gitea/index.js';
import { createGithubHostedEmulator } from '../emulators/github/index.js';

export type GuardedKind = 'github' | 'gitea';

export const token = 'guarded-test-token';
export const listRoutes: Readonly<Record<GuardedKind, string>> = { github: 'GET /orgs/:org/repos', gitea: 'GET /api/v1/orgs/:org/repos' };

export const testResilience: ResilienceSettings = {
  timeoutMs: 10_000,
  maxConcurrency: 8,
  retries: 3,
  maxRetryWaitMs: 5_000,
  breaker: { failures: 3, halfOpenAfterMs: 30_000 },
};

export interface GuardedProvider {
  readonly hosted: HostedEmulator;
  readonly resilience: ProviderResilience;
  readonly provider: ProviderInstance;
  readonly repositories: KindHandler;
  readonly stateDir: string;
  /** Moves the resilience clock forward. */
  advance(ms: number): void;
  now(): number;
  /** Requests the emulator received on the list route. */
  listRequests(): number;
  /** Another guarded instance of the same provider, as a later run on this machine makes it. */
  restart(options?: { resilience?: Partial<ResilienceSettings> }): Promise<{ resilience: ProviderResilience; repositories: KindHandler }>;
  close(): Promise<void>;
}

export async function startGuarded(kind: GuardedKind, settings: Partial<ResilienceSettings> = {}): Promise<GuardedProvider> {
  const hosted = kind === 'github' ? createGithubHostedEmulator({ token }) : createGiteaHost({ token });
  await hosted.emulator.start();
  hosted.seedRepositories(['alpha', 'beta']);
  const stateDir = await mkdtemp(join(tmpdir(), 'mosaic-resilience-'));
  let time = Date.parse('2026-03-01T12:00:00.000Z');
  const now = (): number => time;
  const module = (await import(/* @vite-ignore */ new URL(`../../providers/${kind}/index.ts`, import.meta.url).href)) as { createProvider: ProviderFactory };
  const guard = async (resilienceSettings: ResilienceSettings): Promise<{ resilience: ProviderResilience; provider: ProviderInstance; repositories: KindHandler }> => {
    const traffic = new ProviderTraffic(undefined);
    const context = await traffic.contextFor('a', { ...hosted.providerSettings(), token, ...(kind === 'github' ? { write_interval_ms: 0 } : {}) }, stateDir, resilienceSettings);
    const resilience = new ProviderResilience(stateDir, now);
    const provider = resilience.guard('a', await module.createProvider(context), resilienceSettings);
    const repositories = provider.handlers.repository;
    if (!repositories) throw new Error(`${kind} has no repository handler`);
    return { resilience, provider, repositories };
  };
  const merged = (extra: Partial<ResilienceSettings>): ResilienceSettings => ({ ...testResilience, ...settings, ...extra });
  const first = await guard(merged({}));
  return {
    hosted,
    ...first,
    stateDir,
    advance: (ms) => {
      time += ms;
    },
    now,
    listRequests: () => hosted.emulator.counts()[listRoutes[kind]] ?? 0,
    restart: async (options = {}) => guard(merged(options.resilience ?? {})),
    close: async () => {
      await hosted.emulator.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}
