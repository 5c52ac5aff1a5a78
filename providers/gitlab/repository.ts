// The `repository` kind on GitLab: a project in the provider's group. The project's own
// attributes go in one create/edit call; archiving, the default branch, protected branches,
// hooks, members and group shares follow, each only when the spec manages it.
import type { ProjectSchema } from '@gitbeaker/rest';
import { ProviderError, type FieldChange, type KindHandler, type RawObject, type Spec } from '../../src/resources/provider-contract.js';
import { applyBranchProtection } from './branch-protection.js';
import { checkRepository } from './check-repository.js';
import { createGitRemoteReader } from './git-remote.js';
import { applyCollaborators } from './collaborators.js';
import type { GitlabClient } from './gitlab-client.js';
import { describeGitlabError, isStatus, removeIfPresent } from './gitlab-errors.js';
import { normalizeRepository } from './normalize-repository.js';
import { encodeProjectAttributes } from './project-attributes.js';
import { detailFields, isDetailField, type DetailField } from './repository-data.js';
import { createRepositoryReader } from './repository-reader.js';
import { ownershipOf, readBoolean, readObject, readObjectList, readString } from './spec-fields.js';
import { applyTeams } from './teams.js';
import { applyWebhooks, type WebhookSpec } from './webhooks.js';

export interface RepositoryHandlerOptions {
  readonly instance: string;
  readonly group: string;
  readonly maxConcurrency: number;
  /** For git over HTTPS (gitRemote); never in messages. */
  readonly token: string;
}

export function createRepositoryHandler(client: GitlabClient, options: RepositoryHandlerOptions): KindHandler {
  const { instance, group } = options;
  const reader = createRepositoryReader(client, group, options.maxConcurrency);
  const gitRemote = createGitRemoteReader(reader, instance, options.token);
  const namespaceIds = new Map<string, Promise<number>>();
  const allDetails = new Set<DetailField>(detailFields);

  /** Runs `work`, turning GitLab's refusals into ProviderErrors about `subject`. */
  async function guarded<T>(subject: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw describeGitlabError(instance, subject, error);
    }
  }

  /** A group's id by full path, asked once per run. */
  function resolveGroupId(path: string): Promise<number> {
    const key = path.toLowerCase();
    let id = namespaceIds.get(key);
    if (id === undefined) {
      id = client.namespaces.show(path).then((namespace) => {
        if (namespace.kind !== 'group') throw new ProviderError('gitlab.invalid-spec', `provider "${instance}": ${path} is a user namespace, not a group`, 'Projects and shares need a group path.');
        return namespace.id;
      });
      id.catch(() => namespaceIds.delete(key));
      namespaceIds.set(key, id);
    }
    return id;
  }

  async function readRaw(id: number, fields: ReadonlySet<DetailField>): Promise<RawObject | undefined> {
    const project = await reader.readProject(id);
    if (project === undefined) return undefined;
    return { id: String(project.id), data: await reader.readDetails(project, fields) };
  }

  function describeGone(id: number): ProviderError {
    return new ProviderError('gitlab.not-found', `provider "${instance}": project ${String(id)} no longer exists`, 'It was deleted outside mosaic; run `mosaic plan` again, which will offer to create it.');
  }

  async function requireRaw(id: number, fields: ReadonlySet<DetailField>): Promise<RawObject> {
    const raw = await readRaw(id, fields);
    if (raw === undefined) throw describeGone(id);
    return raw;
  }

  /** Applies the fields of `spec` named in `apply` that live outside the project's attributes. */
  async function applySettings(project: ProjectSchema, spec: Spec, apply: ReadonlySet<string>): Promise<void> {
    const wanted = (field: string): boolean => apply.has(field) && spec[field] !== undefined;
    const details = await reader.readDetails(project, new Set(detailFields.filter(wanted)));
    const protection = readObject(spec, 'branch_protection');
    if (wanted('branch_protection') && protection !== undefined) await applyBranchProtection(client, project.id, protection, details.protectedBranches ?? []);
    const hooks = readObjectList(spec, 'webhooks');
    if (wanted('webhooks') && hooks !== undefined) await applyWebhooks(client, project.id, hooks as readonly Record<string, unknown>[] as unknown as readonly WebhookSpec[], ownershipOf(spec, 'webhooks'), details.hooks ?? []);
    const collaborators = readObject(spec, 'collaborators');
    if (wanted('collaborators') && collaborators !== undefined) await applyCollaborators(client, project.id, collaborators, ownershipOf(spec, 'collaborators'), details.members ?? []);
    const teams = readObject(spec, 'teams');
    if (wanted('teams') && teams !== undefined) await applyTeams(client, project.id, group, teams, ownershipOf(spec, 'teams'), project.shared_with_groups ?? [], resolveGroupId);
  }

  /** Makes `branch` the default, creating it from the current default first when it is missing. */
  async function switchDefaultBranch(project: ProjectSchema, branch: string): Promise<void> {
    try {
      await client.branches.create(project.id, branch, project.default_branch);
    } catch (error) {
      if (!(isStatus(error, 400) && /already exists/i.test(error.apiMessage))) throw error;
    }
    await client.projects.edit(project.id, { defaultBranch: branch });
  }

  function managedDetails(spec: Spec): Set<DetailField> {
    return new Set(Object.keys(spec).filter(isDetailField));
  }

  return {
    kind: 'repository',
    immutable: [],

    list: (scope) =>
      guarded(`listing the projects of group ${group}`, async () => {
        const projects = await reader.listProjects();
        return Promise.all(
          projects.map(async (project) => {
            const fields = scope === undefined ? allDetails : new Set([...(scope.details.get(project.path.toLowerCase()) ?? [])].filter(isDetailField));
            return { id: String(project.id), data: await reader.readDetails(project, fields) };
          }),
        );
      }),

    read: (id) => guarded(`reading project ${id}`, () => (/^\d+$/.test(id) ? readRaw(Number(id), allDetails) : Promise.resolve(undefined))),

    create: (spec) => {
      const name = readString(spec, 'name');
      if (name === undefined || name === '') return Promise.reject(new ProviderError('gitlab.invalid-spec', 'A repository needs `name`', 'Set `name` on the repository.'));
      return guarded(`creating project "${name}" in group ${group}`, async () => {
        const namespaceId = await resolveGroupId(group);
        const defaultBranch = readString(spec, 'default_branch');
        const created = await client.projects.create({
          ...encodeProjectAttributes(spec),
          name,
          path: name,
          namespaceId,
          // GitLab honours default_branch only for a repository it initializes with a README.
          ...(defaultBranch === undefined ? {} : { initializeWithReadme: true, defaultBranch }),
        });
        await applySettings(created, spec, new Set(Object.keys(spec)));
        if (readBoolean(spec, 'archived') === true) await client.projects.archive(created.id);
        return requireRaw(created.id, managedDetails(spec));
      });
    },

    update: (id, spec, changes: readonly FieldChange[]) =>
      guarded(`updating project ${id}`, async () => {
        const projectId = Number(id);
        const project = await reader.readProject(projectId);
        if (project === undefined) throw describeGone(projectId);
        // Without a list of changes (a direct call), every managed field is applied.
        const apply = new Set(changes.length > 0 ? changes.map((change) => change.field) : Object.keys(spec));
        const scoped: Record<string, unknown> = { ownership: spec['ownership'] };
        for (const field of apply) scoped[field] = spec[field];
        const archived = apply.has('archived') ? readBoolean(spec, 'archived') : undefined;
        // Changes land on an unarchived project where the plan allows: unarchive first, archive last.
        if (archived === false && project.archived) await client.projects.unarchive(projectId);
        const attributes = encodeProjectAttributes(scoped, project, changes);
        if (Object.keys(attributes).length > 0) await client.projects.edit(projectId, attributes);
        const branch = apply.has('default_branch') ? readString(spec, 'default_branch') : undefined;
        if (branch !== undefined && branch !== project.default_branch) await switchDefaultBranch(project, branch);
        await applySettings(project, spec, apply);
        if (archived === true && !project.archived) await client.projects.archive(projectId);
        return requireRaw(projectId, managedDetails(spec));
      }),

    delete: (id) =>
      guarded(`deleting project ${id}`, async () => {
        await removeIfPresent(() => client.projects.remove(Number(id)));
      }),

    naturalKey: (spec) => (readString(spec, 'name') ?? '').toLowerCase(),

    normalize: (raw) => normalizeRepository(raw, group),

    check: checkRepository,

    gitRemote: (id) => guarded(`reading the clone URL of project ${id}`, () => gitRemote(id)),
  };
}
