// Webhooks as GitLab project hooks, identified by URL. The secret is the hook's `token`,
// write-only in GitLab as in mosaic. GitLab always sends JSON and has no switch to pause a
// hook (it disables failing ones by itself, shown as alert_status), so content_type reads
// back as json and active as "not disabled by GitLab".
import type { ExpandedHookSchema } from '@gitbeaker/rest';
import { ProviderError } from '../../src/resources/provider-contract.js';
import type { GitlabClient } from './gitlab-client.js';
import { removeIfPresent } from './gitlab-errors.js';
import { fieldOf, type Ownership } from './spec-fields.js';
import { encodeEvents, readEvents, unsupportedEventReason } from './webhook-events.js';

export interface WebhookSpec {
  readonly url: string;
  readonly events?: readonly string[];
  readonly active?: boolean;
  readonly content_type?: string;
  readonly secret?: string;
}

export function normalizeWebhooks(hooks: readonly ExpandedHookSchema[]): Record<string, unknown>[] {
  return hooks
    .map((hook) => ({
      url: hook.url,
      events: readEvents(hook),
      active: isActive(hook),
      content_type: 'json',
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

export function webhookProblems(hooks: readonly WebhookSpec[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const hook of hooks) {
    const at = `webhooks[${hook.url}]`;
    if (seen.has(hook.url)) problems.push(`${at}: the URL is listed twice; GitLab hooks are identified by URL here, so list it once.`);
    seen.add(hook.url);
    for (const event of hook.events ?? []) {
      const reason = unsupportedEventReason(event);
      if (reason !== undefined) problems.push(`${at}.events: ${reason}.`);
    }
    if (hook.content_type === 'form') problems.push(`${at}.content_type: GitLab always sends webhook payloads as JSON; use json or leave it out.`);
    if (hook.active === false) problems.push(`${at}.active: GitLab hooks cannot be paused; remove the webhook from the config instead.`);
  }
  return problems;
}

/** Adds and edits the hooks `wanted` lists; with exclusive ownership removes the others. */
export async function applyWebhooks(
  client: GitlabClient,
  projectId: number,
  wanted: readonly WebhookSpec[],
  ownership: Ownership,
  live: readonly ExpandedHookSchema[],
): Promise<void> {
  const byUrl = new Map<string, ExpandedHookSchema>();
  const duplicates: ExpandedHookSchema[] = [];
  for (const hook of live) {
    if (byUrl.has(hook.url)) duplicates.push(hook);
    else byUrl.set(hook.url, hook);
  }
  for (const hook of wanted) {
    const switches = hook.events === undefined ? {} : toOptions(encodeEvents(hook.events));
    if (hook.secret !== undefined && /^sha256:[0-9a-f]{64}$/.test(hook.secret)) {
      throw new ProviderError('gitlab.invalid-spec', `webhooks[${hook.url}].secret: only the hash of the secret is known`, 'The config no longer provides this secret; set it again (e.g. secret: ${env:HOOK_SECRET}) so it can be sent to GitLab.');
    }
    const token = hook.secret === undefined ? {} : { token: hook.secret };
    const current = byUrl.get(hook.url);
    if (current === undefined) {
      await client.hooks.add(projectId, hook.url, { ...switches, ...token });
      continue;
    }
    // A secret cannot be compared (GitLab never returns it): send it whenever one is set.
    const eventsDiffer = hook.events !== undefined && readEvents(current).join(',') !== [...hook.events].sort().join(',');
    if (eventsDiffer || hook.secret !== undefined) await client.hooks.edit(projectId, current.id, hook.url, { ...switches, ...token });
  }
  if (ownership !== 'exclusive') return;
  const keep = new Set(wanted.map((hook) => hook.url));
  const unlisted = [...byUrl.values()].filter((hook) => !keep.has(hook.url));
  // Exclusive ownership also means one hook per URL: extra copies go too.
  for (const hook of [...unlisted, ...duplicates]) await removeIfPresent(() => client.hooks.remove(projectId, hook.id));
}

/** GitLab disables a failing hook by itself (alert_status); older versions send no status. */
function isActive(hook: ExpandedHookSchema): boolean {
  const status = fieldOf(hook, 'alert_status');
  return status === undefined || status === 'executable';
}

/** gitbeaker takes camelCase options and sends them snake_case. */
function toOptions(switches: Record<string, boolean>): Record<string, boolean> {
  const options: Record<string, boolean> = {};
  for (const [name, on] of Object.entries(switches)) options[name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())] = on;
  return options;
}
