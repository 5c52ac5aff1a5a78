// The emulator's explicit repository permissions (permissions-config users and groups) and the
// workspace member list the provider resolves nicknames with.
import type { EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';
import { errorResponse, originOf, pageResponse, renderGroupPermission, renderMembership, renderUserPermission } from './bitbucket-objects.js';
import type { BitbucketStore, StoredRepository } from './bitbucket-store.js';
import { api, bodyOf, isResponse, resolveRepository, type RouteTable } from './repository-routes.js';

const permissions = new Set(['read', 'write', 'admin']);

function withRepository(store: BitbucketStore, handle: (request: EmulatorRequest, repository: StoredRepository) => EmulatorResponse): (request: EmulatorRequest) => EmulatorResponse {
  return (request) => {
    const repository = resolveRepository(store, request);
    return isResponse(repository) ? repository : handle(request, repository);
  };
}

/** The permission a PUT body grants (RepoPermissionUpdateSchema), or the 400. */
function readPermission(request: EmulatorRequest): string | EmulatorResponse {
  const body = bodyOf(request);
  const permission = body?.['permission'];
  if (body === undefined || Object.keys(body).some((key) => key !== 'permission')) return errorResponse(400, 'Bad request', 'The body takes only "permission".');
  if (typeof permission !== 'string' || !permissions.has(permission)) return errorResponse(400, `permission: "${String(permission)}" is not one of read, write, admin`);
  return permission;
}

export function registerPermissionRoutes(emulator: RouteTable, store: BitbucketStore): void {
  const users = `${api}/repositories/:workspace/:repo_slug/permissions-config/users`;
  emulator.route('GET', users, withRepository(store, (request, repository) => {
    const origin = originOf(request);
    const items = [...repository.userPermissions].flatMap(([uuid, permission]) => {
      const member = store.findMember(uuid);
      return member ? [renderUserPermission(store, repository, member, permission, origin)] : [];
    });
    return pageResponse(request, items);
  }));
  emulator.route('GET', `${users}/:selected_user_id`, withRepository(store, (request, repository) => {
    const member = store.findMember(request.params['selected_user_id'] ?? '');
    const permission = member && repository.userPermissions.get(member.uuid);
    return member && permission ? { status: 200, body: renderUserPermission(store, repository, member, permission, originOf(request)) } : errorResponse(404, 'No explicit permission for this user on this repository.');
  }));
  emulator.route('PUT', `${users}/:selected_user_id`, withRepository(store, (request, repository) => {
    const member = store.findMember(request.params['selected_user_id'] ?? '');
    if (!member) return errorResponse(404, 'User not found: the selected user must be a member of the workspace.');
    const permission = readPermission(request);
    if (isResponse(permission)) return permission;
    repository.userPermissions.set(member.uuid, permission);
    return { status: 200, body: renderUserPermission(store, repository, member, permission, originOf(request)) };
  }));
  emulator.route('DELETE', `${users}/:selected_user_id`, withRepository(store, (request, repository) => {
    const member = store.findMember(request.params['selected_user_id'] ?? '');
    if (!member || !repository.userPermissions.delete(member.uuid)) return errorResponse(404, 'No explicit permission for this user on this repository.');
    return { status: 204 };
  }));

  const groups = `${api}/repositories/:workspace/:repo_slug/permissions-config/groups`;
  emulator.route('GET', groups, withRepository(store, (request, repository) => {
    const origin = originOf(request);
    const items = [...repository.groupPermissions].flatMap(([slug, permission]) => {
      const group = store.findGroup(slug);
      return group ? [renderGroupPermission(store, repository, group, permission, origin)] : [];
    });
    return pageResponse(request, items);
  }));
  emulator.route('GET', `${groups}/:group_slug`, withRepository(store, (request, repository) => {
    const group = store.findGroup(request.params['group_slug'] ?? '');
    const permission = group && repository.groupPermissions.get(group.slug);
    return group && permission ? { status: 200, body: renderGroupPermission(store, repository, group, permission, originOf(request)) } : errorResponse(404, 'No explicit permission for this group on this repository.');
  }));
  emulator.route('PUT', `${groups}/:group_slug`, withRepository(store, (request, repository) => {
    const group = store.findGroup(request.params['group_slug'] ?? '');
    if (!group) return errorResponse(404, `Group ${request.params['group_slug'] ?? ''} not found in workspace ${store.workspace.slug}.`);
    const permission = readPermission(request);
    if (isResponse(permission)) return permission;
    repository.groupPermissions.set(group.slug, permission);
    return { status: 200, body: renderGroupPermission(store, repository, group, permission, originOf(request)) };
  }));
  emulator.route('DELETE', `${groups}/:group_slug`, withRepository(store, (request, repository) => {
    const group = store.findGroup(request.params['group_slug'] ?? '');
    if (!group || !repository.groupPermissions.delete(group.slug)) return errorResponse(404, 'No explicit permission for this group on this repository.');
    return { status: 204 };
  }));

  emulator.route('GET', `${api}/workspaces/:workspace/members`, (request) => {
    if (!store.isWorkspace(request.params['workspace'] ?? '')) return errorResponse(404, `No workspace with identifier '${request.params['workspace'] ?? ''}'.`);
    const origin = originOf(request);
    return pageResponse(request, store.members.map((m) => renderMembership(store, m, origin)));
  });
}
