// Finds where an audit log's chain ends by reading only the end of the file, so that
// appending to a long log stays cheap.
import { open } from 'node:fs/promises';
import { GENESIS_PREV, decodeAuditEntry, hashAuditLine } from './audit-entry.js';

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

export interface AuditTail {
  /** seq of the last entry; 0 when there is none. */
  readonly seq: number;
  /** What the next entry's `prev` must hold. */
  readonly prev: string;
  /** The file ends without a newline: a write was cut short (the torn line is not chained to). */
  readonly torn: boolean;
}

/** The chain's end in the log at `path`; the start of a chain when the file is missing or empty. */
export async function readAuditTail(path: string): Promise<AuditTail> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT') return { seq: 0, prev: GENESIS_PREV, torn: false };
    throw error;
  }
  try {
    const { size } = await handle.stat();
    // The bytes [start, size) of the file, read backwards a chunk at a time.
    let start = size;
    let buffer = Buffer.alloc(0);
    const findNewlineBefore = async (end: number): Promise<number> => {
      for (;;) {
        const index = end > start ? buffer.lastIndexOf(NEWLINE, end - start - 1) : -1;
        if (index >= 0) return start + index;
        if (start === 0) return -1;
        const length = Math.min(CHUNK_BYTES, start);
        const chunk = Buffer.alloc(length);
        await handle.read(chunk, 0, length, start - length);
        buffer = Buffer.concat([chunk, buffer]);
        start -= length;
      }
    };
    let terminator = await findNewlineBefore(size);
    const torn = size > 0 && terminator !== size - 1;
    // Walk back past lines that do not parse (they are verify's business) to the last entry.
    while (terminator >= 0) {
      const lineStart = (await findNewlineBefore(terminator)) + 1;
      const line = buffer.subarray(lineStart - start, terminator - start).toString('utf8');
      const decoded = decodeAuditEntry(line);
      if (decoded !== undefined) return { seq: decoded.entry.seq, prev: hashAuditLine(line), torn };
      terminator = lineStart - 1;
    }
    return { seq: 0, prev: GENESIS_PREV, torn };
  } finally {
    await handle.close();
  }
}
