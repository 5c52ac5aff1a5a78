// A repository's webhooks: read them (paginated), map them to mosaic's Webhook (identified by
// URL), and bring them to the spec. Gitea's hook edit rewrites the events, branch filter and
// authorization header from the request, so an edit always sends all three; events an edit
// cannot switch (package, status, workflow_job) are changed by making the hook anew.
import type { CreateHookOption, Hook } from 'gitea-js';
import type { GiteaClient } from './gitea-client.js';
import type { RepositoryRef } from './repository-ref.js';
import type { WebhookSpec } from './repository-spec.js';
import { createOnlyGiteaEvents, eventsToSend, giteaEventsFor, giteaEventsRead, githubEventsOf } from './webhook-events.js';

export interface NormalizedWebhook {
  readonly url: string;
  readonly events: readonly string[];
  readonly active: boolean;
  readonly content_type: 'json' | 'form';
}

export function readHooks(client: GiteaClient, ref: RepositoryRef): Promise<Hook[]> {
  return client.listAll(`reading the webhooks of ${ref.fullName}`, (api, query) => api.repos.repoListHooks(ref.owner, ref.name, query));
}

function urlOf(hook: Hook): string {
  return hook.config?.['url'] ?? '';
}

function contentTypeOf(hook: Hook): 'json' | 'form' {
  return hook.config?.['content_type'] === 'form' ? 'form' : 'json';
}

export function normalizeHooks(hooks: readonly Hook[]): NormalizedWebhook[] {
  return [...hooks]
    .sort((a, b) => (urlOf(a) < urlOf(b) ? -1 : urlOf(a) > urlOf(b) ? 1 : (a.id ?? 0) - (b.id ?? 0)))
    .map((hook) => ({ url: urlOf(hook), events: githubEventsOf(hook.events ?? []), active: hook.active ?? false, content_type: contentTypeOf(hook) }));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

function onlyCreateOnly(events: ReadonlySet<string>): Set<string> {
  return new Set([...events].filter((event) => createOnlyGiteaEvents.has(event)));
}

function createOption(wanted: WebhookSpec, events: ReadonlySet<string>): CreateHookOption {
  return {
    type: 'gitea',
    config: { url: wanted.url, content_type: wanted.content_type ?? 'json', ...(wanted.secret !== undefined ? { secret: wanted.secret } : {}) },
    events: eventsToSend(events),
    // Gitea makes a hook inactive unless told otherwise; mosaic's default is active.
    active: wanted.active ?? true,
  };
}

/**
 * Creates, edits and (when `exclusive`) deletes hooks so the repository has the spec's; returns
 * the hooks as Gitea now has them. `live` is given when the caller knows them (a new repository).
 */
export async function syncHooks(client: GiteaClient, ref: RepositoryRef, wanted: readonly WebhookSpec[], exclusive: boolean, live?: readonly Hook[]): Promise<Hook[]> {
  const hooks = [...(live ?? (await readHooks(client, ref)))].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const firstByUrl = new Map<string, Hook>();
  for (const hook of hooks) if (!firstByUrl.has(urlOf(hook))) firstByUrl.set(urlOf(hook), hook);
  const wantedUrls = new Set(wanted.map((w) => w.url));
  const result = new Map<number, Hook>(hooks.map((hook) => [hook.id ?? 0, hook]));
  const created: Hook[] = [];
  const create = async (w: WebhookSpec, events: ReadonlySet<string>): Promise<void> => {
    created.push(await client.call(`creating webhook ${w.url} on ${ref.fullName}`, (api) => api.repos.repoCreateHook(ref.owner, ref.name, createOption(w, events))));
  };
  const remove = async (hook: Hook): Promise<void> => {
    await client.call(`deleting webhook ${urlOf(hook)} of ${ref.fullName}`, (api) => api.repos.repoDeleteHook(ref.owner, ref.name, hook.id ?? 0));
    result.delete(hook.id ?? 0);
  };

  await Promise.all(
    wanted.map(async (w) => {
      const existing = firstByUrl.get(w.url);
      if (!existing) return create(w, giteaEventsFor(w.events ?? ['push']));
      const current = giteaEventsRead(existing.events ?? []);
      const events = w.events ? giteaEventsFor(w.events) : current;
      if (!sameSet(onlyCreateOnly(events), onlyCreateOnly(current))) {
        await remove(existing);
        return create({ ...w, active: w.active ?? existing.active ?? true, content_type: w.content_type ?? contentTypeOf(existing) }, events);
      }
      const unchanged = sameSet(events, current) && (w.active === undefined || w.active === existing.active) && (w.content_type === undefined || w.content_type === contentTypeOf(existing));
      // A secret cannot be read back, so a hook that has one in the spec is always sent it.
      if (unchanged && w.secret === undefined) return;
      const edited = await client.call(`editing webhook ${w.url} of ${ref.fullName}`, (api) =>
        api.repos.repoEditHook(ref.owner, ref.name, existing.id ?? 0, {
          config: { url: w.url, content_type: w.content_type ?? contentTypeOf(existing), ...(w.secret !== undefined ? { secret: w.secret } : {}) },
          events: eventsToSend(events),
          active: w.active ?? existing.active ?? true,
          branch_filter: existing.branch_filter ?? '',
          authorization_header: existing.authorization_header ?? '',
        }),
      );
      result.set(existing.id ?? 0, edited);
    }),
  );
  if (exclusive) {
    const extra = hooks.filter((hook) => !wantedUrls.has(urlOf(hook)) || firstByUrl.get(urlOf(hook)) !== hook);
    await Promise.all(extra.map(remove));
  }
  return [...result.values(), ...created];
}
