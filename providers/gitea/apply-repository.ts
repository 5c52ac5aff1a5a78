// Creating and updating a repository: the create call (or a migration for a pull mirror), then
// one edit for the repository's own settings, topics, and the per-repository settings; an
// archived repository is unarchived first and archived again last, since Gitea locks it.
import type { CreateRepoOption, EditRepoOption, Repository } from 'gitea-js';
import { ProviderError, type FieldChange, type RawObject, type Spec } from '../../src/resources/provider-contract.js';
import { syncProtections } from './branch-protection.js';
import type { GiteaClient } from './gitea-client.js';
import { cannotCreateFor, type GiteaOwner } from './gitea-owner.js';
import { migrateOption } from './mirror.js';
import { syncCollaborators, syncTeams } from './permissions.js';
import { readRecord, type GiteaRepositoryRecord } from './repository-record.js';
import { refOf, type RepositoryRef } from './repository-ref.js';
import { editOption, isEmptyOption, topicsToWrite } from './repository-settings.js';
import { detailFields, ownershipOf, repositorySpecOf, type DetailField, type RepositorySpec } from './repository-spec.js';
import { syncHooks } from './webhooks.js';

export interface ApplyDependencies {
  readonly client: GiteaClient;
  readonly owner: () => Promise<GiteaOwner>;
}

export async function createRepository(deps: ApplyDependencies, input: Spec): Promise<RawObject> {
  const { client } = deps;
  const spec = repositorySpecOf(input);
  const owner = await deps.owner();
  if (owner.kind === 'other-user') throw cannotCreateFor(client.instance, owner);
  const fullName = `${owner.name}/${spec.name}`;
  let repository: Repository;
  const setOnCreate = new Set(['name', 'description', 'visibility', 'ownership']);
  if (spec.mirror) {
    repository = await client.call(`creating pull mirror ${fullName}`, (api) => api.repos.repoMigrate(migrateOption(spec, owner.name)));
    setOnCreate.add('mirror');
  } else {
    const option: CreateRepoOption = {
      name: spec.name,
      ...(spec.description !== undefined ? { description: spec.description } : {}),
      ...(spec.visibility !== undefined ? { private: spec.visibility === 'private' } : {}),
      ...(spec.default_branch !== undefined ? { default_branch: spec.default_branch } : {}),
      // Empty, so that any default branch and protection can be set before the first push.
      auto_init: false,
    };
    repository = await client.call(`creating repository ${fullName}`, (api) =>
      owner.kind === 'organization' ? api.orgs.createOrgRepo(owner.name, option) : api.user.createCurrentUserRepo(option),
    );
    setOnCreate.add('default_branch');
  }
  const fields = new Set(Object.keys(spec).filter((field) => !setOnCreate.has(field)));
  // A new repository has no rules, hooks or collaborators yet; teams that see every
  // repository of the organization already see it, so those are read.
  const record = await applyFields(deps, owner, repository, spec, fields, { branch_protections: [], hooks: [], collaborators: [] });
  return { id: String(repository.id ?? ''), data: record };
}

export async function updateRepository(deps: ApplyDependencies, id: string, input: Spec, changes: readonly FieldChange[]): Promise<RawObject> {
  const { client } = deps;
  const spec = repositorySpecOf(input);
  const owner = await deps.owner();
  const repository = await client.find(`reading repository ${id}`, (api) => api.repositories.repoGetById(Number(id)));
  if (!repository) {
    throw new ProviderError('gitea.not-found', `Gitea provider "${client.instance}": repository ${id} no longer exists`, 'It was deleted outside mosaic; run `mosaic plan` again, which will offer to create it.');
  }
  const fields = new Set(changes.map((change) => change.field).filter((field) => field in spec));
  if (fields.has('mirror') && spec.mirror && (repository.mirror !== true || repository.original_url !== spec.mirror.url)) {
    throw new ProviderError(
      'gitea.invalid',
      `Gitea provider "${client.instance}": ${refOf(repository).fullName} cannot ${repository.mirror === true ? 'change the source of its pull mirror' : 'become a pull mirror'} in place`,
      'Gitea sets a mirror\'s source when it creates it; run `mosaic apply --replace` on the repository to make it anew (its content comes from the source again).',
    );
  }
  const record = await applyFields(deps, owner, repository, spec, fields, undefined);
  return { id, data: record };
}

type KnownDetails = Pick<GiteaRepositoryRecord, 'branch_protections' | 'hooks' | 'collaborators' | 'teams'>;

/**
 * Writes the spec's values of `fields` and returns the record as Gitea now has it, with every
 * per-repository setting the spec manages (those not written are read).
 */
async function applyFields(deps: ApplyDependencies, owner: GiteaOwner, initial: Repository, spec: RepositorySpec, fields: ReadonlySet<string>, known: KnownDetails | undefined): Promise<GiteaRepositoryRecord> {
  const { client } = deps;
  const edit = async (repository: Repository, option: EditRepoOption, doing: string): Promise<Repository> => {
    const ref = refOf(repository);
    return client.call(`${doing} ${ref.fullName}`, (api) => api.repos.repoEdit(ref.owner, ref.name, option));
  };
  // Gitea locks an archived repository (423 on protection edits): lift the lock for any other
  // change, and put it back at the end (also when the change fails) unless the spec unarchives it.
  const wasArchived = initial.archived === true;
  const archiveAtEnd = fields.has('archived') ? spec.archived === true : wasArchived;
  const unlock = wasArchived && (!archiveAtEnd || [...fields].some((field) => field !== 'archived'));
  let repository = unlock ? await edit(initial, { archived: false }, 'unarchiving') : initial;
  let record: GiteaRepositoryRecord;
  try {
    record = await applyUnlocked(client, owner, repository, spec, fields, known);
    repository = record.repository;
  } catch (error) {
    if (unlock && archiveAtEnd) await edit(repository, { archived: true }, 'archiving again').catch(() => undefined);
    throw error;
  }
  if (archiveAtEnd && repository.archived !== true) record = { ...record, repository: await edit(repository, { archived: true }, 'archiving') };
  return record;
}

async function applyUnlocked(client: GiteaClient, owner: GiteaOwner, initial: Repository, spec: RepositorySpec, fields: ReadonlySet<string>, known: KnownDetails | undefined): Promise<GiteaRepositoryRecord> {
  let repository = initial;
  const option = editOption(spec, fields);
  if (!isEmptyOption(option)) {
    const before = refOf(repository);
    repository = await client.call(`editing ${before.fullName}`, (api) => api.repos.repoEdit(before.owner, before.name, option));
  }
  if (fields.has('default_branch') && spec.default_branch !== undefined && repository.default_branch !== spec.default_branch) {
    throw new ProviderError(
      'gitea.invalid',
      `Gitea provider "${client.instance}": ${refOf(repository).fullName} kept default branch "${repository.default_branch ?? ''}": it has no branch "${spec.default_branch}"`,
      'Push the branch first; Gitea makes only an existing branch the default (any branch while the repository is empty).',
    );
  }
  const ref = refOf(repository);
  if (fields.has('topics') && spec.topics !== undefined) {
    const topics = topicsToWrite(spec, repository.topics ?? []);
    if (topics.join('\n') !== [...(repository.topics ?? [])].sort().join('\n')) {
      await client.call(`setting the topics of ${ref.fullName}`, (api) => api.repos.repoUpdateTopics(ref.owner, ref.name, { topics }));
      repository = { ...repository, topics };
    }
  }
  const written = (field: DetailField): boolean => fields.has(field) && spec[field] !== undefined;
  const [branchProtections, hooks, collaborators, teams] = await Promise.all([
    written('branch_protection') ? syncProtections(client, ref, spec.branch_protection ?? {}, known?.branch_protections) : undefined,
    written('webhooks') ? syncHooks(client, ref, spec.webhooks ?? [], ownershipOf(spec, 'webhooks') === 'exclusive', known?.hooks) : undefined,
    written('collaborators') ? syncCollaborators(client, ref, spec.collaborators ?? {}, ownershipOf(spec, 'collaborators') === 'exclusive', known?.collaborators) : undefined,
    written('teams') ? syncTeamsOf(client, owner, ref, spec) : undefined,
  ]);
  const synced: GiteaRepositoryRecord = {
    repository,
    ...(branchProtections ? { branch_protections: branchProtections } : {}),
    ...(hooks ? { hooks } : {}),
    ...(collaborators ? { collaborators } : {}),
    ...(teams ? { teams } : {}),
  };
  // Managed settings this change did not touch are read, so the result is complete.
  const untouched = detailFields.filter((field) => spec[field] !== undefined && !written(field));
  if (untouched.length === 0) return synced;
  return { ...(await readRecord(client, owner, repository, new Set(untouched))), ...synced };
}

function syncTeamsOf(client: GiteaClient, owner: GiteaOwner, ref: RepositoryRef, spec: RepositorySpec): Promise<GiteaRepositoryRecord['teams']> {
  if (owner.kind !== 'organization') {
    if (Object.keys(spec.teams ?? {}).length === 0) return Promise.resolve([]);
    return Promise.reject(
      new ProviderError('gitea.invalid', `Gitea provider "${client.instance}": ${ref.fullName} belongs to a user, and only an organization's repositories have teams`, 'Remove `teams` from this repository, or set `owner` to an organization.'),
    );
  }
  return syncTeams(client, ref, spec.teams ?? {}, ownershipOf(spec, 'teams') === 'exclusive');
}
