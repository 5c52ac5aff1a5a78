// The `repository` kind on Bitbucket Cloud: the repository itself (slug from the name, id = its
// {uuid}, which survives renames) and its per-repository settings, read only where a run needs them.
import type { LimitFunction } from 'p-limit';
import { ProviderError, type FieldChange, type KindHandler, type RawObject, type Spec } from '../../src/resources/provider-contract.js';
import { kindTraits, ownershipOf, type Ownership } from '../../src/resources/resource-kind.js';
import { applyBranchProtection } from './branch-protection.js';
import type { BitbucketClient } from './bitbucket-client.js';
import type { BitbucketSettings } from './bitbucket-settings.js';
import type { BitbucketRepository, RepositoryWrite } from './bitbucket-shapes.js';
import { checkRepository } from './check-repository.js';
import { createGitRemoteReader } from './git-remote.js';
import { normalizeRepository, slugOf } from './normalize-repository.js';
import { applyCollaborators, applyTeams, createMemberLookup } from './permissions.js';
import { detailFields, readRepositoryRecord, type DetailField, type RepositoryRecord } from './repository-record.js';
import { readBoolean, readObject, readObjectList, readString, readStringMap } from './spec-values.js';
import { applyWebhooks } from './webhooks.js';

export interface RepositoryHandlerDeps {
  readonly instance: string;
  readonly client: BitbucketClient;
  readonly settings: BitbucketSettings;
  /** Bounds the per-repository requests in flight (setting max_concurrency). */
  readonly limit: LimitFunction;
}

const scalarFields = ['name', 'description', 'visibility', 'homepage', 'features', 'default_branch'] as const;

export function createRepositoryHandler(deps: RepositoryHandlerDeps): KindHandler {
  const { client, settings, limit } = deps;
  const toRaw = (record: RepositoryRecord): RawObject => ({ id: record.repository.uuid, data: record });
  const managedDetails = (spec: Spec): DetailField[] => detailFields.filter((field) => spec[field] !== undefined);

  async function requireRepository(id: string): Promise<BitbucketRepository> {
    const repository = await client.getRepository(id);
    if (repository === undefined) {
      throw new ProviderError('bitbucket.not-found', `bitbucket provider "${deps.instance}": repository ${id} is not in workspace ${settings.workspace}`, 'It was deleted or moved outside mosaic; the next plan creates it again.');
    }
    return repository;
  }

  /** Makes the per-repository lists the spec manages (those named in `fields`) what it asks. */
  async function applyDetails(repository: BitbucketRepository, spec: Spec, fields: ReadonlySet<string>, fresh: boolean): Promise<void> {
    const id = repository.uuid;
    const wanted = new Set(managedDetails(spec).filter((field) => fields.has(field)));
    // A repository created a moment ago has no restrictions, hooks or explicit permissions.
    const live = fresh ? { repository } : await readRepositoryRecord(client, repository, wanted, limit);
    const steps: Promise<void>[] = [];
    const protection = readObject(spec, 'branch_protection');
    if (protection && wanted.has('branch_protection')) steps.push(applyBranchProtection(client, id, protection, live.restrictions ?? [], limit));
    const hooks = readObjectList(spec, 'webhooks');
    if (hooks && wanted.has('webhooks')) steps.push(applyWebhooks(client, id, hooks, live.hooks ?? [], ownership(spec, 'webhooks'), limit));
    const users = readStringMap(spec, 'collaborators');
    if (users && wanted.has('collaborators')) steps.push(applyCollaborators(client, id, users, live.users ?? [], ownership(spec, 'collaborators'), createMemberLookup(client), limit));
    const groups = readStringMap(spec, 'teams');
    if (groups && wanted.has('teams')) steps.push(applyTeams(client, id, groups, live.groups ?? [], ownership(spec, 'teams'), limit));
    await Promise.all(steps);
  }

  return {
    kind: 'repository',
    immutable: [],

    async list(scope) {
      const repositories = await client.listRepositories();
      const records = await Promise.all(
        repositories.map((repository) => {
          const fields = scope === undefined ? detailFields : (scope.details.get(slugOf(repository.slug ?? repository.name)) ?? []);
          return readRepositoryRecord(client, repository, fields, limit);
        }),
      );
      return records.map(toRaw);
    },

    async read(id) {
      const repository = await client.getRepository(id);
      return repository === undefined ? undefined : toRaw(await readRepositoryRecord(client, repository, detailFields, limit));
    },

    async create(spec) {
      const name = readString(spec, 'name');
      if (name === undefined || name === '') throw new ProviderError('bitbucket.invalid-spec', 'A repository needs `name`', 'Set `name` (it defaults to the resource name).');
      const body: RepositoryWrite = {
        scm: 'git',
        ...repositoryWrite(spec, new Set(scalarFields.filter((f) => f !== 'default_branch'))),
        name,
        ...(settings.projectKey === undefined ? {} : { project: { key: settings.projectKey } }),
      };
      let repository = await client.createRepository(slugOf(name), body);
      // Bitbucket names the main branch itself on creation; it is chosen by an update.
      const branch = readString(spec, 'default_branch');
      if (branch !== undefined && repository.mainbranch?.name !== branch) repository = await client.updateRepository(repository.uuid, { mainbranch: { name: branch } });
      await applyDetails(repository, spec, new Set(detailFields), true);
      return toRaw(await readRepositoryRecord(client, repository, managedDetails(spec), limit));
    },

    async update(id, spec, changes) {
      const changed = new Set(changes.map((change: FieldChange) => change.field));
      const body = repositoryWrite(spec, changed);
      const repository = Object.keys(body).length > 0 ? await client.updateRepository(id, body) : await requireRepository(id);
      await applyDetails(repository, spec, changed, false);
      return toRaw(await readRepositoryRecord(client, repository, managedDetails(spec), limit));
    },

    async delete(id) {
      await client.deleteRepository(id);
    },

    naturalKey: (spec) => slugOf(readString(spec, 'name') ?? ''),
    normalize: normalizeRepository,
    check: checkRepository,
    gitRemote: createGitRemoteReader(client, settings, deps.instance),
  };
}

function ownership(spec: Spec, field: string): Ownership {
  const list = kindTraits.repository.ownedLists.find((l) => l.field === field);
  return list === undefined ? 'exclusive' : ownershipOf(spec, list);
}

/** The repository's own fields among `fields` that the spec manages, in Bitbucket's words. */
function repositoryWrite(spec: Spec, fields: ReadonlySet<string>): RepositoryWrite {
  const body: RepositoryWrite = {};
  const pick = (field: (typeof scalarFields)[number]): boolean => fields.has(field) && spec[field] !== undefined;
  if (pick('name')) body.name = readString(spec, 'name');
  if (pick('description')) body.description = readString(spec, 'description');
  if (pick('homepage')) body.website = readString(spec, 'homepage');
  if (pick('default_branch')) body.mainbranch = { name: readString(spec, 'default_branch') ?? '' };
  if (pick('visibility')) {
    const visibility = readString(spec, 'visibility');
    if (visibility === 'internal') throw new ProviderError('bitbucket.invalid-spec', 'Bitbucket has no internal visibility', 'Use private or public.');
    body.is_private = visibility !== 'public';
  }
  const features = pick('features') ? readObject(spec, 'features') : undefined;
  if (features) {
    const issues = readBoolean(features, 'issues');
    const wiki = readBoolean(features, 'wiki');
    if (issues !== undefined) body.has_issues = issues;
    if (wiki !== undefined) body.has_wiki = wiki;
  }
  return body;
}
