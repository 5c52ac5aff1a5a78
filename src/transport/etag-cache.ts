// The ETag cache: the last 200 answer to each GET a provider made, kept beside the state so
// the next run can ask "changed since?" and get a (often free) 304 instead of the body.
// Bodies are kept deflated: an organization's worth of answers would otherwise dominate a
// run's memory, and only the ones a 304 brings back are ever inflated.
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface CachedResponse {
  readonly etag: string;
  /** The body as received: bytes are kept as they came, without decoding them. */
  readonly body: string | Uint8Array;
  /** The headers a client needs to read the body again: content type and pagination. */
  readonly headers: Readonly<Record<string, string>>;
}

/** A cache entry whose body is inflated only when asked for. */
export interface CachedEntry {
  readonly etag: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The body's bytes (UTF-8). */
  body(): Uint8Array;
}

export interface EtagCache {
  get(key: string): CachedEntry | undefined;
  set(key: string, entry: CachedResponse): void;
}

interface StoredEntry {
  readonly etag: string;
  /** The body, raw-deflated, base64. */
  readonly deflated: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The day (days since the epoch) a run last used the entry. */
  readonly used?: number;
}

/** Entries no run used for this many days are dropped: a deleted repository's hooks, say. */
const keepUnusedDays = 30;

interface CacheFile {
  readonly format_version: 2;
  readonly entries: Record<string, StoredEntry>;
}

function store(entry: CachedResponse): StoredEntry {
  const deflated = deflateRawSync(entry.body, { level: constants.Z_BEST_SPEED }).toString('base64');
  return { etag: entry.etag, deflated, headers: entry.headers };
}

function load(stored: StoredEntry): CachedEntry {
  return { etag: stored.etag, headers: stored.headers, body: () => inflateRawSync(Buffer.from(stored.deflated, 'base64')) };
}

/**
 * One file per provider instance: STATE_DIR/http-cache/NAME.json. Unreadable means empty.
 * Each entry remembers the day it was last used; entries unused for 30 days are dropped on
 * save. (Pruning to what one run used would let a narrow run, `--target` or `import`, empty
 * the cache for the next full one.)
 */
export class EtagCacheFile implements EtagCache {
  private entries = new Map<string, StoredEntry>();
  private dirty = false;

  private constructor(
    private readonly path: string,
    private readonly today: number,
  ) {}

  static async open(stateDir: string, instance: string, now: Date = new Date()): Promise<EtagCacheFile> {
    const cache = new EtagCacheFile(join(stateDir, 'http-cache', `${instance}.json`), Math.floor(now.getTime() / 86_400_000));
    try {
      const file = JSON.parse(await readFile(cache.path, 'utf8')) as Partial<CacheFile>;
      if (file.format_version === 2 && file.entries) cache.entries = new Map(Object.entries(file.entries));
    } catch {
      // A missing or damaged cache costs full requests once, nothing more.
    }
    return cache;
  }

  get(key: string): CachedEntry | undefined {
    const stored = this.entries.get(key);
    if (stored === undefined) return undefined;
    // Marking use rewrites the file at most once a day per entry, not on every warm run.
    if (stored.used !== this.today) {
      this.entries.set(key, { ...stored, used: this.today });
      this.dirty = true;
    }
    return load(stored);
  }

  set(key: string, entry: CachedResponse): void {
    this.entries.set(key, { ...store(entry), used: this.today });
    this.dirty = true;
  }

  async save(): Promise<void> {
    for (const [key, entry] of this.entries) {
      if ((entry.used ?? 0) < this.today - keepUnusedDays) {
        this.entries.delete(key);
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const file: CacheFile = { format_version: 2, entries: Object.fromEntries(this.entries) };
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${String(process.pid)}.tmp`;
    await writeFile(temporary, JSON.stringify(file));
    await rename(temporary, this.path);
    this.dirty = false;
  }
}

/** A cache that forgets, for runs without a state folder (tests, validate). */
export function memoryEtagCache(): EtagCache {
  const entries = new Map<string, StoredEntry>();
  return {
    get: (key) => {
      const stored = entries.get(key);
      return stored === undefined ? undefined : load(stored);
    },
    set: (key, entry) => void entries.set(key, store(entry)),
  };
}
