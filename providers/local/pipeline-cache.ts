// Remembers, per repository folder, the CI files found at its branch tip, so that a list()
// whose tips did not move starts no git process (the local provider's ETag). An entry is
// keyed by the folder and holds the full commit id it was read at: a commit's tree never
// changes, so an entry whose tip matches is correct whoever made the commit. The file is
// only an accelerator: a missing, unreadable, corrupt or other-version file reads as empty,
// and failing to write it never fails a list. Owns the on-disk form; knows nothing of git.
import { rm } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write.js';
import { createKeyedQueue } from './keyed-queue.js';
import { readTextIfExists } from './local-layout.js';

export interface CachedPipelineFile {
  readonly path: string;
  /** The blob id, kept so the cache can be checked against git by hand. */
  readonly oid: string;
  readonly content: string;
}

export interface PipelineCacheEntry {
  /** The full commit id the files were read at. */
  readonly tip: string;
  readonly files: readonly CachedPipelineFile[];
}

export interface PipelineCache {
  /** The cached files of `folder` when they were read at exactly `tip`. */
  lookup(folder: string, tip: string): Promise<PipelineCacheEntry | undefined>;
  /** Makes `entries` the whole cache (folders not in it are dropped); writes only on a change. */
  replaceAll(entries: ReadonlyMap<string, PipelineCacheEntry>): Promise<void>;
}

/** On disk. Bump the version whenever what counts as a CI file (ci-paths.ts) changes. */
interface PipelineCacheFileV1 {
  readonly version: 1;
  readonly repositories: Readonly<Record<string, PipelineCacheEntry>>;
}

const currentVersion = 1;
const fullCommitId = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** True for an id that names one commit for good; abbreviations or symbolic refs are never cached. */
export function isFullCommitId(tip: string): boolean {
  return fullCommitId.test(tip);
}

export function createPipelineCache(path: string): PipelineCache {
  const queue = createKeyedQueue();
  let loaded: Promise<Map<string, PipelineCacheEntry>> | undefined;
  let writtenText: string | undefined;

  function load(): Promise<Map<string, PipelineCacheEntry>> {
    loaded ??= readPipelineCacheFile(path).then((entries) => {
      writtenText = encodePipelineCacheFile(entries);
      return entries;
    });
    return loaded;
  }

  return {
    async lookup(folder, tip) {
      const entry = (await load()).get(folder);
      return entry !== undefined && isFullCommitId(tip) && entry.tip === tip ? entry : undefined;
    },

    replaceAll(entries) {
      return queue.run(path, async () => {
        const current = await load();
        const text = encodePipelineCacheFile(entries);
        if (text === writtenText) return;
        current.clear();
        for (const [folder, entry] of entries) current.set(folder, entry);
        writtenText = text;
        try {
          // An empty cache is removed rather than written, so a root that vanished is not recreated.
          if (entries.size === 0) await rm(path, { force: true });
          else await writeFileAtomic(path, text);
        } catch {
          // A read-only root must not make a plan fail; the next list just reads git again.
          writtenText = undefined;
        }
      });
    },
  };
}

async function readPipelineCacheFile(path: string): Promise<Map<string, PipelineCacheEntry>> {
  try {
    const text = await readTextIfExists(path);
    return text === undefined ? new Map() : decodePipelineCacheFile(JSON.parse(text));
  } catch {
    return new Map();
  }
}

/** The entries of a parsed cache file; empty unless the whole document is well formed. */
export function decodePipelineCacheFile(value: unknown): Map<string, PipelineCacheEntry> {
  const entries = new Map<string, PipelineCacheEntry>();
  if (!isRecord(value) || value.version !== currentVersion || !isRecord(value.repositories)) return entries;
  for (const [folder, entry] of Object.entries(value.repositories)) {
    if (!isPipelineCacheEntry(entry)) return new Map();
    entries.set(folder, { tip: entry.tip, files: entry.files });
  }
  return entries;
}

export function encodePipelineCacheFile(entries: ReadonlyMap<string, PipelineCacheEntry>): string {
  const repositories: Record<string, PipelineCacheEntry> = {};
  for (const folder of [...entries.keys()].sort()) {
    const entry = entries.get(folder);
    if (entry === undefined) continue;
    repositories[folder] = { tip: entry.tip, files: entry.files.map(({ path, oid, content }) => ({ path, oid, content })) };
  }
  const file: PipelineCacheFileV1 = { version: currentVersion, repositories };
  return `${JSON.stringify(file)}\n`;
}

function isPipelineCacheEntry(value: unknown): value is PipelineCacheEntry {
  return isRecord(value) && typeof value.tip === 'string' && isFullCommitId(value.tip) && Array.isArray(value.files) && value.files.every(isCachedFile);
}

function isCachedFile(value: unknown): value is CachedPipelineFile {
  return isRecord(value) && typeof value.path === 'string' && typeof value.oid === 'string' && typeof value.content === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
