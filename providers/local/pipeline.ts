// The `pipeline` kind: a CI file committed on its repository's default branch, id REPO:PATH.
// Commits to one repository are serialized in-process; fast-import's fast-forward check
// guards against other writers (git-commit.ts).
import { join, relative } from 'node:path';
import pLimit from 'p-limit';
import type { KindHandler, LiveObject, RawObject } from '../../src/resources/provider-contract.js';
import { assertEnginePath, choosePipelinePath, defaultPipelinePath, inferEngine } from './ci-paths.js';
import { commitFileChange } from './git-commit.js';
import { listTreeFiles, readBlobs, readBranchTip } from './git-objects.js';
import type { GitRunner } from './git.js';
import type { KeyedQueue } from './keyed-queue.js';
import { describeAlreadyExists, describeMissingParent, describeNotFound } from './local-errors.js';
import { listFolders, type LocalLayout } from './local-layout.js';
import { isFullCommitId, type PipelineCache, type PipelineCacheEntry } from './pipeline-cache.js';
import { readRepositoryFiles } from './repository-files.js';
import { compactSpec, readRecord, readString, requireString } from './spec-fields.js';

export interface PipelineDependencies {
  readonly layout: LocalLayout;
  readonly git: GitRunner;
  /** Shared with repositories, keyed by repository name. */
  readonly queue: KeyedQueue;
  /** What list() read at each repository tip, so unchanged repositories start no git process. */
  readonly cache: PipelineCache;
}

export interface PipelineRecord {
  readonly repository: string;
  readonly path: string;
  readonly content: string;
}

interface RepositoryTip {
  readonly folder: string;
  readonly branch: string;
  readonly tip: string | undefined;
}

interface RepositoryListing {
  /** The repository folder relative to the root: a renamed folder is another cache key. */
  readonly cacheKey: string;
  /** What to cache; undefined for an empty branch or a tip that is not a full commit id. */
  readonly entry: PipelineCacheEntry | undefined;
  readonly raws: readonly RawObject[];
}

export function createPipelineHandler(deps: PipelineDependencies): KindHandler {
  const { layout, git, queue, cache } = deps;

  async function readTip(repository: string): Promise<RepositoryTip | undefined> {
    if (!/^[A-Za-z0-9._-]+$/.test(repository)) return undefined;
    const folder = join(layout.repositories, `${repository}.git`);
    const branch = (await readRepositoryFiles(folder, repository))?.default_branch;
    if (branch === undefined) return undefined;
    return { folder, branch, tip: await readBranchTip(folder, branch) };
  }

  async function readRaw(id: string): Promise<RawObject | undefined> {
    const { repository, path } = splitPipelineId(id);
    const repo = await readTip(repository);
    if (repo?.tip === undefined) return undefined;
    // What list() read at this very tip answers without git, e.g. for each delete of a destroy.
    const cached = inferEngine(path) === undefined ? undefined : await cache.lookup(relative(layout.root, repo.folder), repo.tip);
    if (cached !== undefined) {
      const file = cached.files.find((candidate) => candidate.path === path);
      return file === undefined ? undefined : toRaw({ repository, path, content: file.content });
    }
    const [blob] = await readBlobs(git, repo.folder, [`${repo.tip}:${path}`]);
    return blob === undefined ? undefined : toRaw({ repository, path, content: blob.toString('utf8') });
  }

  async function listRepository(repository: string): Promise<RepositoryListing | undefined> {
    const repo = await readTip(repository);
    if (repo?.tip === undefined) return undefined;
    const cacheKey = relative(layout.root, repo.folder);
    const entry = (await cache.lookup(cacheKey, repo.tip)) ?? (await readCiFiles(repo.folder, repo.tip));
    // Filtering again keeps a cache written under wider CI-path rules from leaking other files.
    const raws = entry.files
      .filter((file) => inferEngine(file.path) !== undefined)
      .map((file) => toRaw({ repository, path: file.path, content: file.content }));
    return { cacheKey, entry: isFullCommitId(entry.tip) ? entry : undefined, raws };
  }

  async function readCiFiles(folder: string, tip: string): Promise<PipelineCacheEntry> {
    const files = (await listTreeFiles(git, folder, tip)).filter((file) => inferEngine(file.path) !== undefined);
    const blobs = await readBlobs(git, folder, files.map((file) => file.oid));
    return {
      tip,
      files: files.flatMap((file, index) => {
        const blob = blobs[index];
        return blob === undefined ? [] : [{ path: file.path, oid: file.oid, content: blob.toString('utf8') }];
      }),
    };
  }

  return {
    kind: 'pipeline',
    immutable: ['repository', 'path'],

    async list() {
      const repositories = (await listFolders(layout.repositories))
        .filter((entry) => entry.endsWith('.git') && entry.length > 4)
        .map((entry) => entry.slice(0, -4));
      const limit = pLimit(8);
      const listings = await Promise.all(repositories.map((name) => limit(() => listRepository(name))));
      const entries = new Map<string, PipelineCacheEntry>();
      for (const listing of listings) if (listing?.entry !== undefined) entries.set(listing.cacheKey, listing.entry);
      await cache.replaceAll(entries);
      return listings.flatMap((listing) => listing?.raws ?? []);
    },

    read: readRaw,

    async create(spec) {
      const repository = requireString(spec, 'repository', 'pipeline');
      const engine = readString(spec, 'engine');
      const path = choosePipelinePath(engine, readString(spec, 'path'));
      assertEnginePath(engine, path);
      const content = readString(spec, 'content') ?? '';
      const id = formatPipelineId(repository, path);
      return queue.run(repository, async () => {
        const repo = await readTip(repository);
        if (repo === undefined) throw describeMissingParent('pipeline', 'repository', repository);
        if ((await readRaw(id)) !== undefined) throw describeAlreadyExists('pipeline', id);
        await commitFileChange(git, repo.folder, repo.branch, { path, content }, `mosaic: create ${path}`);
        return toRaw({ repository, path, content });
      });
    },

    async update(id, spec) {
      const { repository, path } = splitPipelineId(id);
      return queue.run(repository, async () => {
        const current = await readRaw(id);
        const repo = await readTip(repository);
        if (current === undefined || repo === undefined) throw describeNotFound('pipeline', id);
        const content = readString(spec, 'content');
        if (content === undefined || content === readRecord(current.data).content) return current;
        await commitFileChange(git, repo.folder, repo.branch, { path, content }, `mosaic: update ${path}`);
        return toRaw({ repository, path, content });
      });
    },

    async delete(id) {
      const { repository, path } = splitPipelineId(id);
      await queue.run(repository, async () => {
        const repo = await readTip(repository);
        if (repo === undefined || (await readRaw(id)) === undefined) return;
        await commitFileChange(git, repo.folder, repo.branch, { path, content: undefined }, `mosaic: delete ${path}`);
      });
    },

    naturalKey(spec) {
      const engine = readString(spec, 'engine');
      const path = readString(spec, 'path') ?? defaultPipelinePath(engine) ?? '';
      return formatPipelineId(readString(spec, 'repository') ?? '', path);
    },

    normalize: normalizePipeline,
  };
}

export function normalizePipeline(raw: RawObject): LiveObject {
  const record = readRecord(raw.data);
  const path = typeof record.path === 'string' ? record.path : splitPipelineId(raw.id).path;
  return {
    id: raw.id,
    spec: compactSpec({
      repository: typeof record.repository === 'string' ? record.repository : splitPipelineId(raw.id).repository,
      engine: inferEngine(path),
      path,
      content: typeof record.content === 'string' ? record.content : undefined,
    }),
  };
}

export function formatPipelineId(repository: string, path: string): string {
  return `${repository}:${path}`;
}

/** Repository names hold no ':', so the first one separates the two parts. */
export function splitPipelineId(id: string): { repository: string; path: string } {
  const colon = id.indexOf(':');
  return colon < 0 ? { repository: id, path: '' } : { repository: id.slice(0, colon), path: id.slice(colon + 1) };
}

function toRaw(record: PipelineRecord): RawObject {
  return { id: formatPipelineId(record.repository, record.path), data: record };
}
