// A project's settings in the GitLab emulator that have endpoints of their own: hooks,
// direct members and protected branches (each listed with GitLab's pagination).
import type { Emulator, EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';
import { hookSwitchNames, renderHook, renderMember, renderProtectedBranch } from './gitlab-entities.js';
import { paginatedAnswer } from './gitlab-pagination.js';
import type { GitlabStore, ProjectRecord } from './gitlab-store.js';
import { boolParam, intParam, invalidValue, missing, notFound, paramsOf, stringParam, type Params } from './request-params.js';

const api = '/api/v4/projects/:id';
const memberLevels = [5, 10, 15, 20, 30, 40, 50];
const protectionLevels = [0, 30, 40, 60];

export function addProjectSettingsRoutes(emulator: Emulator, store: GitlabStore): void {
  const base = (): string => emulator.url;
  /** Runs `handle` on the project the path names, or answers GitLab's 404. */
  const withProject = (handle: (project: ProjectRecord, request: EmulatorRequest) => EmulatorResponse) => (request: EmulatorRequest): EmulatorResponse => {
    const project = store.findProject(request.params['id'] ?? '');
    return project ? handle(project, request) : notFound('Project');
  };

  // Hooks
  emulator.route('GET', `${api}/hooks`, withProject((project, { url }) => paginatedAnswer(project.hooks, (hook) => renderHook(hook, project), url, base())));
  emulator.route('POST', `${api}/hooks`, withProject((project, request) => {
    const params = paramsOf(request);
    const url = stringParam(params, 'url');
    if (url === undefined) return missing('url');
    if (!/^https?:\/\/\S+$/.test(url)) return { status: 422, body: { error: 'Invalid url given' } };
    const switches: Record<string, boolean> = { push_events: true };
    assignSwitches(switches, params);
    const hook = store.addHook(project, url, switches, stringParam(params, 'token'));
    hook.enable_ssl_verification = boolParam(params, 'enable_ssl_verification') ?? true;
    hook.push_events_branch_filter = stringParam(params, 'push_events_branch_filter') ?? '';
    return { status: 201, body: renderHook(hook, project) };
  }));
  emulator.route('PUT', `${api}/hooks/:hook_id`, withProject((project, request) => {
    const hook = project.hooks.find((candidate) => String(candidate.id) === request.params['hook_id']);
    if (!hook) return notFound('Hook');
    const params = paramsOf(request);
    const url = stringParam(params, 'url');
    if (url === undefined) return missing('url');
    if (!/^https?:\/\/\S+$/.test(url)) return { status: 422, body: { error: 'Invalid url given' } };
    hook.url = url;
    assignSwitches(hook.switches, params);
    const token = stringParam(params, 'token');
    if (token !== undefined) hook.token = token;
    hook.enable_ssl_verification = boolParam(params, 'enable_ssl_verification') ?? hook.enable_ssl_verification;
    return { status: 200, body: renderHook(hook, project) };
  }));
  emulator.route('DELETE', `${api}/hooks/:hook_id`, withProject((project, request) => {
    const index = project.hooks.findIndex((candidate) => String(candidate.id) === request.params['hook_id']);
    if (index < 0) return notFound('Hook');
    project.hooks.splice(index, 1);
    return { status: 204 };
  }));

  // Direct members
  emulator.route('GET', `${api}/members`, withProject((project, { url }) => paginatedAnswer(project.members, (member) => renderMember(member, base()), url, base())));
  emulator.route('POST', `${api}/members`, withProject((project, request) => {
    const params = paramsOf(request);
    const level = intParam(params, 'access_level');
    const userId = intParam(params, 'user_id');
    const username = stringParam(params, 'username');
    if (level === undefined) return missing('access_level');
    if (userId === undefined && username === undefined) return { status: 400, body: { error: 'user_id, username are missing, exactly one parameter must be provided' } };
    if (!memberLevels.includes(level)) return invalidValue('access_level');
    const user = userId !== undefined ? store.users.get(userId) : store.findUser(username ?? '');
    if (!user) return notFound('User');
    if (project.members.some((member) => member.user.id === user.id)) return { status: 409, body: { message: 'Member already exists' } };
    const member = { user, access_level: level, created_at: store.now(), created_by: store.bot };
    project.members.push(member);
    return { status: 201, body: renderMember(member, base()) };
  }));
  emulator.route('PUT', `${api}/members/:user_id`, withProject((project, request) => {
    const member = project.members.find((candidate) => String(candidate.user.id) === request.params['user_id']);
    if (!member) return notFound('Member');
    const level = intParam(paramsOf(request), 'access_level');
    if (level === undefined) return missing('access_level');
    if (!memberLevels.includes(level)) return invalidValue('access_level');
    member.access_level = level;
    return { status: 200, body: renderMember(member, base()) };
  }));
  emulator.route('DELETE', `${api}/members/:user_id`, withProject((project, request) => {
    const index = project.members.findIndex((candidate) => String(candidate.user.id) === request.params['user_id']);
    if (index < 0) return notFound('Member');
    project.members.splice(index, 1);
    return { status: 204 };
  }));

  // Protected branches
  emulator.route('GET', `${api}/protected_branches`, withProject((project, { url }) => paginatedAnswer(project.protected_branches, renderProtectedBranch, url, base())));
  emulator.route('POST', `${api}/protected_branches`, withProject((project, request) => {
    const params = paramsOf(request);
    const name = stringParam(params, 'name');
    if (name === undefined) return missing('name');
    if (project.protected_branches.some((branch) => branch.name === name)) return { status: 409, body: { message: `Protected branch '${name}' already exists` } };
    const push = intParam(params, 'push_access_level') ?? 40;
    const merge = intParam(params, 'merge_access_level') ?? 40;
    if (!protectionLevels.includes(push)) return invalidValue('push_access_level');
    if (!protectionLevels.includes(merge)) return invalidValue('merge_access_level');
    const branch = store.protectBranch(project, name, { push, merge, allowForcePush: boolParam(params, 'allow_force_push') ?? false, codeOwners: boolParam(params, 'code_owner_approval_required') ?? false });
    return { status: 201, body: renderProtectedBranch(branch) };
  }));
  emulator.route('PATCH', `${api}/protected_branches/:name`, withProject((project, request) => {
    const branch = project.protected_branches.find((candidate) => candidate.name === request.params['name']);
    if (!branch) return { status: 404, body: { message: '404 Not found' } };
    const params = paramsOf(request);
    branch.allow_force_push = boolParam(params, 'allow_force_push') ?? branch.allow_force_push;
    branch.code_owner_approval_required = boolParam(params, 'code_owner_approval_required') ?? branch.code_owner_approval_required;
    return { status: 200, body: renderProtectedBranch(branch) };
  }));
  emulator.route('DELETE', `${api}/protected_branches/:name`, withProject((project, request) => {
    const index = project.protected_branches.findIndex((candidate) => candidate.name === request.params['name']);
    if (index < 0) return { status: 404, body: { message: '404 Not found' } };
    project.protected_branches.splice(index, 1);
    return { status: 204 };
  }));
}

function assignSwitches(switches: Record<string, boolean>, params: Params): void {
  for (const name of hookSwitchNames) {
    const value = boolParam(params, name);
    if (value !== undefined) switches[name] = value;
  }
}
