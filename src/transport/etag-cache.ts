// The ETag cache: the last 200 answer to each GET a provider made, kept beside the state so
// the next run can ask "changed since?" and get a (often free) 304 instead of the body.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface CachedResponse {
  readonly etag: string;
  readonly body: string;
  /** The headers a client needs to read the body again: content type and pagination. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface EtagCache {
  get(key: string): CachedResponse | undefined;
  set(key: string, entry: CachedResponse): void;
}

interface CacheFile {
  readonly format_version: 1;
  readonly entries: Record<string, CachedResponse>;
}

/** One file per provider instance: STATE_DIR/http-cache/NAME.json. Unreadable means empty. */
export class EtagCacheFile implements EtagCache {
  private entries = new Map<string, CachedResponse>();
  private dirty = false;

  private constructor(private readonly path: string) {}

  static async open(stateDir: string, instance: string): Promise<EtagCacheFile> {
    const cache = new EtagCacheFile(join(stateDir, 'http-cache', `${instance}.json`));
    try {
      const file = JSON.parse(await readFile(cache.path, 'utf8')) as Partial<CacheFile>;
      if (file.format_version === 1 && file.entries) cache.entries = new Map(Object.entries(file.entries));
    } catch {
      // A missing or damaged cache costs full requests once, nothing more.
    }
    return cache;
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: CachedResponse): void {
    this.entries.set(key, entry);
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    const file: CacheFile = { format_version: 1, entries: Object.fromEntries(this.entries) };
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${String(process.pid)}.tmp`;
    await writeFile(temporary, JSON.stringify(file));
    await rename(temporary, this.path);
    this.dirty = false;
  }
}

/** A cache that forgets, for runs without a state folder (tests, validate). */
export function memoryEtagCache(): EtagCache {
  const entries = new Map<string, CachedResponse>();
  return { get: (key) => entries.get(key), set: (key, entry) => void entries.set(key, entry) };
}
