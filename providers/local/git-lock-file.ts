// Rewrites a file of a git repository (config, HEAD) the way git itself does: take
// FILE.lock with O_EXCL, read, write the lock, rename it over FILE. A git process that holds
// the lock makes us fail instead of racing it, and readers see the old or the new file.
import { open, rename, rm } from 'node:fs/promises';
import { ProviderError } from '../../src/resources/provider-contract.js';
import { isExistingFile } from './local-errors.js';
import { readTextIfExists } from './local-layout.js';

/** Replaces `path` with `edit(current)`, where current is undefined for a missing file. */
export async function rewriteUnderGitLock(path: string, edit: (current: string | undefined) => string): Promise<void> {
  const lock = `${path}.lock`;
  let handle;
  try {
    handle = await open(lock, 'wx');
  } catch (error) {
    if (isExistingFile(error)) throw describeLocked(lock);
    throw error;
  }
  try {
    try {
      await handle.writeFile(edit(await readTextIfExists(path)));
    } finally {
      await handle.close();
    }
    await rename(lock, path);
  } catch (error) {
    await rm(lock, { force: true });
    throw error;
  }
}

function describeLocked(lock: string): ProviderError {
  return new ProviderError(
    'local.locked',
    `${lock} exists: another git process is changing this repository`,
    'Wait for it to finish and run `mosaic apply` again; if no git process is running, a crashed one left the lock behind: delete the file.',
  );
}
