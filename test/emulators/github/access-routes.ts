// Who may use a repository, in the GitHub emulator: direct collaborators (a member of the
// organization is added at once, anyone else is invited), invitations, and teams.
import type { Emulator, EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';
import { linkHeader, pageOf } from '../framework/pagination.js';
import { documentation, forbidden, noContent, notFound, ok, validationFailed } from './github-answers.js';
import { roleOfPermission, type GithubShapes } from './github-shapes.js';
import type { GithubStore, Role } from './github-store.js';
import { bodyOf, isAnswer, repoOf, stringField } from './request-reading.js';
import { maxPerPage } from './repository-routes.js';

const roles = new Set<Role>(['read', 'triage', 'write', 'maintain', 'admin']);

export function registerAccessRoutes(emulator: Emulator, store: GithubStore, shapes: GithubShapes): void {
  const page = <T>(request: EmulatorRequest, items: readonly T[], shape: (item: T) => unknown): EmulatorResponse => {
    const slice = pageOf(items, request.query, { defaultPerPage: 30, maxPerPage });
    const link = linkHeader(request.url, emulator.url, slice);
    return ok(slice.items.map(shape), 200, link ? { link } : {});
  };

  emulator.route('GET', '/repos/:owner/:repo/collaborators', (request) => {
    const repo = repoOf(store, request);
    if (isAnswer(repo)) return repo;
    const affiliation = request.query.get('affiliation') ?? 'all';
    const entries = [...repo.collaborators.entries()]
      .map(([login, role]) => ({ user: store.users.get(login), role }))
      .filter((entry) => entry.user !== undefined && (affiliation !== 'outside' || !entry.user.member))
      .sort((a, b) => (a.user?.login.toLowerCase() ?? '') < (b.user?.login.toLowerCase() ?? '') ? -1 : 1);
    return page(request, entries, (entry) => (entry.user ? shapes.collaborator(entry.user, entry.role) : undefined));
  });

  emulator.route('PUT', '/repos/:owner/:repo/collaborators/:username', (request) => {
    const repo = repoOf(store, request, documentation.collaborators);
    if (isAnswer(repo)) return repo;
    const user = store.users.get((request.params['username'] ?? '').toLowerCase());
    if (!user) return notFound(documentation.collaborators);
    const permission = stringField(bodyOf(request), 'permission') ?? 'push';
    const role = roleOfPermission[permission];
    if (role === undefined) return validationFailed('Validation Failed', [{ resource: 'Repository', code: 'invalid', field: 'permission', value: permission }], documentation.collaborators);
    const key = user.login.toLowerCase();
    if (user.member || repo.collaborators.has(key)) {
      repo.collaborators.set(key, role);
      store.touch(repo);
      return noContent();
    }
    const pending = repo.invitations.find((invitation) => invitation.login.toLowerCase() === key);
    const invitation = pending ?? { id: store.id(), login: user.login, permissions: role, created_at: store.now() };
    invitation.permissions = role;
    if (!pending) repo.invitations.push(invitation);
    store.touch(repo);
    return ok(shapes.invitation(repo, invitation), 201);
  });

  emulator.route('DELETE', '/repos/:owner/:repo/collaborators/:username', (request) => {
    const repo = repoOf(store, request, documentation.collaborators);
    if (isAnswer(repo)) return repo;
    repo.collaborators.delete((request.params['username'] ?? '').toLowerCase());
    store.touch(repo);
    return noContent();
  });

  emulator.route('GET', '/repos/:owner/:repo/invitations', (request) => {
    const repo = repoOf(store, request);
    if (isAnswer(repo)) return repo;
    return page(request, repo.invitations, (invitation) => shapes.invitation(repo, invitation));
  });

  emulator.route('PATCH', '/repos/:owner/:repo/invitations/:invitation_id', (request) => {
    const repo = repoOf(store, request);
    if (isAnswer(repo)) return repo;
    const invitation = repo.invitations.find((i) => String(i.id) === request.params['invitation_id']);
    if (!invitation) return notFound();
    const permissions = stringField(bodyOf(request), 'permissions');
    if (permissions !== undefined) {
      if (!roles.has(permissions as Role)) return validationFailed('Validation Failed', [{ resource: 'RepositoryInvitation', code: 'invalid', field: 'permissions' }]);
      invitation.permissions = permissions as Role;
    }
    store.touch(repo);
    return ok(shapes.invitation(repo, invitation));
  });

  emulator.route('DELETE', '/repos/:owner/:repo/invitations/:invitation_id', (request) => {
    const repo = repoOf(store, request);
    if (isAnswer(repo)) return repo;
    repo.invitations = repo.invitations.filter((i) => String(i.id) !== request.params['invitation_id']);
    store.touch(repo);
    return noContent();
  });

  emulator.route('GET', '/repos/:owner/:repo/teams', (request) => {
    const repo = repoOf(store, request);
    if (isAnswer(repo)) return repo;
    const teams = [...repo.teams.entries()].flatMap(([slug, permission]) => {
      const team = store.teams.get(slug);
      return team ? [{ team, permission }] : [];
    });
    return page(request, teams, ({ team, permission }) => shapes.team(team, permission));
  });

  const teamRoute = '/orgs/:org/teams/:team_slug/repos/:owner/:repo';
  const resolveTeam = (request: EmulatorRequest) => {
    if (store.ownerType !== 'organization' || request.params['org']?.toLowerCase() !== store.owner.toLowerCase()) return notFound(documentation.teams);
    const team = store.teams.get((request.params['team_slug'] ?? '').toLowerCase());
    if (!team) return notFound(documentation.teams);
    const repo = repoOf(store, request, documentation.teams);
    return isAnswer(repo) ? repo : { team, repo };
  };

  emulator.route('PUT', teamRoute, (request) => {
    const resolved = resolveTeam(request);
    if ('status' in resolved) return resolved;
    const permission = stringField(bodyOf(request), 'permission') ?? 'push';
    if (roleOfPermission[permission] === undefined) return validationFailed('Validation Failed', [{ resource: 'Team', code: 'invalid', field: 'permission', value: permission }], documentation.teams);
    if (resolved.repo.archived) return forbidden('Repository was archived so is read-only.', documentation.teams);
    resolved.repo.teams.set(resolved.team.slug.toLowerCase(), permission);
    store.touch(resolved.repo);
    return noContent();
  });

  emulator.route('DELETE', teamRoute, (request) => {
    const resolved = resolveTeam(request);
    if ('status' in resolved) return resolved;
    resolved.repo.teams.delete(resolved.team.slug.toLowerCase());
    store.touch(resolved.repo);
    return noContent();
  });
}
