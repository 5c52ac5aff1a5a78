// A Gitea emulator with the gitea provider pointed at it, through gitea-js and mosaic's fetch.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProvider } from '../../../providers/gitea/index.js';
import type { KindHandler, ProviderContext, ProviderInstance, Spec } from '../../../src/resources/provider-contract.js';
import type { ProviderTraffic } from '../../../src/transport/provider-traffic.js';
import { createGiteaHost, type GiteaHostedEmulator } from '../../emulators/gitea/index.js';
import { testContext } from '../test-context.js';

export const token = 'gitea-test-token';

export interface GiteaFixture {
  readonly host: GiteaHostedEmulator;
  readonly context: ProviderContext & { traffic: ProviderTraffic };
  readonly provider: ProviderInstance;
  readonly handler: KindHandler;
  /** Requests the provider sent (what mosaic's fetch counted), retries included. */
  requests(): number;
  close(): Promise<void>;
}

export async function startGitea(options: { owner?: string; settings?: Record<string, unknown> } = {}): Promise<GiteaFixture> {
  const host = createGiteaHost({ token, ...(options.owner !== undefined ? { owner: options.owner } : {}) });
  await host.emulator.start();
  const configDir = await mkdtemp(join(tmpdir(), 'mosaic-gitea-'));
  const context = await testContext('forge', { ...host.providerSettings(), token, ...options.settings }, configDir);
  const provider = await createProvider(context);
  const handler = provider.handlers.repository;
  if (!handler) throw new Error('the gitea provider has no repository handler');
  return {
    host,
    context,
    provider,
    handler,
    requests: () => context.traffic.counts()['forge']?.requests ?? 0,
    close: () => host.emulator.close(),
  };
}

/** The spec as normalize must read it back: secrets never come back, ownership is not observable. */
export function expectedLive(spec: Spec): Spec {
  const { ownership: _ownership, ...rest } = spec as Record<string, unknown>;
  const webhooks = rest['webhooks'];
  if (Array.isArray(webhooks)) {
    rest['webhooks'] = (webhooks as Record<string, unknown>[])
      .map(({ secret: _secret, ...hook }) => (Array.isArray(hook['events']) ? { ...hook, events: [...(hook['events'] as string[])].sort() } : hook))
      .sort((a, b) => (String(a['url']) < String(b['url']) ? -1 : 1));
  }
  if (Array.isArray(rest['topics'])) rest['topics'] = [...(rest['topics'] as string[])].sort();
  return rest;
}

/** A repository spec that sets every field the gitea provider manages. */
export function fullSpec(name: string): Spec {
  return {
    name,
    description: 'Payments API',
    visibility: 'private',
    default_branch: 'trunk',
    topics: ['payments', 'api'],
    homepage: 'https://payments.example.test',
    archived: false,
    features: { issues: true, wiki: false, projects: true },
    merge: { merge_commit: false, squash: true, rebase: true, delete_branch_on_merge: true },
    branch_protection: {
      trunk: {
        required_reviews: 2,
        dismiss_stale_reviews: true,
        require_code_owner_reviews: true,
        required_status_checks: ['ci/build', 'ci/test'],
        strict_status_checks: true,
        enforce_admins: true,
        linear_history: false,
        allow_force_pushes: false,
        allow_deletions: false,
      },
    },
    webhooks: [
      { url: 'https://hooks.example.test/deploy', events: ['push', 'release'], active: true, content_type: 'json', secret: 'deploy-secret' },
      { url: 'https://hooks.example.test/chat', events: ['issue_comment', 'issues', 'pull_request', 'pull_request_review'], active: false, content_type: 'form' },
    ],
    collaborators: { bob: 'admin', dave: 'write', erin: 'read' },
    teams: { Owners: 'admin', developers: 'write', readers: 'read' },
  };
}
