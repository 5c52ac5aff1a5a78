// Reads a JSON-lines file whole, as an append-only writer left it: complete lines only.
import { readFile } from 'node:fs/promises';
import { hasErrorCode } from './error-code.js';

/**
 * Every complete line, oldest first; [] when the file does not exist. What follows the last
 * newline (nothing, or a line torn by a crash) is left out.
 */
export async function readCompleteLines(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return [];
    throw error;
  }
  const lines = text.split('\n');
  lines.pop();
  return lines;
}
