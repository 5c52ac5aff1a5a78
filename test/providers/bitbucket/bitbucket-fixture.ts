// A bitbucket provider instance against a fresh emulator: the handler, the emulator's state and
// request counts, and the traffic meter the core would read.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProvider } from '../../../providers/bitbucket/index.js';
import type { KindHandler, ProviderInstance, RawObject, Spec } from '../../../src/resources/provider-contract.js';
import type { ProviderTraffic } from '../../../src/transport/provider-traffic.js';
import { createBitbucketHostedEmulator, type BitbucketHostedEmulator } from '../../emulators/bitbucket/index.js';
import type { Emulator } from '../../emulators/framework/emulator.js';
import { testContext } from '../test-context.js';

export const token = 'bb-test-token-0123456789';

export interface BitbucketFixture {
  readonly hosted: BitbucketHostedEmulator;
  readonly emulator: Emulator;
  readonly provider: ProviderInstance;
  readonly handler: KindHandler;
  readonly traffic: ProviderTraffic;
  /** A second provider instance on the same emulator with other settings (closed with the fixture). */
  withSettings(settings: Readonly<Record<string, unknown>>): Promise<ProviderInstance>;
  close(): Promise<void>;
}

export async function startBitbucket(settings: Readonly<Record<string, unknown>> = {}): Promise<BitbucketFixture> {
  const hosted = createBitbucketHostedEmulator({ token, owner: 'acme' });
  await hosted.emulator.start();
  const dir = await mkdtemp(join(tmpdir(), 'mosaic-bitbucket-'));
  const instances: ProviderInstance[] = [];
  const open = async (extra: Readonly<Record<string, unknown>>): Promise<{ provider: ProviderInstance; traffic: ProviderTraffic }> => {
    const context = await testContext('bb', { ...hosted.providerSettings(), token, ...extra }, dir);
    const provider = await createProvider(context);
    instances.push(provider);
    return { provider, traffic: context.traffic };
  };
  const { provider, traffic } = await open(settings);
  const handler = provider.handlers.repository;
  if (!handler) throw new Error('bitbucket has no repository handler');
  return {
    hosted,
    emulator: hosted.emulator,
    provider,
    handler,
    traffic,
    withSettings: async (extra) => (await open(extra)).provider,
    async close() {
      await Promise.all(instances.map((i) => i.close()));
      await hosted.emulator.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The handler of a provider instance, which must have one. */
export function repositoryHandler(provider: ProviderInstance): KindHandler {
  const handler = provider.handlers.repository;
  if (!handler) throw new Error('no repository handler');
  return handler;
}

/** Normalizes a raw object and returns the spec, for assertions. */
export function specOf(handler: KindHandler, raw: RawObject | undefined): Spec {
  if (raw === undefined) throw new Error('no object');
  return handler.normalize(raw).spec;
}

/** Every field but the name at its full value, as the provider reads it back (secret aside). */
export const fullSpec: Spec = {
  name: 'Payments-API',
  description: 'Payment service',
  visibility: 'private',
  default_branch: 'develop',
  homepage: 'https://payments.example.com',
  topics: [],
  archived: false,
  features: { issues: true, wiki: false, projects: false },
  branch_protection: {
    main: {
      required_reviews: 2,
      dismiss_stale_reviews: true,
      require_code_owner_reviews: false,
      required_status_checks: ['build-1', 'build-2'],
      strict_status_checks: false,
      linear_history: false,
      allow_force_pushes: false,
      allow_deletions: false,
    },
  },
  webhooks: [
    { url: 'https://ci.example.com/hook', events: ['pull_request', 'push'], active: true, content_type: 'json', secret: 'hook-secret-1' },
    { url: 'https://chat.example.com/hook', events: ['issues'], active: false, content_type: 'json' },
  ],
  collaborators: { alice: 'write', bob: 'admin' },
  teams: { developers: 'write', qa: 'read' },
};

/** The spec as normalize returns it: webhooks by URL and without secrets. */
export function expectedLive(spec: Spec): Spec {
  const hooks = spec['webhooks'] as Record<string, unknown>[] | undefined;
  if (!hooks) return spec;
  const bare = hooks.map(({ secret: _secret, ...rest }) => rest).sort((a, b) => String(a['url']).localeCompare(String(b['url'])));
  return { ...spec, webhooks: bare };
}
