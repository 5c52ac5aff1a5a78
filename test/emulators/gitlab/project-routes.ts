// Projects in the GitLab emulator: the group's project list, create, show, edit, delete,
// archive/unarchive, group shares, and namespaces (how clients find a group's id).
import type { Emulator, EmulatorResponse } from '../framework/emulator.js';
import type { GitHttpHost } from '../framework/git-http.js';
import { gitlabGitPath } from './gitlab-git.js';
import { renderBranch, renderNamespace, renderProject } from './gitlab-entities.js';
import { paginatedAnswer } from './gitlab-pagination.js';
import type { GitlabStore, ProjectRecord } from './gitlab-store.js';
import { boolParam, intParam, invalidValue, listParam, missing, notFound, paramsOf, stringParam, type Params } from './request-params.js';

const api = '/api/v4';
const visibilities = ['private', 'internal', 'public'] as const;
const featureLevels = ['disabled', 'private', 'enabled'];
const mergeMethods = ['merge', 'rebase_merge', 'ff'];
const squashOptions = ['never', 'always', 'default_on', 'default_off'];
const shareLevels = [10, 15, 20, 30, 40, 50];
const pathPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function addProjectRoutes(emulator: Emulator, store: GitlabStore, git: GitHttpHost): void {
  const base = (): string => emulator.url;
  const show = (project: ProjectRecord, status = 200): EmulatorResponse => ({ status, body: renderProject(project, base(), store.bot) });

  emulator.route('GET', `${api}/namespaces/:id`, ({ params }) => {
    const group = store.findGroup(params['id'] ?? '');
    return group ? { status: 200, body: renderNamespace(group, store, base()) } : notFound('Namespace');
  });

  emulator.route('GET', `${api}/groups/:id/projects`, ({ params, query, url }) => {
    const group = store.findGroup(params['id'] ?? '');
    if (!group) return notFound('Group');
    const withSubgroups = query.get('include_subgroups') === 'true';
    const withShared = query.get('with_shared') !== 'false';
    const inScope = (project: ProjectRecord): boolean =>
      project.namespace.id === group.id ||
      (withSubgroups && project.namespace.full_path.toLowerCase().startsWith(`${group.full_path.toLowerCase()}/`)) ||
      (withShared && project.shares.some((share) => share.group.id === group.id));
    let projects = [...store.projects.values()].filter(inScope);
    const archived = query.get('archived');
    if (archived !== null) projects = projects.filter((project) => project.archived === (archived === 'true'));
    const orderBy = query.get('order_by') ?? 'created_at';
    const key = (project: ProjectRecord): string | number => (orderBy === 'id' ? project.id : orderBy === 'name' ? project.name : orderBy === 'path' ? project.path : project.created_at);
    projects.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
    if ((query.get('sort') ?? 'desc') === 'desc') projects.reverse();
    return paginatedAnswer(projects, (project) => renderProject(project, base(), store.bot), url, base());
  });

  emulator.route('POST', `${api}/projects`, (request) => {
    const params = paramsOf(request);
    const name = stringParam(params, 'name');
    const path = stringParam(params, 'path');
    if (name === undefined && path === undefined) return { status: 400, body: { error: 'name, path are missing, at least one parameter must be provided' } };
    const namespaceId = intParam(params, 'namespace_id');
    const group = namespaceId === undefined ? undefined : store.groups.get(namespaceId);
    if (group === undefined) return notFound('Namespace');
    const projectName = name ?? path ?? '';
    const projectPath = path ?? projectName.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-');
    const problem = validateNaming(store, group, projectName, projectPath);
    if (problem) return problem;
    const invalid = validateAttributes(params);
    if (invalid) return invalid;
    const project = store.createProject(group, { name: projectName, path: projectPath }, store.bot);
    assignAttributes(project, params);
    if (boolParam(params, 'initialize_with_readme') === true) store.initializeRepository(project, stringParam(params, 'default_branch') ?? 'main');
    return show(project, 201);
  });

  emulator.route('GET', `${api}/projects/:id`, ({ params }) => {
    const project = store.findProject(params['id'] ?? '');
    return project ? show(project) : notFound('Project');
  });

  emulator.route('PUT', `${api}/projects/:id`, (request) => {
    const project = store.findProject(request.params['id'] ?? '');
    if (!project) return notFound('Project');
    const params = paramsOf(request);
    const name = stringParam(params, 'name') ?? project.name;
    const path = stringParam(params, 'path') ?? project.path;
    const problem = validateNaming(store, project.namespace, name, path, project);
    if (problem) return problem;
    const invalid = validateAttributes(params);
    if (invalid) return invalid;
    const branch = stringParam(params, 'default_branch');
    if (branch !== undefined && !project.branches.includes(branch)) {
      return { status: 400, body: { message: `Could not set the default branch. Do you have a branch named '${branch}' in your repository?` } };
    }
    const before = gitlabGitPath(project);
    project.name = name;
    project.path = path;
    git.rename(before, gitlabGitPath(project));
    if (branch !== undefined) {
      project.default_branch = branch;
      git.setHead(gitlabGitPath(project), branch);
    }
    assignAttributes(project, params);
    store.touch(project);
    return show(project);
  });

  emulator.route('DELETE', `${api}/projects/:id`, ({ params }) => {
    const project = store.findProject(params['id'] ?? '');
    if (!project) return notFound('Project');
    store.projects.delete(project.id);
    git.remove(gitlabGitPath(project));
    return { status: 202, body: { message: '202 Accepted' } };
  });

  for (const action of ['archive', 'unarchive'] as const) {
    emulator.route('POST', `${api}/projects/:id/${action}`, ({ params }) => {
      const project = store.findProject(params['id'] ?? '');
      if (!project) return notFound('Project');
      project.archived = action === 'archive';
      store.touch(project);
      return show(project, 201);
    });
  }

  emulator.route('POST', `${api}/projects/:id/share`, (request) => {
    const project = store.findProject(request.params['id'] ?? '');
    if (!project) return notFound('Project');
    const params = paramsOf(request);
    const groupId = intParam(params, 'group_id');
    const access = intParam(params, 'group_access');
    if (groupId === undefined || access === undefined) return missing(...(groupId === undefined ? ['group_id'] : []), ...(access === undefined ? ['group_access'] : []));
    if (!shareLevels.includes(access)) return invalidValue('group_access');
    const group = store.groups.get(groupId);
    if (!group) return notFound('Group');
    if (project.shares.some((share) => share.group.id === groupId)) return { status: 409, body: { message: 'Project is already shared with this group' } };
    const share = { id: store.nextId(), group, group_access: access };
    project.shares.push(share);
    store.touch(project);
    return { status: 201, body: { id: share.id, project_id: project.id, group_id: group.id, group_access: access, expires_at: stringParam(params, 'expires_at') ?? null } };
  });

  emulator.route('DELETE', `${api}/projects/:id/share/:group_id`, ({ params }) => {
    const project = store.findProject(params['id'] ?? '');
    if (!project) return notFound('Project');
    const index = project.shares.findIndex((share) => String(share.group.id) === params['group_id']);
    if (index < 0) return notFound('Group Link');
    project.shares.splice(index, 1);
    store.touch(project);
    return { status: 204 };
  });

  emulator.route('POST', `${api}/projects/:id/repository/branches`, (request) => {
    const project = store.findProject(request.params['id'] ?? '');
    if (!project) return notFound('Project');
    const params = paramsOf(request);
    const branch = stringParam(params, 'branch');
    const ref = stringParam(params, 'ref');
    if (branch === undefined || ref === undefined) return missing(...(branch === undefined ? ['branch'] : []), ...(ref === undefined ? ['ref'] : []));
    if (project.branches.includes(branch)) return { status: 400, body: { message: 'Branch already exists' } };
    if (!project.branches.includes(ref)) return { status: 400, body: { message: `Invalid reference name: ${ref}` } };
    project.branches.push(branch);
    store.touch(project);
    return { status: 201, body: renderBranch(project, branch, base(), store.bot, project.updated_at) };
  });
}

function validateNaming(store: GitlabStore, group: ProjectRecord['namespace'], name: string, path: string, except?: ProjectRecord): EmulatorResponse | undefined {
  const problems: Record<string, string[]> = {};
  if (!pathPattern.test(path) || /\.(git|atom)$/.test(path)) {
    problems['path'] = ["can contain only letters, digits, '_', '-' and '.'. Cannot start with '-', end in '.git' or end in '.atom'"];
  }
  const taken = store.isTaken(group, name, path, except);
  if (taken.name) problems['name'] = ['has already been taken'];
  if (taken.path) problems['path'] = [...(problems['path'] ?? []), 'has already been taken'];
  return Object.keys(problems).length > 0 ? { status: 400, body: { message: problems } } : undefined;
}

function validateAttributes(params: Params): EmulatorResponse | undefined {
  const visibility = stringParam(params, 'visibility');
  if (visibility !== undefined && !(visibilities as readonly string[]).includes(visibility)) return invalidValue('visibility');
  for (const key of ['issues_access_level', 'wiki_access_level']) {
    const level = stringParam(params, key);
    if (level !== undefined && !featureLevels.includes(level)) return invalidValue(key);
  }
  const method = stringParam(params, 'merge_method');
  if (method !== undefined && !mergeMethods.includes(method)) return invalidValue('merge_method');
  const squash = stringParam(params, 'squash_option');
  if (squash !== undefined && !squashOptions.includes(squash)) return invalidValue('squash_option');
  return undefined;
}

function assignAttributes(project: ProjectRecord, params: Params): void {
  const description = stringParam(params, 'description');
  if (description !== undefined) project.description = description;
  const visibility = stringParam(params, 'visibility');
  if (visibility !== undefined) project.visibility = visibility as ProjectRecord['visibility'];
  const topics = listParam(params, 'topics');
  if (topics !== undefined) project.topics = [...new Set(topics.filter((topic) => topic !== ''))];
  const issues = stringParam(params, 'issues_access_level') ?? mapEnabled(boolParam(params, 'issues_enabled'));
  if (issues !== undefined) project.issues_access_level = issues;
  const wiki = stringParam(params, 'wiki_access_level') ?? mapEnabled(boolParam(params, 'wiki_enabled'));
  if (wiki !== undefined) project.wiki_access_level = wiki;
  const method = stringParam(params, 'merge_method');
  if (method !== undefined) project.merge_method = method;
  const squash = stringParam(params, 'squash_option');
  if (squash !== undefined) project.squash_option = squash;
  const removeBranch = boolParam(params, 'remove_source_branch_after_merge');
  if (removeBranch !== undefined) project.remove_source_branch_after_merge = removeBranch;
}

function mapEnabled(enabled: boolean | undefined): string | undefined {
  return enabled === undefined ? undefined : enabled ? 'enabled' : 'disabled';
}
