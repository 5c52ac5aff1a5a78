// Who-can-do-what routes of the Gitea emulator: the current user, organizations and their
// teams, a repository's collaborators (with the permission endpoint) and its teams.
import type { Emulator } from '../framework/emulator.js';
import { apiError, bodyObject, notFound, optionalString, pagedList } from './gitea-http.js';
import { findRepository, isResponse, type GiteaInstance } from './gitea-instance.js';
import { renderOrganization, renderTeam, renderUser } from './gitea-shapes.js';

const collaboratorModes = ['read', 'write', 'admin'] as const;

export function addAccessRoutes(emulator: Emulator, instance: GiteaInstance): void {
  const { store } = instance;
  const appUrl = (): string => instance.appUrl();

  emulator.route('GET', '/api/v1/version', () => ({ status: 200, body: { version: '1.24.2' } }));
  emulator.route('GET', '/api/v1/user', () => ({ status: 200, body: renderUser(instance.shapes(), instance.doer) }));

  emulator.route('GET', '/api/v1/users/:username', (request) => {
    const user = store.userByName(request.params['username'] ?? '');
    return user ? { status: 200, body: renderUser(instance.shapes(), user) } : notFound(appUrl(), `user redirect does not exist [name: ${request.params['username'] ?? ''}]`);
  });

  emulator.route('GET', '/api/v1/orgs/:org', (request) => {
    const organization = store.organizationByName(request.params['org'] ?? '');
    return organization ? { status: 200, body: renderOrganization(instance.shapes(), organization) } : notFound(appUrl(), `user redirect does not exist [name: ${request.params['org'] ?? ''}]`);
  });

  emulator.route('GET', '/api/v1/orgs/:org/teams', (request) => {
    const organization = store.organizationByName(request.params['org'] ?? '');
    if (!organization) return notFound(appUrl());
    return pagedList(request, appUrl(), organization.teams.map((team) => renderTeam(instance.shapes(), organization, team)));
  });

  emulator.route('GET', '/api/v1/repos/:owner/:repo/collaborators', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const users = [...repo.collaborators.keys()].sort((a, b) => a - b).flatMap((id) => {
      const user = store.users.get(id);
      return user ? [renderUser(instance.shapes(), user)] : [];
    });
    return pagedList(request, appUrl(), users);
  });

  emulator.route('GET', '/api/v1/repos/:owner/:repo/collaborators/:collaborator', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const user = store.userByName(request.params['collaborator'] ?? '');
    if (!user) return apiError(appUrl(), 422, `user does not exist [uid: 0, name: ${request.params['collaborator'] ?? ''}]`);
    return repo.collaborators.has(user.id) ? { status: 204 } : notFound(appUrl());
  });

  emulator.route('PUT', '/api/v1/repos/:owner/:repo/collaborators/:collaborator', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const name = request.params['collaborator'] ?? '';
    const user = store.userByName(name);
    if (!user) return apiError(appUrl(), 422, `user does not exist [uid: 0, name: ${name}]`);
    if (user.id === repo.ownerId) return apiError(appUrl(), 422, 'user is the owner of the repository');
    const asked = optionalString(bodyObject(request), 'permission') ?? 'write';
    const mode = collaboratorModes.find((m) => m === asked);
    if (!mode) return apiError(appUrl(), 422, `[Permission]: must be one of read, write, admin`);
    repo.collaborators.set(user.id, mode);
    return { status: 204 };
  });

  emulator.route('DELETE', '/api/v1/repos/:owner/:repo/collaborators/:collaborator', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const name = request.params['collaborator'] ?? '';
    const user = store.userByName(name);
    if (!user) return apiError(appUrl(), 422, `user does not exist [uid: 0, name: ${name}]`);
    repo.collaborators.delete(user.id);
    return { status: 204 };
  });

  emulator.route('GET', '/api/v1/repos/:owner/:repo/collaborators/:collaborator/permission', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const name = request.params['collaborator'] ?? '';
    const user = store.userByName(name);
    if (!user) return notFound(appUrl(), `user does not exist [uid: 0, name: ${name}]`);
    const permission = store.accessOf(repo, user.id);
    return { status: 200, body: { permission, role_name: permission, user: renderUser(instance.shapes(), user) } };
  });

  emulator.route('GET', '/api/v1/repos/:owner/:repo/teams', (request) => {
    const repo = findRepository(instance, request);
    if (isResponse(repo)) return repo;
    const organization = store.organizations.get(repo.ownerId);
    if (!organization) return apiError(appUrl(), 405, 'repo is not owned by an organization');
    return { status: 200, body: store.teamsOf(repo).map((team) => renderTeam(instance.shapes(), organization, team)) };
  });

  for (const method of ['GET', 'PUT', 'DELETE'] as const) {
    emulator.route(method, '/api/v1/repos/:owner/:repo/teams/:team', (request) => {
      const repo = findRepository(instance, request);
      if (isResponse(repo)) return repo;
      const organization = store.organizations.get(repo.ownerId);
      if (!organization) return apiError(appUrl(), 405, 'repo is not owned by an organization');
      const name = request.params['team'] ?? '';
      const team = organization.teams.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!team) return apiError(appUrl(), 404, `team does not exist [org_id: ${String(organization.id)}, name: ${name}]`);
      const has = repo.teams.has(team.id);
      if (method === 'GET') return has ? { status: 200, body: renderTeam(instance.shapes(), organization, team) } : notFound(appUrl());
      if (method === 'PUT') {
        if (has) return apiError(appUrl(), 422, `team '${team.name}' is already added to repo`);
        repo.teams.add(team.id);
        return { status: 204 };
      }
      if (!has) return apiError(appUrl(), 422, `team '${team.name}' was not added to repo`);
      // Gitea keeps a team that includes all repositories on every one of them.
      if (team.includesAllRepositories) return apiError(appUrl(), 422, `team '${team.name}' includes all repositories`);
      repo.teams.delete(team.id);
      return { status: 204 };
    });
  }
}
