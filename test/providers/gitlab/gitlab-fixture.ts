// The gitlab provider started against a fresh GitLab emulator, with the context's request
// meter, the emulator's counts by route, and every answer the emulator sent.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProvider } from '../../../providers/gitlab/index.js';
import type { KindHandler, ProviderInstance } from '../../../src/resources/provider-contract.js';
import type { ProviderTraffic } from '../../../src/transport/provider-traffic.js';
import type { ResponseRecord } from '../../emulators/framework/emulator.js';
import { createGitlabEmulator, type GitlabHostedEmulator } from '../../emulators/gitlab/index.js';
import { testContext } from '../test-context.js';

export const token = 'glpat-emulated-token';

export interface GitlabFixture {
  readonly hosted: GitlabHostedEmulator;
  readonly provider: ProviderInstance;
  readonly repositories: KindHandler;
  readonly traffic: ProviderTraffic;
  /** Every answer the emulator sent, in order. */
  readonly responses: ResponseRecord[];
  /** Starts another provider instance on the same emulator (another token, other settings). */
  startProvider(settings?: Record<string, unknown>): Promise<ProviderInstance>;
  close(): Promise<void>;
}

export async function startGitlabFixture(settings: Record<string, unknown> = {}): Promise<GitlabFixture> {
  const hosted = createGitlabEmulator({ token });
  await hosted.emulator.start();
  const configDir = await mkdtemp(join(tmpdir(), 'mosaic-gitlab-'));
  const responses: ResponseRecord[] = [];
  hosted.emulator.onResponse((record) => responses.push(record));
  const context = await testContext('gitlab-test', { ...hosted.providerSettings(), token, ...settings }, configDir);
  const provider = await createProvider(context);
  const repositories = provider.handlers.repository;
  if (repositories === undefined) throw new Error('the gitlab provider has no repository handler');
  return {
    hosted,
    provider,
    repositories,
    traffic: context.traffic,
    responses,
    async startProvider(extra = {}) {
      return createProvider(await testContext('gitlab-other', { ...hosted.providerSettings(), token, ...extra }, configDir));
    },
    async close() {
      await provider.close();
      await hosted.emulator.close();
      await rm(configDir, { recursive: true, force: true });
    },
  };
}
