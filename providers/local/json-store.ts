// A JSON document on disk with serialized read-modify-write inside the process and atomic
// writes; reading a missing file gives the empty document and creates nothing.
import { readTextIfExists } from './local-layout.js';
import { writeFileAtomic } from './atomic-write.js';
import { createKeyedQueue } from './keyed-queue.js';

export interface JsonStore<T> {
  read(): Promise<T>;
  /** Runs `change` on a fresh copy read from disk and writes it if changed; nothing is written if it throws. */
  update<R>(change: (data: T) => R): Promise<R>;
}

export interface JsonStoreFormat<T> {
  createEmpty(): T;
  /** Turns parsed JSON into T, filling what is missing. */
  decode(value: unknown): T;
}

export function createJsonStore<T>(path: string, format: JsonStoreFormat<T>): JsonStore<T> {
  const queue = createKeyedQueue();

  async function read(): Promise<T> {
    const text = await readTextIfExists(path);
    return text === undefined ? format.createEmpty() : format.decode(JSON.parse(text));
  }

  return {
    read,
    update<R>(change: (data: T) => R): Promise<R> {
      return queue.run(path, async () => {
        const data = await read();
        const before = JSON.stringify(data, null, 2);
        const result = change(data);
        const after = JSON.stringify(data, null, 2);
        // An unchanged document is not written, so a no-op never creates the file.
        if (after !== before) await writeFileAtomic(path, `${after}\n`);
        return result;
      });
    },
  };
}
