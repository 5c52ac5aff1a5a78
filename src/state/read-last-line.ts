// Reads the last line of a file by reading backwards from its end, so that finding where an
// append-only file ends stays cheap however long the file grows.
import { open } from 'node:fs/promises';
import { hasErrorCode } from './error-code.js';

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

/** The last newline-terminated line of the file (a torn line after it is ignored); undefined when there is none or no file. */
export async function readLastLine(path: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    let start = size;
    let buffer = Buffer.alloc(0);
    // Newlines found in the bytes read so far, from the end: the last line lies between the last two.
    const newlines: number[] = [];
    while (newlines.length < 2 && start > 0) {
      const length = Math.min(CHUNK_BYTES, start);
      const chunk = Buffer.alloc(length);
      await handle.read(chunk, 0, length, start - length);
      start -= length;
      buffer = Buffer.concat([chunk, buffer]);
      newlines.length = 0;
      for (let i = buffer.length - 1; i >= 0 && newlines.length < 2; i--) if (buffer[i] === NEWLINE) newlines.push(i);
    }
    const [end, before] = newlines;
    if (end === undefined) return undefined;
    return buffer.subarray(before === undefined ? 0 : before + 1, end).toString('utf8');
  } finally {
    await handle.close();
  }
}
