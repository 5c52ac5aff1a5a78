// The `repository` kind on Gitea. Ids are Gitea's numeric repository ids (stable across
// renames); the natural key is the lower-cased name, as Gitea's names are case-insensitive.
// Listing reads the per-repository settings only for the repositories and fields in scope.
import type { GitRemote, KindHandler, ListScope, RawObject } from '../../src/resources/provider-contract.js';
import { createRepository, updateRepository, type ApplyDependencies } from './apply-repository.js';
import { checkRepository } from './check-repository.js';
import { listOwnerRepositories } from './gitea-owner.js';
import { normalizeRepository } from './normalize-repository.js';
import { readRecord } from './repository-record.js';
import { refOf } from './repository-ref.js';
import { detailFields, repositorySpecOf, type DetailField } from './repository-spec.js';

const allDetails: ReadonlySet<DetailField> = new Set(detailFields);

export function createRepositoryHandler(deps: ApplyDependencies, gitRemote: (id: string) => Promise<GitRemote>): KindHandler {
  const { client } = deps;

  const detailsFor = (name: string, scope: ListScope | undefined): ReadonlySet<DetailField> => {
    if (!scope) return allDetails;
    const managed = scope.details.get(name.toLowerCase());
    return new Set(detailFields.filter((field) => managed?.has(field) === true));
  };

  return {
    kind: 'repository',
    // A pull mirror's source is set when Gitea makes it; its interval changes in place.
    immutable: ['mirror.url'],

    async list(scope?: ListScope) {
      const owner = await deps.owner();
      const repositories = await listOwnerRepositories(client, owner);
      // Every request goes through the client's concurrency limit, so these may all start.
      return Promise.all(
        repositories.map(async (repository): Promise<RawObject> => {
          const fields = detailsFor(repository.name ?? '', scope);
          const data = fields.size > 0 ? await readRecord(client, owner, repository, fields) : { repository };
          return { id: String(repository.id ?? ''), data };
        }),
      );
    },

    async read(id) {
      if (!/^\d+$/.test(id)) return undefined;
      const owner = await deps.owner();
      const repository = await client.find(`reading repository ${id}`, (api) => api.repositories.repoGetById(Number(id)));
      if (!repository) return undefined;
      return { id, data: await readRecord(client, owner, repository, allDetails) };
    },

    create: (spec) => createRepository(deps, spec),
    update: (id, spec, changes) => updateRepository(deps, id, spec, changes),

    async delete(id) {
      const repository = await client.find(`reading repository ${id}`, (api) => api.repositories.repoGetById(Number(id)));
      // Already gone is what deleting asked for.
      if (!repository) return;
      const ref = refOf(repository);
      await client.call(`deleting repository ${ref.fullName}`, (api) => api.repos.repoDelete(ref.owner, ref.name));
    },

    naturalKey: (spec) => repositorySpecOf(spec).name.toLowerCase(),
    normalize: normalizeRepository,
    check: checkRepository,
    gitRemote,
  };
}
