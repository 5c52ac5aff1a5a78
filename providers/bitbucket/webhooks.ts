// Webhooks of a repository, identified by URL: the live hooks in mosaic's terms, and making them
// what the spec lists (exclusive ownership also removes hooks it does not list).
import type { LimitFunction } from 'p-limit';
import { ProviderError } from '../../src/resources/provider-contract.js';
import type { Ownership } from '../../src/resources/resource-kind.js';
import type { BitbucketClient } from './bitbucket-client.js';
import type { WebhookSubscription, WebhookWrite } from './bitbucket-shapes.js';
import { readBoolean, readString, readStringList, type SpecRecord } from './spec-values.js';
import { toBitbucketEvents, toGithubEvents } from './webhook-events.js';

/** Bitbucket requires a description; hooks mosaic creates get this one. */
export const webhookDescription = 'Managed by mosaic';
/** GitHub's default when a hook names no events, kept so a spec without events means the same everywhere. */
const defaultEvents = ['push'];

/** Live hooks in mosaic's terms, sorted by URL; secrets are never returned (nor readable). */
export function normalizeWebhooks(hooks: readonly WebhookSubscription[]): SpecRecord[] {
  return [...hooks]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((hook) => ({ url: hook.url, events: toGithubEvents(hook.events), active: hook.active, content_type: 'json' }));
}

interface DesiredHook {
  readonly url: string;
  readonly events: readonly string[];
  readonly active: boolean;
  readonly secret: string | undefined;
}

function desiredHook(item: SpecRecord, index: number): DesiredHook {
  const url = readString(item, 'url');
  if (url === undefined || url === '') throw new ProviderError('bitbucket.invalid-spec', `\`webhooks[${String(index)}].url\` is required`, 'Give every webhook its url.');
  return {
    url,
    events: toBitbucketEvents(readStringList(item, 'events') ?? defaultEvents),
    active: readBoolean(item, 'active') ?? true,
    secret: readString(item, 'secret'),
  };
}

function sameSubscription(live: WebhookSubscription, want: DesiredHook): boolean {
  const events = [...live.events].sort();
  return live.active === want.active && events.length === want.events.length && events.every((e, i) => e === want.events[i]);
}

/**
 * Creates, updates and (exclusive) deletes hooks so `live` becomes `items`. A hook whose spec
 * has a secret is always re-sent with it (Bitbucket never shows a secret, so mosaic cannot tell
 * whether it changed); a hook whose spec has none loses a secret set behind mosaic's back.
 */
export async function applyWebhooks(
  client: BitbucketClient,
  repository: string,
  items: readonly SpecRecord[],
  live: readonly WebhookSubscription[],
  ownership: Ownership,
  limit: LimitFunction,
): Promise<void> {
  const wanted = items.map(desiredHook);
  const liveByUrl = new Map<string, WebhookSubscription[]>();
  for (const hook of live) liveByUrl.set(hook.url, [...(liveByUrl.get(hook.url) ?? []), hook]);
  const calls: Promise<unknown>[] = [];
  for (const want of wanted) {
    const [current, ...duplicates] = liveByUrl.get(want.url) ?? [];
    liveByUrl.delete(want.url);
    const body: WebhookWrite = {
      url: want.url,
      description: current?.description ?? webhookDescription,
      active: want.active,
      events: want.events,
      ...(want.secret !== undefined ? { secret: want.secret } : current?.secret_set === true ? { secret: null } : {}),
    };
    if (current === undefined) calls.push(limit(() => client.createHook(repository, body)));
    else if (!sameSubscription(current, want) || body.secret !== undefined) calls.push(limit(() => client.updateHook(repository, current.uuid, body)));
    // One hook per URL: mosaic identifies hooks by URL, so copies would never converge.
    for (const copy of duplicates) calls.push(limit(() => client.deleteHook(repository, copy.uuid)));
  }
  if (ownership === 'exclusive') {
    for (const hooks of liveByUrl.values()) for (const hook of hooks) calls.push(limit(() => client.deleteHook(repository, hook.uuid)));
  }
  await Promise.all(calls);
}
