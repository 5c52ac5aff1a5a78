// Starts the GitHub emulator and the github provider against it, for the provider tests.
import type { KindHandler, ProviderInstance } from '../../../src/resources/provider-contract.js';
import { createGithubHostedEmulator, type GithubEmulatorOptions, type GithubHostedEmulator } from '../../emulators/github/index.js';
import { createProvider } from '../../../providers/github/index.js';
import { testContext } from '../test-context.js';

export const testToken = 'ghp_emulatorTestToken0123456789';

export interface GithubFixture {
  readonly hosted: GithubHostedEmulator;
  readonly provider: ProviderInstance;
  readonly repositories: KindHandler;
  readonly context: Awaited<ReturnType<typeof testContext>>;
  /** The same emulator seen through another provider instance (fresh ETag cache and counts). */
  connect(settings?: Record<string, unknown>): Promise<{ provider: ProviderInstance; repositories: KindHandler; context: Awaited<ReturnType<typeof testContext>> }>;
  close(): Promise<void>;
}

export async function startGithubFixture(options: Partial<GithubEmulatorOptions> = {}, settings: Record<string, unknown> = {}): Promise<GithubFixture> {
  const hosted = createGithubHostedEmulator({ token: testToken, ...options });
  await hosted.emulator.start();
  const opened: ProviderInstance[] = [];
  const connect = async (extra: Record<string, unknown> = {}) => {
    const context = await testContext('gh', { ...hosted.providerSettings(), token: testToken, ...settings, ...extra }, process.cwd());
    const provider = await createProvider(context);
    opened.push(provider);
    const repositories = provider.handlers.repository;
    if (!repositories) throw new Error('the github provider has no repository handler');
    return { provider, repositories, context };
  };
  const first = await connect();
  return {
    hosted,
    ...first,
    connect,
    async close() {
      await Promise.all(opened.map((p) => p.close()));
      await hosted.emulator.close();
    },
  };
}
