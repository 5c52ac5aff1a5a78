// Repository webhooks, identified by their URL as mosaic identifies them: reading them, and
// making them what the spec lists (creating, updating, and under exclusive ownership deleting).
// GitHub never returns a secret, so a hook whose spec carries one is always sent it again.
import type { GithubConnection } from './github-client.js';
import { perPage, readAllPages } from './pages.js';
import { pickHook, type HookRecord } from './repository-record.js';
import { readBoolean, readString, readStringList, type Json, type OwnershipMode } from './spec-fields.js';

export async function readHooks(api: GithubConnection, repo: string): Promise<HookRecord[]> {
  const { client, owner } = api;
  const hooks = await readAllPages((page) => client.rest.repos.listWebhooks({ owner, repo, per_page: perPage, page }));
  return hooks.filter((hook) => hook.name === 'web').map(pickHook);
}

export async function writeHooks(api: GithubConnection, repo: string, desired: readonly Json[], ownership: OwnershipMode): Promise<void> {
  const { client, owner } = api;
  const live = await readHooks(api, repo);
  const matched = new Set<number>();
  for (const spec of desired) {
    const url = readString(spec, 'url') ?? '';
    const events = readStringList(spec, 'events');
    const active = readBoolean(spec, 'active');
    const contentType = readString(spec, 'content_type');
    const secret = readString(spec, 'secret');
    const hook = live.find((candidate) => candidate.config.url === url && !matched.has(candidate.id));
    if (!hook) {
      await client.rest.repos.createWebhook({
        owner,
        repo,
        name: 'web',
        active: active ?? true,
        events: [...(events ?? ['push'])],
        config: { url, content_type: contentType ?? 'form', insecure_ssl: '0', ...(secret === undefined ? {} : { secret }) },
        // A create whose answer was lost may have happened: the next run finds the hook by URL.
        request: { retries: 0 },
      });
      continue;
    }
    matched.add(hook.id);
    const eventsDiffer = events !== undefined && JSON.stringify(events) !== JSON.stringify(hook.events);
    const activeDiffers = active !== undefined && active !== hook.active;
    // Sending `config` replaces it whole, secret included: only when it must change.
    const configDiffers = secret !== undefined || (contentType !== undefined && contentType !== hook.config.content_type);
    if (!eventsDiffer && !activeDiffers && !configDiffers) continue;
    await client.rest.repos.updateWebhook({
      owner,
      repo,
      hook_id: hook.id,
      ...(eventsDiffer ? { events: [...events] } : {}),
      ...(activeDiffers ? { active } : {}),
      ...(configDiffers
        ? { config: { url, content_type: contentType ?? hook.config.content_type, insecure_ssl: hook.config.insecure_ssl, ...(secret === undefined ? {} : { secret }) } }
        : {}),
    });
  }
  if (ownership === 'additive') return;
  for (const hook of live) {
    if (!matched.has(hook.id)) await client.rest.repos.deleteWebhook({ owner, repo, hook_id: hook.id });
  }
}
