// The `repository` kind: bare git repositories at ROOT/repositories/NAME.git. Creation and
// deletion go through a temporary sibling name so a crash never leaves a half-made repository.
// Creating one starts a single git process (init); the fields are plain file edits.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { ProviderError, type FieldChange, type KindHandler, type LiveObject, type RawObject, type Spec } from '../../src/resources/provider-contract.js';
import { writeFileAtomic } from './atomic-write.js';
import { rewriteUnderGitLock } from './git-lock-file.js';
import { readBranchTip } from './git-objects.js';
import { runGit, type GitRunner } from './git.js';
import type { KeyedQueue } from './keyed-queue.js';
import { describeAlreadyExists, describeNotFound, isExistingFile, isMissingFile } from './local-errors.js';
import { listFolders, pathExists, type LocalLayout } from './local-layout.js';
import { encodeDescription, encodeTopics, readRepositoryFiles, setMosaicVariables, type RepositoryRecord } from './repository-files.js';
import { assertSafeName, compactSpec, isFieldCleared, readBoolean, readRecord, readString, readStringList, requireString } from './spec-fields.js';

export interface RepositoryDependencies {
  readonly layout: LocalLayout;
  readonly git: GitRunner;
  /** Shared with pipelines, keyed by repository name, so commits never race a rename. */
  readonly queue: KeyedQueue;
}

const namePattern = /^[A-Za-z0-9._-]+$/;
const defaultBranch = 'main';
const configFields = ['visibility', 'topics', 'homepage', 'archived'] as const;
/** Settings of hosted forges that a bare repository on disk has no place for. */
const unsupportedFields = ['features', 'merge', 'branch_protection', 'webhooks', 'collaborators', 'teams', 'mirror'] as const;

/** With `ownership.topics: additive`, live topics the spec does not list are kept. */
function withAdditiveTopics(spec: Spec, current: Spec | undefined): Spec {
  const ownership = spec['ownership'] as Readonly<Record<string, unknown>> | undefined;
  const topics = readStringList(spec, 'topics');
  const live = current === undefined ? undefined : readStringList(current, 'topics');
  if (ownership?.['topics'] !== 'additive' || topics === undefined || live === undefined) return spec;
  return { ...spec, topics: [...new Set([...live, ...topics])].sort() };
}

export function createRepositoryHandler(deps: RepositoryDependencies): KindHandler {
  const { layout, git, queue } = deps;
  const folderOf = (name: string): string => join(layout.repositories, `${name}.git`);

  async function readRaw(name: string): Promise<RawObject | undefined> {
    if (!namePattern.test(name)) return undefined;
    const record = await readRepositoryFiles(folderOf(name), name);
    return record === undefined ? undefined : { id: name, data: record };
  }

  async function requireRaw(name: string): Promise<RawObject> {
    const raw = await readRaw(name);
    if (raw === undefined) throw describeNotFound('repository', name);
    return raw;
  }

  /** Plain file edits, as git would make them: no git process. */
  async function writeFields(folder: string, written: Spec, current: Spec | undefined, changes: readonly FieldChange[] = []): Promise<void> {
    const spec = withAdditiveTopics(written, current);
    const description = readString(spec, 'description');
    if (description !== undefined && description !== current?.description) {
      await writeFileAtomic(join(folder, 'description'), encodeDescription(description));
    } else if (isFieldCleared(spec, changes, 'description')) {
      await rm(join(folder, 'description'), { force: true });
    }
    const branch = readString(spec, 'default_branch');
    if (branch !== undefined && current !== undefined && branch !== current.default_branch) {
      await switchDefaultBranch(git, folder, current.default_branch, branch);
    }
    const updates = new Map<string, string | undefined>();
    if (isFieldCleared(spec, changes, 'homepage')) updates.set('homepage', undefined);
    for (const field of configFields) {
      const value = encodeSpecField(spec, field);
      if (value === undefined || (current !== undefined && value === encodeSpecField(current, field))) continue;
      updates.set(field, value);
    }
    if (updates.size === 0) return;
    await rewriteUnderGitLock(join(folder, 'config'), (config) => setMosaicVariables(config ?? '', updates));
  }

  return {
    kind: 'repository',
    immutable: [],

    check(spec) {
      return unsupportedFields.filter((field) => spec[field] !== undefined).map((field) => `the local provider has no \`${field}\` for repositories`);
    },

    async list() {
      const names = (await listFolders(layout.repositories))
        .filter((entry) => entry.endsWith('.git') && entry.length > 4)
        .map((entry) => entry.slice(0, -4));
      const limit = pLimit(32);
      const raws = await Promise.all(names.map((name) => limit(() => readRaw(name))));
      return raws.filter((raw): raw is RawObject => raw !== undefined);
    },

    read: readRaw,

    async gitRemote(id) {
      if (!namePattern.test(id) || !(await pathExists(folderOf(id)))) throw describeNotFound('repository', id);
      return { url: folderOf(id) };
    },

    async create(spec) {
      const name = requireString(spec, 'name', 'repository');
      assertSafeName(name, 'name', namePattern);
      const branch = readString(spec, 'default_branch') ?? defaultBranch;
      return queue.run(name, async () => {
        const target = folderOf(name);
        if (await pathExists(target)) throw describeAlreadyExists('repository', name);
        await mkdir(layout.repositories, { recursive: true });
        const temp = `${target}.creating-${randomUUID()}`;
        try {
          // No template: sample hooks are of no use in a repository mosaic manages, and copying
          // them is most of the cost of git init.
          await runGit(git, { args: ['init', '--quiet', '--bare', '--template=', `--initial-branch=${branch}`, temp] });
          await writeFields(temp, spec, undefined);
          await rename(temp, target);
        } catch (error) {
          await rm(temp, { recursive: true, force: true });
          if (isExistingFile(error)) throw describeAlreadyExists('repository', name);
          throw error;
        }
        return requireRaw(name);
      });
    },

    async update(id, spec, changes) {
      return queue.run(id, async () => {
        const current = normalizeRepository(await requireRaw(id)).spec;
        const folder = folderOf(id);
        await writeFields(folder, spec, current, changes);
        const name = readString(spec, 'name');
        if (name === undefined || name === id) return requireRaw(id);
        assertSafeName(name, 'name', namePattern);
        if (await pathExists(folderOf(name))) throw describeAlreadyExists('repository', name);
        await rename(folder, folderOf(name));
        return requireRaw(name);
      });
    },

    async delete(id) {
      if (!namePattern.test(id)) return;
      await queue.run(id, async () => {
        const folder = folderOf(id);
        const doomed = `${folder}.deleting-${randomUUID()}`;
        try {
          await rename(folder, doomed);
        } catch (error) {
          if (isMissingFile(error)) return;
          throw error;
        }
        await rm(doomed, { recursive: true, force: true });
      });
    },

    naturalKey: (spec) => readString(spec, 'name') ?? '',

    normalize: normalizeRepository,
  };
}

export function normalizeRepository(raw: RawObject): LiveObject {
  const record = readRecord(raw.data) as Partial<RepositoryRecord>;
  return {
    id: raw.id,
    spec: compactSpec({
      name: record.name ?? raw.id,
      description: record.description,
      default_branch: record.default_branch,
      visibility: record.visibility ?? 'private',
      topics: [...(record.topics ?? [])],
      homepage: record.homepage,
      archived: record.archived ?? false,
    }),
  };
}

/**
 * Points HEAD at `branch`. A branch that does not exist yet starts at the old default
 * branch's tip, so the repository's pipelines stay on its default branch.
 */
async function switchDefaultBranch(git: GitRunner, folder: string, previous: unknown, branch: string): Promise<void> {
  const previousTip = typeof previous === 'string' ? await readBranchTip(folder, previous) : undefined;
  if (previousTip !== undefined && (await readBranchTip(folder, branch)) === undefined) {
    await runGit(git, { args: [`--git-dir=${folder}`, 'update-ref', `refs/heads/${branch}`, previousTip, ''] });
  }
  await runGit(git, { args: [`--git-dir=${folder}`, 'symbolic-ref', 'HEAD', `refs/heads/${branch}`] });
}

/** The config value of a spec field; undefined when the spec leaves it alone. */
function encodeSpecField(spec: Spec, field: (typeof configFields)[number]): string | undefined {
  const value = readSpecField(spec, field);
  if (value?.includes('\0')) {
    throw new ProviderError('local.invalid-spec', `\`${field}\` holds a NUL character`, `Remove the NUL character from \`${field}\`; git config cannot store it.`);
  }
  return value;
}

function readSpecField(spec: Spec, field: (typeof configFields)[number]): string | undefined {
  switch (field) {
    case 'topics': {
      const topics = readStringList(spec, field);
      return topics === undefined ? undefined : encodeTopics(topics);
    }
    case 'archived': {
      const archived = readBoolean(spec, field);
      return archived === undefined ? undefined : String(archived);
    }
    case 'visibility':
    case 'homepage':
      return readString(spec, field);
  }
}
