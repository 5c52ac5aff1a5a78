// Renders the emulator's state as Bitbucket Cloud's JSON objects (type, {uuid}, links, full_name
// ...), within what the official description allows (e.g. only its link names), and its
// paginated envelope and error bodies.
import { pageOf } from '../framework/pagination.js';
import type { EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';
import type { BitbucketStore, StoredGroup, StoredHook, StoredMember, StoredProject, StoredRepository, StoredRestriction } from './bitbucket-store.js';

/** Bitbucket's page sizes: 10 unless asked, 100 at most. */
export const defaultPageLength = 10;
export const maxPageLength = 100;

type Json = Record<string, unknown>;

/** Where answers link to: the API root as the client reached it, and the web site beside it. */
export interface Origin {
  readonly api: string;
  readonly web: string;
}

export function originOf(request: EmulatorRequest): Origin {
  const host = request.headers.host ?? '127.0.0.1';
  return { api: `http://${host}/2.0`, web: `http://${host}` };
}

const link = (href: string): Json => ({ href });

export function errorBody(message: string, detail?: string): Json {
  return { type: 'error', error: { message, ...(detail === undefined ? {} : { detail }) } };
}

export function errorResponse(status: number, message: string, detail?: string): EmulatorResponse {
  return { status, body: errorBody(message, detail) };
}

/** One page of a list in Bitbucket's envelope; `next`/`previous` keep the request's other parameters. */
export function pageResponse(request: EmulatorRequest, items: readonly Json[]): EmulatorResponse {
  const page = pageOf(items, request.query, { perPageParam: 'pagelen', defaultPerPage: defaultPageLength, maxPerPage: maxPageLength });
  if (page.page > page.lastPage) return errorResponse(404, 'Invalid page');
  const pageLink = (n: number): string => {
    const url = new URL(request.url.pathname + request.url.search, `http://${request.headers.host ?? '127.0.0.1'}`);
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  return {
    status: 200,
    body: {
      pagelen: page.perPage,
      size: page.total,
      page: page.page,
      values: page.items,
      ...(page.page < page.lastPage ? { next: pageLink(page.page + 1) } : {}),
      ...(page.page > 1 ? { previous: pageLink(page.page - 1) } : {}),
    },
  };
}

export function renderWorkspace(store: BitbucketStore, origin: Origin): Json {
  const { slug, uuid, name, createdOn } = store.workspace;
  return {
    type: 'workspace',
    uuid,
    name,
    slug,
    is_private: true,
    created_on: createdOn,
    links: {
      avatar: link(`${origin.web}/workspaces/${slug}/avatar/?ts=0`),
      html: link(`${origin.web}/${slug}/`),
      self: link(`${origin.api}/workspaces/${slug}`),
    },
  };
}

/** The workspace as a repository's owner (an account of type team). */
function renderOwner(store: BitbucketStore, origin: Origin): Json {
  const { slug, uuid, name } = store.workspace;
  return {
    type: 'team',
    uuid,
    username: slug,
    display_name: name,
    links: { self: link(`${origin.api}/workspaces/${slug}`), html: link(`${origin.web}/${slug}/`), avatar: link(`${origin.web}/account/${slug}/avatar/`) },
  };
}

export function renderProject(store: BitbucketStore, project: StoredProject, origin: Origin): Json {
  const ws = store.workspace.slug;
  return {
    type: 'project',
    key: project.key,
    uuid: project.uuid,
    name: project.name,
    links: { html: link(`${origin.web}/${ws}/workspace/projects/${project.key}`), avatar: link(`${origin.web}/${ws}/workspace/projects/${project.key}/avatar/32`) },
  };
}

/** The short form Bitbucket nests in other objects (hooks, permissions). */
export function renderRepositoryRef(store: BitbucketStore, repository: StoredRepository, origin: Origin): Json {
  const fullName = `${store.workspace.slug}/${repository.slug}`;
  return {
    type: 'repository',
    full_name: fullName,
    name: repository.name,
    uuid: repository.uuid,
    links: { self: link(`${origin.api}/repositories/${fullName}`), html: link(`${origin.web}/${fullName}`), avatar: link(`${origin.web}/${fullName}/avatar/32`) },
  };
}

export function renderRepository(store: BitbucketStore, repository: StoredRepository, origin: Origin): Json {
  const ws = store.workspace.slug;
  const fullName = `${ws}/${repository.slug}`;
  const api = `${origin.api}/repositories/${fullName}`;
  const project = store.findProject(repository.projectKey);
  return {
    type: 'repository',
    full_name: fullName,
    links: {
      self: link(api),
      html: link(`${origin.web}/${fullName}`),
      avatar: link(`${origin.web}/${fullName}/avatar/32`),
      pullrequests: link(`${api}/pullrequests`),
      commits: link(`${api}/commits`),
      forks: link(`${api}/forks`),
      watchers: link(`${api}/watchers`),
      downloads: link(`${api}/downloads`),
      hooks: link(`${api}/hooks`),
      clone: [
        { name: 'https', href: `${origin.web}/${fullName}.git` },
        { name: 'ssh', href: `git@${new URL(origin.web).hostname}:${fullName}.git` },
      ],
    },
    name: repository.name,
    slug: repository.slug,
    description: repository.description,
    scm: 'git',
    website: repository.website,
    owner: renderOwner(store, origin),
    workspace: renderWorkspace(store, origin),
    is_private: repository.isPrivate,
    ...(project ? { project: renderProject(store, project, origin) } : {}),
    fork_policy: repository.forkPolicy,
    created_on: repository.createdOn,
    updated_on: repository.updatedOn,
    size: 0,
    language: repository.language,
    uuid: repository.uuid,
    mainbranch: { name: repository.mainbranch, type: 'branch' },
    override_settings: { default_merge_strategy: true, branching_model: true },
    has_issues: repository.hasIssues,
    has_wiki: repository.hasWiki,
  };
}

export function renderUser(member: StoredMember, origin: Origin): Json {
  return {
    type: 'user',
    display_name: member.displayName,
    uuid: member.uuid,
    account_id: member.accountId,
    nickname: member.nickname,
    links: {
      self: link(`${origin.api}/users/${encodeURIComponent(member.uuid)}`),
      avatar: link(`${origin.web}/avatars/${member.nickname}.png`),
      html: link(`${origin.web}/${encodeURIComponent(member.uuid)}/`),
    },
  };
}

export function renderGroup(store: BitbucketStore, group: StoredGroup, origin: Origin): Json {
  const ws = store.workspace.slug;
  return {
    type: 'group',
    name: group.name,
    slug: group.slug,
    full_slug: `${ws}:${group.slug}`,
    links: { self: link(`${origin.api}/groups/${ws}/${group.slug}`), html: link(`${origin.web}/${ws}/workspace/settings/groups/${group.slug}`) },
  };
}

export function renderRestriction(store: BitbucketStore, repository: StoredRepository, restriction: StoredRestriction, origin: Origin): Json {
  const fullName = `${store.workspace.slug}/${repository.slug}`;
  return {
    type: 'branchrestriction',
    id: restriction.id,
    kind: restriction.kind,
    branch_match_kind: restriction.branchMatchKind,
    ...(restriction.branchMatchKind === 'glob' ? { pattern: restriction.pattern } : { branch_type: restriction.branchType, pattern: '' }),
    value: restriction.value,
    users: restriction.users.flatMap((id) => {
      const member = store.findMember(id);
      return member ? [renderUser(member, origin)] : [];
    }),
    groups: restriction.groups.flatMap((slug) => {
      const group = store.findGroup(slug);
      return group ? [renderGroup(store, group, origin)] : [];
    }),
    links: { self: link(`${origin.api}/repositories/${fullName}/branch-restrictions/${String(restriction.id)}`) },
  };
}

export function renderHook(store: BitbucketStore, repository: StoredRepository, hook: StoredHook, origin: Origin): Json {
  const fullName = `${store.workspace.slug}/${repository.slug}`;
  return {
    type: 'webhook_subscription',
    uuid: hook.uuid,
    url: hook.url,
    description: hook.description,
    subject_type: 'repository',
    subject: renderRepositoryRef(store, repository, origin),
    active: hook.active,
    created_at: hook.createdAt,
    events: [...hook.events].sort(),
    secret_set: hook.secret !== undefined,
    links: { self: link(`${origin.api}/repositories/${fullName}/hooks/${encodeURIComponent(hook.uuid)}`) },
  };
}

export function renderUserPermission(store: BitbucketStore, repository: StoredRepository, member: StoredMember, permission: string, origin: Origin): Json {
  const fullName = `${store.workspace.slug}/${repository.slug}`;
  return {
    type: 'repository_user_permission',
    permission,
    user: renderUser(member, origin),
    repository: renderRepositoryRef(store, repository, origin),
    links: { self: link(`${origin.api}/repositories/${fullName}/permissions-config/users/${encodeURIComponent(member.accountId)}`) },
  };
}

export function renderGroupPermission(store: BitbucketStore, repository: StoredRepository, group: StoredGroup, permission: string, origin: Origin): Json {
  const fullName = `${store.workspace.slug}/${repository.slug}`;
  return {
    type: 'repository_group_permission',
    permission,
    group: renderGroup(store, group, origin),
    repository: renderRepositoryRef(store, repository, origin),
    links: { self: link(`${origin.api}/repositories/${fullName}/permissions-config/groups/${group.slug}`) },
  };
}

export function renderMembership(store: BitbucketStore, member: StoredMember, origin: Origin): Json {
  return {
    type: 'workspace_membership',
    user: renderUser(member, origin),
    workspace: renderWorkspace(store, origin),
    links: { self: link(`${origin.api}/workspaces/${store.workspace.slug}/members/${encodeURIComponent(member.uuid)}`) },
  };
}
