// Repository webhook routes of the GitHub emulator: list, create, update (a `config` replaces
// the whole config, so a secret not sent again is gone, as on GitHub), delete.
import type { Emulator } from '../framework/emulator.js';
import { linkHeader, pageOf } from '../framework/pagination.js';
import { documentation, forbidden, noContent, notFound, ok, validationFailed } from './github-answers.js';
import type { GithubShapes } from './github-shapes.js';
import type { GithubStore, HookState } from './github-store.js';
import { booleanField, bodyOf, isAnswer, repoOf, stringList, type Body } from './request-reading.js';
import { maxPerPage } from './repository-routes.js';

const eventPattern = /^(\*|[a-z_]+)$/;

export function registerHookRoutes(emulator: Emulator, store: GithubStore, shapes: GithubShapes): void {
  emulator.route('GET', '/repos/:owner/:repo/hooks', (request) => {
    const repo = repoOf(store, request);
    if (isAnswer(repo)) return repo;
    const slice = pageOf(repo.hooks, request.query, { defaultPerPage: 30, maxPerPage });
    const link = linkHeader(request.url, emulator.url, slice);
    return ok(slice.items.map((hook) => shapes.hook(repo, hook)), 200, link ? { link } : {});
  });

  emulator.route('POST', '/repos/:owner/:repo/hooks', (request) => {
    const repo = repoOf(store, request, documentation.hooks);
    if (isAnswer(repo)) return repo;
    if (repo.archived) return forbidden('Repository was archived so is read-only.', documentation.hooks);
    const body = bodyOf(request);
    const config = configOf(body['config']);
    if (config === undefined) return validationFailed('Validation Failed', [{ resource: 'Hook', code: 'custom', message: 'Config must contain URL for webhooks' }], documentation.hooks);
    if (repo.hooks.some((hook) => hook.config.url === config.url)) {
      return validationFailed('Validation Failed', [{ resource: 'Hook', code: 'custom', message: 'Hook already exists on this repository' }], documentation.hooks);
    }
    const events = stringList(body['events']) ?? ['push'];
    const bad = events.find((event) => !eventPattern.test(event));
    if (bad !== undefined) return validationFailed('Validation Failed', [{ resource: 'Hook', code: 'invalid', field: 'events', value: bad }], documentation.hooks);
    const stamp = store.now();
    const hook: HookState = { id: store.id(), active: booleanField(body, 'active') ?? true, events: [...new Set(events)], config, created_at: stamp, updated_at: stamp };
    repo.hooks.push(hook);
    store.touch(repo);
    return ok(shapes.hook(repo, hook), 201);
  });

  emulator.route('PATCH', '/repos/:owner/:repo/hooks/:hook_id', (request) => {
    const repo = repoOf(store, request, documentation.hooks);
    if (isAnswer(repo)) return repo;
    const hook = repo.hooks.find((h) => String(h.id) === request.params['hook_id']);
    if (!hook) return notFound(documentation.hooks);
    if (repo.archived) return forbidden('Repository was archived so is read-only.', documentation.hooks);
    const body = bodyOf(request);
    if (body['config'] !== undefined) {
      const config = configOf(body['config']);
      if (config === undefined) return validationFailed('Validation Failed', [{ resource: 'Hook', code: 'custom', message: 'Config must contain URL for webhooks' }], documentation.hooks);
      hook.config = config;
    }
    const events = stringList(body['events']);
    if (events) hook.events = [...new Set(events)];
    for (const event of stringList(body['add_events']) ?? []) if (!hook.events.includes(event)) hook.events.push(event);
    const removed = new Set(stringList(body['remove_events']) ?? []);
    hook.events = hook.events.filter((event) => !removed.has(event));
    const active = booleanField(body, 'active');
    if (active !== undefined) hook.active = active;
    hook.updated_at = store.now();
    store.touch(repo);
    return ok(shapes.hook(repo, hook));
  });

  emulator.route('DELETE', '/repos/:owner/:repo/hooks/:hook_id', (request) => {
    const repo = repoOf(store, request);
    if (isAnswer(repo)) return repo;
    const index = repo.hooks.findIndex((h) => String(h.id) === request.params['hook_id']);
    if (index < 0) return notFound();
    repo.hooks.splice(index, 1);
    store.touch(repo);
    return noContent();
  });
}

function configOf(value: unknown): HookState['config'] | undefined {
  const config = (typeof value === 'object' && value !== null ? value : {}) as Body;
  const url = config['url'];
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return undefined;
  const insecure = config['insecure_ssl'];
  return {
    url,
    content_type: config['content_type'] === 'json' ? 'json' : 'form',
    insecure_ssl: insecure === 1 || insecure === '1' ? '1' : '0',
    ...(typeof config['secret'] === 'string' && config['secret'] !== '' ? { secret: config['secret'] } : {}),
  };
}
