// The `repository` kind on GitHub: list (bulk, scoped), read, create, update, delete. A
// repository's id is its name (GitHub addresses repositories by owner and name; a rename
// returns the new id). Writes go in the order GitHub needs: unarchive first, plain settings,
// then branches, topics, protection, hooks, people and teams, archive last.
import { ProviderError, type FieldChange, type KindHandler, type RawObject, type Spec } from '../../src/resources/provider-contract.js';
import { writeBranchProtection } from './branch-protection.js';
import { ensureBranch } from './branches.js';
import { checkRepository } from './check-repository.js';
import { writeCollaborators } from './collaborators.js';
import type { GithubConnection } from './github-client.js';
import type { GitRemoteReader } from './git-remote.js';
import { describeGithubError, statusOf } from './github-errors.js';
import { normalizeRepository } from './normalize-repository.js';
import { readDetails, everyDetail, type DetailRequest } from './repository-details.js';
import { listRepositories, naturalKeyOf } from './repository-list.js';
import { pickRepository, type RepositoryRecord } from './repository-record.js';
import { changesSomething, settingsBody, writeTopics } from './repository-settings.js';
import { readBoolean, readObject, readObjectList, readOwnership, readString } from './spec-fields.js';
import { writeTeams } from './teams.js';
import { writeHooks } from './webhooks.js';

/** Fields a POST /repos body sets itself; the rest are applied after creation. */
const createdByPost = new Set(['name', 'description', 'homepage', 'visibility', 'features', 'merge']);
/** Fields that change the live repository (not `ownership`, `labels`, ...). */
const listFields = ['topics', 'webhooks', 'collaborators', 'teams'] as const;

export function createRepositoryHandler(api: GithubConnection, gitRemote: GitRemoteReader): KindHandler {
  const { client, owner, instance } = api;

  async function readRecord(name: string): Promise<RepositoryRecord | undefined> {
    try {
      return pickRepository((await client.rest.repos.get({ owner, repo: name })).data);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  async function patch(name: string, body: Record<string, unknown>): Promise<RepositoryRecord> {
    return pickRepository((await client.rest.repos.update({ owner, repo: name, ...body })).data);
  }

  /** The repository as GitHub now has it, with the settings `spec` manages. */
  async function readManaged(name: string, spec: Spec): Promise<RawObject> {
    const record = await readRecord(name);
    if (!record) throw new ProviderError('github.not-found', `GitHub provider "${instance}": repository "${name}" vanished while mosaic changed it`, 'Run `mosaic plan` again.');
    const request: DetailRequest = {
      merge: false,
      branches: spec['branch_protection'] === undefined ? undefined : Object.keys(readObject(spec, 'branch_protection') ?? {}).sort(),
      webhooks: spec['webhooks'] !== undefined,
      collaborators: spec['collaborators'] !== undefined,
      teams: spec['teams'] !== undefined,
    };
    return { id: record.name, data: await readDetails(api, record, request) };
  }

  /** Makes `current` what `spec` says for `fields`; returns the repository's name afterwards. */
  async function applySpec(current: RepositoryRecord, spec: Spec, fields: ReadonlySet<string>): Promise<string> {
    let record = current;
    const archived = readBoolean(spec, 'archived');
    const body = settingsBody(spec, fields, api.ownerType);
    const otherWork = changesSomething(body, record) || listFields.some((f) => fields.has(f)) || fields.has('branch_protection');
    // An archived repository is read-only: lift the archive for the changes, then restore it.
    const rearchive = record.archived && otherWork && archived !== false;
    if (record.archived && (otherWork || (fields.has('archived') && archived === false))) record = await patch(record.name, { archived: false });

    if (body.default_branch !== undefined && body.default_branch !== record.default_branch) {
      await ensureBranch(api, record.name, body.default_branch, record.default_branch);
    }
    if (changesSomething(body, record)) record = await patch(record.name, { ...body });
    const repo = record.name;

    if (fields.has('topics')) await writeTopics(api, repo, record.topics, spec, readOwnership(spec, 'topics'));
    const protection = readObject(spec, 'branch_protection');
    if (fields.has('branch_protection') && protection) await writeBranchProtection(api, repo, record.default_branch, protection);
    const hooks = readObjectList(spec, 'webhooks');
    if (fields.has('webhooks') && hooks) await writeHooks(api, repo, hooks, readOwnership(spec, 'webhooks'));
    const collaborators = readObject(spec, 'collaborators');
    if (fields.has('collaborators') && collaborators) await writeCollaborators(api, repo, collaborators, readOwnership(spec, 'collaborators'));
    const teams = readObject(spec, 'teams');
    if (fields.has('teams') && teams) await writeTeams(api, repo, teams, readOwnership(spec, 'teams'));

    if ((archived === true && !record.archived) || rearchive) await patch(repo, { archived: true });
    return repo;
  }

  async function createRepository(spec: Spec): Promise<RawObject> {
    const name = readString(spec, 'name');
    if (name === undefined || name === '') throw new ProviderError('github.invalid-spec', 'A repository needs `name`', 'Set `name` on the repository.');
    const fields = new Set(Object.keys(spec));
    const { default_branch: _later, ...body } = settingsBody(spec, new Set([...fields].filter((f) => createdByPost.has(f))), api.ownerType);
    // Branches exist only after a first commit: initialise when the spec needs one.
    const autoInit = spec['default_branch'] !== undefined || spec['branch_protection'] !== undefined;
    // No retries: a create whose answer was lost may have happened, and the next run imports it.
    const request = { retries: 0 };
    const created =
      api.ownerType === 'organization'
        ? await client.rest.repos.createInOrg({ org: owner, ...body, name, auto_init: autoInit, request })
        : await client.rest.repos.createForAuthenticatedUser({ ...body, name, auto_init: autoInit, request });
    const repo = await applySpec(pickRepository(created.data), spec, new Set([...fields].filter((f) => !createdByPost.has(f))));
    return readManaged(repo, spec);
  }

  async function updateRepository(id: string, spec: Spec, changes: readonly FieldChange[]): Promise<RawObject> {
    const fields = new Set(changes.map((change) => change.field));
    // A changed ownership mode asks for the list settings to be made right again.
    if (fields.has('ownership')) for (const field of listFields) if (spec[field] !== undefined) fields.add(field);
    const current = await readRecord(id);
    if (!current) throw new ProviderError('github.not-found', `GitHub provider "${instance}": repository "${id}" does not exist`, 'It was deleted or renamed outside mosaic; run `mosaic plan` again.');
    const repo = await applySpec(current, spec, fields);
    return readManaged(repo, spec);
  }

  const describe = (action: string, error: unknown): unknown => describeGithubError(instance, action, error);

  return {
    kind: 'repository',
    immutable: [],

    async list(scope) {
      try {
        return await listRepositories(api, scope);
      } catch (error) {
        throw describe(`listing the repositories of "${owner}"`, error);
      }
    },

    async read(id) {
      try {
        const record = await readRecord(id);
        return record ? { id: record.name, data: await readDetails(api, record, everyDetail) } : undefined;
      } catch (error) {
        throw describe(`reading repository "${id}"`, error);
      }
    },

    async create(spec) {
      try {
        return await createRepository(spec);
      } catch (error) {
        throw describe(`creating repository "${String(spec['name'])}"`, error);
      }
    },

    async update(id, spec, changes) {
      try {
        return await updateRepository(id, spec, changes);
      } catch (error) {
        throw describe(`updating repository "${id}"`, error);
      }
    },

    async delete(id) {
      try {
        await client.rest.repos.delete({ owner, repo: id });
      } catch (error) {
        if (statusOf(error) === 404) return;
        throw describe(`deleting repository "${id}"`, error);
      }
    },

    naturalKey: (spec) => naturalKeyOf(readString(spec, 'name') ?? ''),
    normalize: normalizeRepository,
    check: (spec) => checkRepository(spec, api.ownerType),
    gitRemote,
  };
}
