// Branch protection and webhook routes of the Gitea emulator, with Gitea's own rules: one
// rule per name (403 on a second), 423 on an archived repository, hook events expanded from
// the "issues" / "pull_request" shorthands, and an edit that always rewrites the events.
import type { Emulator, EmulatorRequest } from '../framework/emulator.js';
import { apiError, bodyObject, notFound, optionalBoolean, optionalString, pagedList, stringList } from './gitea-http.js';
import { findRepository, isResponse, type GiteaInstance } from './gitea-instance.js';
import { protectionDefaults, renderHook, renderProtection } from './gitea-shapes.js';
import { giteaTime, type StoredHook, type StoredProtection, type StoredRepository } from './gitea-store.js';

const hookTypes = ['dingtalk', 'discord', 'gitea', 'gogs', 'msteams', 'slack', 'telegram', 'feishu', 'wechatwork', 'packagist'];
const issueEvents = ['issue_assign', 'issue_label', 'issue_milestone', 'issue_comment'];
const pullEvents = ['pull_request_assign', 'pull_request_label', 'pull_request_milestone', 'pull_request_comment', 'pull_request_review', 'pull_request_review_request', 'pull_request_sync'];
/** Events the create endpoint knows beyond the issue and pull request families. */
const plainCreateEvents = ['create', 'delete', 'fork', 'push', 'wiki', 'repository', 'release', 'package', 'status', 'workflow_job'];
/** The edit endpoint rewrites only these of them; package, status and workflow_job keep their value. */
const plainEditEvents = ['create', 'delete', 'fork', 'push', 'wiki', 'repository', 'release'];
const editKeeps = ['package', 'status', 'workflow_job'];

export function addSettingsRoutes(emulator: Emulator, instance: GiteaInstance): void {
  const appUrl = (): string => instance.appUrl();
  const rendered = (repo: StoredRepository, protection: StoredProtection): Record<string, unknown> => renderProtection(protection, repo.protections.indexOf(protection) + 1);
  const findRule = (repo: StoredRepository, request: EmulatorRequest): StoredProtection | undefined => repo.protections.find((p) => p.ruleName === request.params['name']);

  emulator.route('GET', '/api/v1/repos/:owner/:repo/branch_protections', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    return { status: 200, body: repo.protections.map((p) => rendered(repo, p)) };
  });

  emulator.route('GET', '/api/v1/repos/:owner/:repo/branch_protections/:name', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const rule = findRule(repo, request);
    return rule ? { status: 200, body: rendered(repo, rule) } : notFound(appUrl());
  });

  emulator.route('POST', '/api/v1/repos/:owner/:repo/branch_protections', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    if (repo.archived) return apiError(appUrl(), 423, 'repo is archived');
    const body = bodyObject(request);
    const ruleName = optionalString(body, 'rule_name') || optionalString(body, 'branch_name') || '';
    if (ruleName === '') return apiError(appUrl(), 422, 'rule_name or branch_name is required');
    if (repo.protections.some((p) => p.ruleName === ruleName)) return apiError(appUrl(), 403, 'Branch protection already exist');
    const fields = protectionFields(body);
    if (typeof fields === 'string') return apiError(appUrl(), 422, fields);
    const now = giteaTime();
    const protection: StoredProtection = { ruleName, fields, createdAt: now, updatedAt: now };
    repo.protections.push(protection);
    return { status: 201, body: rendered(repo, protection) };
  });

  emulator.route('PATCH', '/api/v1/repos/:owner/:repo/branch_protections/:name', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const rule = findRule(repo, request);
    if (!rule) return notFound(appUrl());
    if (repo.archived) return apiError(appUrl(), 423, 'repo is archived');
    const fields = protectionFields(bodyObject(request));
    if (typeof fields === 'string') return apiError(appUrl(), 422, fields);
    rule.fields = { ...rule.fields, ...fields };
    rule.updatedAt = giteaTime();
    return { status: 200, body: rendered(repo, rule) };
  });

  emulator.route('DELETE', '/api/v1/repos/:owner/:repo/branch_protections/:name', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const rule = findRule(repo, request);
    if (!rule) return notFound(appUrl());
    repo.protections.splice(repo.protections.indexOf(rule), 1);
    return { status: 204 };
  });

  emulator.route('GET', '/api/v1/repos/:owner/:repo/hooks', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    return pagedList(request, appUrl(), repo.hooks.map(renderHook));
  });

  emulator.route('GET', '/api/v1/repos/:owner/:repo/hooks/:id', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const hook = repo.hooks.find((h) => String(h.id) === request.params['id']);
    return hook ? { status: 200, body: renderHook(hook) } : notFound(appUrl());
  });

  emulator.route('POST', '/api/v1/repos/:owner/:repo/hooks', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const body = bodyObject(request);
    const type = optionalString(body, 'type') ?? '';
    if (!hookTypes.includes(type)) return apiError(appUrl(), 422, `Invalid hook type: ${type}`);
    const config = stringRecord(body['config']);
    for (const name of ['url', 'content_type']) {
      if (config[name] === undefined) return apiError(appUrl(), 422, `Missing config option: ${name}`);
    }
    const contentType = config['content_type'];
    if (contentType !== 'json' && contentType !== 'form') return apiError(appUrl(), 422, 'Invalid content type');
    const asked = stringList(body['events']);
    const hook = instance.store.addHook(repo, {
      type,
      url: config['url'] ?? '',
      contentType,
      secret: config['secret'] ?? '',
      events: expandEvents(asked.length === 0 ? ['push'] : asked, plainCreateEvents),
      // CreateHookOption.active defaults to false.
      active: optionalBoolean(body, 'active') ?? false,
      branchFilter: optionalString(body, 'branch_filter') ?? '',
    });
    return { status: 201, body: renderHook(hook) };
  });

  emulator.route('PATCH', '/api/v1/repos/:owner/:repo/hooks/:id', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const hook = repo.hooks.find((h) => String(h.id) === request.params['id']);
    if (!hook) return notFound(appUrl());
    const body = bodyObject(request);
    const problem = editHook(hook, body);
    if (problem !== undefined) return apiError(appUrl(), 422, problem);
    return { status: 200, body: renderHook(hook) };
  });

  emulator.route('DELETE', '/api/v1/repos/:owner/:repo/hooks/:id', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const hook = repo.hooks.find((h) => String(h.id) === request.params['id']);
    if (!hook) return notFound(appUrl());
    repo.hooks.splice(repo.hooks.indexOf(hook), 1);
    return { status: 204 };
  });
}

/** The protection fields of a create or edit body, or the 422 message. */
function protectionFields(body: Record<string, unknown>): Record<string, unknown> | string {
  const fields: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(protectionDefaults)) {
    const value = body[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(fallback)) fields[key] = stringList(value);
    else if (typeof value !== typeof fallback) return `[${key}]: must be a ${typeof fallback}`;
    else fields[key] = value;
  }
  const approvals = fields['required_approvals'];
  if (typeof approvals === 'number' && (approvals < 0 || !Number.isInteger(approvals))) return '[required_approvals]: must be a non-negative integer';
  return fields;
}

/** Gitea's addHook/editHook: "issues" and "pull_request" switch on their whole families. */
function expandEvents(asked: readonly string[], plain: readonly string[]): Set<string> {
  const events = new Set<string>();
  const has = (name: string): boolean => asked.includes(name);
  for (const name of plain) if (has(name)) events.add(name);
  if (has('issues') || has('issues_only')) events.add('issues');
  for (const name of issueEvents) if (has('issues') || has(name)) events.add(name);
  if (has('pull_request') || has('pull_request_only')) events.add('pull_request');
  for (const name of pullEvents) if (has('pull_request') || has(name)) events.add(name);
  return events;
}

function editHook(hook: StoredHook, body: Record<string, unknown>): string | undefined {
  const config = body['config'] === undefined ? undefined : stringRecord(body['config']);
  if (config) {
    if (config['url'] !== undefined) hook.url = config['url'];
    const contentType = config['content_type'];
    if (contentType !== undefined) {
      if (contentType !== 'json' && contentType !== 'form') return 'Invalid content type';
      hook.contentType = contentType;
    }
    if (config['secret'] !== undefined) hook.secret = config['secret'];
  }
  const asked = stringList(body['events']);
  const kept = [...hook.events].filter((event) => editKeeps.includes(event));
  hook.events = new Set([...expandEvents(asked.length === 0 ? ['push'] : asked, plainEditEvents), ...kept]);
  hook.branchFilter = optionalString(body, 'branch_filter') ?? '';
  const active = optionalBoolean(body, 'active');
  if (active !== undefined) hook.active = active;
  hook.updatedAt = giteaTime();
  return undefined;
}

function stringRecord(value: unknown): Record<string, string | undefined> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
