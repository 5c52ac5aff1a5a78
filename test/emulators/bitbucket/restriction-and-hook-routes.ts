// The emulator's branch-restriction and webhook endpoints of a repository: paginated lists and
// create/read/update/delete, with the validation Bitbucket applies (kinds, values, events).
import type { EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';
import { errorResponse, originOf, pageResponse, renderHook, renderRestriction } from './bitbucket-objects.js';
import type { BitbucketStore, StoredHook, StoredRepository, StoredRestriction } from './bitbucket-store.js';
import { api, bodyOf, isResponse, resolveRepository, type RouteTable } from './repository-routes.js';

const restrictionKinds = [
  'push', 'force', 'delete', 'restrict_merges', 'require_tasks_to_be_completed', 'require_approvals_to_merge',
  'require_default_reviewer_approvals_to_merge', 'require_no_changes_requested', 'require_passing_builds_to_merge',
  'require_commits_behind', 'reset_pullrequest_approvals_on_change', 'smart_reset_pullrequest_approvals',
  'reset_pullrequest_changes_requested_on_change', 'require_all_dependencies_merged', 'enforce_merge_checks',
  'allow_auto_merge_when_builds_pass',
];
/** Kinds whose rule is a number (approvals, builds, commits behind). */
const valuedKinds = new Set(['require_approvals_to_merge', 'require_default_reviewer_approvals_to_merge', 'require_passing_builds_to_merge', 'require_commits_behind']);
const branchTypes = ['feature', 'bugfix', 'release', 'hotfix', 'development', 'production'];
/** The events a repository webhook may subscribe to (the description's enum, less workspace-only ones). */
const hookEvents = new Set([
  'repo:push', 'repo:fork', 'repo:updated', 'repo:commit_comment_created', 'repo:commit_status_created', 'repo:commit_status_updated',
  'repo:transfer', 'repo:imported', 'repo:created', 'repo:deleted', 'issue:created', 'issue:updated', 'issue:comment_created',
  'pullrequest:created', 'pullrequest:updated', 'pullrequest:approved', 'pullrequest:unapproved', 'pullrequest:fulfilled',
  'pullrequest:rejected', 'pullrequest:comment_created', 'pullrequest:comment_updated', 'pullrequest:comment_deleted',
  'pullrequest:comment_resolved', 'pullrequest:comment_reopened', 'pullrequest:changes_request_created',
  'pullrequest:changes_request_removed', 'project:updated',
]);

type Body = Record<string, unknown>;

/** A value of a request body as an error message shows it: a string as it is, anything else as JSON. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  // A parsed body holds only JSON values; an absent one is undefined, which JSON cannot show.
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function withRepository(store: BitbucketStore, handle: (request: EmulatorRequest, repository: StoredRepository) => EmulatorResponse): (request: EmulatorRequest) => EmulatorResponse {
  return (request) => {
    const repository = resolveRepository(store, request);
    return isResponse(repository) ? repository : handle(request, repository);
  };
}

/** A restriction as the body asks for it, or the 400 Bitbucket answers. */
function readRestriction(store: BitbucketStore, body: Body, current?: StoredRestriction): Omit<StoredRestriction, 'id'> | EmulatorResponse {
  const kind = body['kind'] ?? current?.kind;
  if (typeof kind !== 'string' || !restrictionKinds.includes(kind)) return errorResponse(400, `kind: "${shown(kind)}" is not a valid choice`);
  const matchKind = body['branch_match_kind'] ?? current?.branchMatchKind ?? 'glob';
  if (matchKind !== 'glob' && matchKind !== 'branching_model') return errorResponse(400, 'branch_match_kind: expected glob or branching_model');
  const pattern = body['pattern'] ?? current?.pattern;
  const branchType = body['branch_type'] ?? current?.branchType;
  if (matchKind === 'glob' && (typeof pattern !== 'string' || pattern === '')) return errorResponse(400, 'pattern: a glob restriction needs a pattern');
  if (matchKind === 'branching_model' && (typeof branchType !== 'string' || !branchTypes.includes(branchType))) return errorResponse(400, 'branch_type: invalid choice');
  const value = body['value'] === undefined ? (current?.value ?? null) : body['value'];
  if (valuedKinds.has(kind) && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) return errorResponse(400, `value: ${kind} needs a whole number`);
  const ids = (list: unknown, key: 'uuid' | 'slug'): string[] => (Array.isArray(list) ? list.map((item) => shown((item as Body)[key] ?? (item as Body)['account_id'] ?? '')) : []);
  const users = body['users'] === undefined ? (current?.users ?? []) : ids(body['users'], 'uuid');
  const groups = body['groups'] === undefined ? (current?.groups ?? []) : ids(body['groups'], 'slug');
  if (users.some((id) => !store.findMember(id)) || groups.some((slug) => !store.findGroup(slug))) return errorResponse(400, 'users/groups: every exempted user and group must belong to the workspace');
  return {
    kind,
    branchMatchKind: matchKind,
    pattern: matchKind === 'glob' && typeof pattern === 'string' ? pattern : '',
    branchType: matchKind === 'branching_model' && typeof branchType === 'string' ? branchType : undefined,
    value: valuedKinds.has(kind) ? (value as number) : null,
    users,
    groups,
  };
}

function sameMatcher(a: Omit<StoredRestriction, 'id'>, b: StoredRestriction): boolean {
  return a.kind === b.kind && a.branchMatchKind === b.branchMatchKind && (a.branchMatchKind === 'glob' ? a.pattern === b.pattern : a.branchType === b.branchType);
}

/** A hook as the body asks for it, or the 400 Bitbucket answers. */
function readHook(body: Body, current?: StoredHook): Omit<StoredHook, 'uuid' | 'createdAt'> | EmulatorResponse {
  const url = body['url'] ?? current?.url;
  if (typeof url !== 'string' || !/^https?:\/\/[^\s]+$/.test(url)) return errorResponse(400, 'url: Enter a valid URL.');
  const events = body['events'] ?? current?.events;
  if (!Array.isArray(events) || events.length === 0) return errorResponse(400, 'events: at least one event is required');
  const unknown: unknown = events.find((e) => typeof e !== 'string' || !hookEvents.has(e));
  if (unknown !== undefined) return errorResponse(400, `events: "${shown(unknown)}" is not a valid event`);
  const active = body['active'] ?? current?.active ?? true;
  if (typeof active !== 'boolean') return errorResponse(400, 'active: expected a boolean');
  const description = body['description'] ?? current?.description ?? '';
  if (typeof description !== 'string') return errorResponse(400, 'description: expected a string');
  // Absent keeps the secret; null or "" removes it.
  const secret = 'secret' in body ? body['secret'] : current?.secret;
  if (secret !== undefined && secret !== null && (typeof secret !== 'string' || secret.length > 128)) return errorResponse(400, 'secret: at most 128 characters');
  return { url, events: [...new Set(events as string[])], active, description, secret: typeof secret === 'string' && secret !== '' ? secret : undefined };
}

export function registerRestrictionAndHookRoutes(emulator: RouteTable, store: BitbucketStore): void {
  const restrictions = `${api}/repositories/:workspace/:repo_slug/branch-restrictions`;
  emulator.route('GET', restrictions, withRepository(store, (request, repository) => {
    const kind = request.query.get('kind');
    const pattern = request.query.get('pattern');
    const origin = originOf(request);
    const items = repository.restrictions.filter((r) => (kind === null || r.kind === kind) && (pattern === null || r.pattern === pattern));
    return pageResponse(request, items.map((r) => renderRestriction(store, repository, r, origin)));
  }));
  emulator.route('POST', restrictions, withRepository(store, (request, repository) => {
    const wanted = readRestriction(store, bodyOf(request) ?? {});
    if (isResponse(wanted)) return wanted;
    if (repository.restrictions.some((r) => sameMatcher(wanted, r))) return errorResponse(409, `A ${wanted.kind} restriction for this branch matcher already exists.`);
    return { status: 201, body: renderRestriction(store, repository, store.addRestriction(repository, wanted), originOf(request)) };
  }));
  const restriction = `${restrictions}/:id`;
  const findRestriction = (repository: StoredRepository, id: string | undefined): StoredRestriction | undefined => repository.restrictions.find((r) => String(r.id) === id);
  emulator.route('GET', restriction, withRepository(store, (request, repository) => {
    const found = findRestriction(repository, request.params['id']);
    return found ? { status: 200, body: renderRestriction(store, repository, found, originOf(request)) } : errorResponse(404, 'Branch restriction not found.');
  }));
  emulator.route('PUT', restriction, withRepository(store, (request, repository) => {
    const found = findRestriction(repository, request.params['id']);
    if (!found) return errorResponse(404, 'Branch restriction not found.');
    const wanted = readRestriction(store, bodyOf(request) ?? {}, found);
    if (isResponse(wanted)) return wanted;
    if (repository.restrictions.some((r) => r !== found && sameMatcher(wanted, r))) return errorResponse(409, `A ${wanted.kind} restriction for this branch matcher already exists.`);
    Object.assign(found, wanted);
    return { status: 200, body: renderRestriction(store, repository, found, originOf(request)) };
  }));
  emulator.route('DELETE', restriction, withRepository(store, (request, repository) => {
    const found = findRestriction(repository, request.params['id']);
    if (!found) return errorResponse(404, 'Branch restriction not found.');
    repository.restrictions.splice(repository.restrictions.indexOf(found), 1);
    return { status: 204 };
  }));

  const hooks = `${api}/repositories/:workspace/:repo_slug/hooks`;
  emulator.route('GET', hooks, withRepository(store, (request, repository) => {
    const origin = originOf(request);
    return pageResponse(request, repository.hooks.map((h) => renderHook(store, repository, h, origin)));
  }));
  emulator.route('POST', hooks, withRepository(store, (request, repository) => {
    const wanted = readHook(bodyOf(request) ?? {});
    if (isResponse(wanted)) return wanted;
    return { status: 201, body: renderHook(store, repository, store.addHook(repository, wanted), originOf(request)) };
  }));
  const hook = `${hooks}/:uid`;
  const findHook = (repository: StoredRepository, uid: string | undefined): StoredHook | undefined => repository.hooks.find((h) => h.uuid === uid || h.uuid === `{${uid ?? ''}}`);
  emulator.route('GET', hook, withRepository(store, (request, repository) => {
    const found = findHook(repository, request.params['uid']);
    return found ? { status: 200, body: renderHook(store, repository, found, originOf(request)) } : errorResponse(404, 'Webhook not found.');
  }));
  emulator.route('PUT', hook, withRepository(store, (request, repository) => {
    const found = findHook(repository, request.params['uid']);
    if (!found) return errorResponse(404, 'Webhook not found.');
    const wanted = readHook(bodyOf(request) ?? {}, found);
    if (isResponse(wanted)) return wanted;
    Object.assign(found, wanted);
    return { status: 200, body: renderHook(store, repository, found, originOf(request)) };
  }));
  emulator.route('DELETE', hook, withRepository(store, (request, repository) => {
    const found = findHook(repository, request.params['uid']);
    if (!found) return errorResponse(404, 'Webhook not found.');
    repository.hooks.splice(repository.hooks.indexOf(found), 1);
    return { status: 204 };
  }));
}
