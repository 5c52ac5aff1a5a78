// Reading projects: the group's projects in pages of 100 (GitLab's largest), one project by
// id, and the per-project settings that cost a request each (protected branches, hooks,
// members), read only when asked for and never more than max_concurrency at a time.
import type { ProjectSchema } from '@gitbeaker/rest';
import pLimit from 'p-limit';
import type { GitlabClient } from './gitlab-client.js';
import { isStatus } from './gitlab-errors.js';
import type { DetailField, RepositoryData } from './repository-data.js';

export interface RepositoryReader {
  /** Every project directly in the group (not in subgroups, not pending deletion). */
  listProjects(): Promise<ProjectSchema[]>;
  /** The project, or undefined when it is gone or scheduled for deletion. */
  readProject(id: number): Promise<ProjectSchema | undefined>;
  readDetails(project: ProjectSchema, fields: ReadonlySet<DetailField>): Promise<RepositoryData>;
}

const pageSize = 100;

export function createRepositoryReader(client: GitlabClient, group: string, maxConcurrency: number): RepositoryReader {
  const limit = pLimit(maxConcurrency);
  return {
    async listProjects() {
      // Subgroups stay out: a project path is unique only within its own namespace, and the
      // repository name is mosaic's natural key. Shared projects belong to other groups.
      const projects = await client.groups.allProjects(group, { perPage: pageSize, includeSubgroups: false, withShared: false, orderBy: 'id', sort: 'asc' });
      return projects.filter((project) => !isPendingDeletion(project));
    },

    async readProject(id) {
      try {
        const project = await limit(() => client.projects.show(id));
        return isPendingDeletion(project) ? undefined : project;
      } catch (error) {
        if (isStatus(error, 404)) return undefined;
        throw error;
      }
    },

    async readDetails(project, fields) {
      const id = project.id;
      const [protectedBranches, hooks, members] = await Promise.all([
        fields.has('branch_protection') ? limit(() => client.protectedBranches.all(id, { perPage: pageSize })) : undefined,
        fields.has('webhooks') ? limit(() => client.hooks.all(id, { perPage: pageSize })) : undefined,
        fields.has('collaborators') ? limit(() => client.members.all(id, { perPage: pageSize })) : undefined,
      ]);
      return {
        project,
        ...(protectedBranches === undefined ? {} : { protectedBranches }),
        ...(hooks === undefined ? {} : { hooks }),
        ...(members === undefined ? {} : { members }),
      };
    },
  };
}

/** GitLab keeps a deleted project for a grace period (delayed deletion); it is gone for mosaic. */
function isPendingDeletion(project: ProjectSchema): boolean {
  const marked = (project as Record<string, unknown>)['marked_for_deletion_at'] ?? project.marked_for_deletion_on;
  return typeof marked === 'string' && marked !== '';
}
