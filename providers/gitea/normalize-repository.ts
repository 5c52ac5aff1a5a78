// A Gitea repository record in mosaic's repository spec shape, so that what mosaic applied
// reads back equal: private -> visibility, website -> homepage, units -> features, merge styles,
// rules by branch, hooks by URL with GitHub's event names, permissions in mosaic's words.
import { ProviderError, type LiveObject, type RawObject } from '../../src/resources/provider-contract.js';
import { normalizeProtections } from './branch-protection.js';
import { normalizeCollaborators, normalizeTeams } from './permissions.js';
import { isRepositoryRecord } from './repository-record.js';
import { normalizeHooks } from './webhooks.js';

export function normalizeRepository(raw: RawObject): LiveObject {
  if (!isRepositoryRecord(raw.data)) throw new ProviderError('gitea.invalid-record', `object ${raw.id} is not a Gitea repository record`);
  const { repository: repo, branch_protections, hooks, collaborators, teams } = raw.data;
  const spec: Record<string, unknown> = {
    name: repo.name ?? '',
    description: repo.description ?? '',
    visibility: repo.private === true ? 'private' : 'public',
    default_branch: repo.default_branch ?? '',
    // Gitea keeps topics sorted; an older server may send null for none.
    topics: [...(repo.topics ?? [])].sort(),
    homepage: repo.website ?? '',
    archived: repo.archived ?? false,
    features: { issues: repo.has_issues ?? false, wiki: repo.has_wiki ?? false, projects: repo.has_projects ?? false },
    merge: {
      merge_commit: repo.allow_merge_commits ?? false,
      squash: repo.allow_squash_merge ?? false,
      rebase: repo.allow_rebase ?? false,
      delete_branch_on_merge: repo.default_delete_branch_after_merge ?? false,
    },
  };
  if (repo.mirror === true) spec['mirror'] = { url: repo.original_url ?? '', interval: repo.mirror_interval ?? '' };
  if (branch_protections) spec['branch_protection'] = normalizeProtections(branch_protections);
  if (hooks) spec['webhooks'] = normalizeHooks(hooks);
  if (collaborators) spec['collaborators'] = normalizeCollaborators(collaborators);
  if (teams) spec['teams'] = normalizeTeams(teams);
  return { id: raw.id, spec };
}
