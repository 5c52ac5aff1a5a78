// Commits one file change onto a branch of a bare repository with ONE `git fast-import`
// process. Its fast-forward check is the compare-and-swap: the commit names the tip mosaic
// read as its parent, so when another writer moved the branch meanwhile, the new commit no
// longer contains the branch's tip and fast-import refuses to move the ref; we then retry
// from the new tip.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ProviderError } from '../../src/resources/provider-contract.js';
import { encodeFastImportCommit } from './fast-import-stream.js';
import { readBranchTip } from './git-objects.js';
import { describeGitFailure, type GitRequest, type GitRunner } from './git.js';

export interface FileChange {
  readonly path: string;
  /** The new content; undefined removes the file. */
  readonly content: string | undefined;
}

const maxAttempts = 3;

/**
 * fast-import writes one small pack per run. Left to itself it would hand a pack of fewer
 * than 100 objects to a second process, `unpack-objects`, costing more than the import
 * itself; keeping the pack and letting `git gc --auto` consolidate once there are more than
 * gc.autoPackLimit (50) of them is cheaper and keeps reads fast.
 */
const keepPack = ['-c', 'fastimport.unpackLimit=0'];
const packLimit = 50;

/** Commits `change` on refs/heads/BRANCH and returns the new commit id. */
export async function commitFileChange(
  git: GitRunner,
  folder: string,
  branch: string,
  change: FileChange,
  message: string,
): Promise<string> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const parent = await readBranchTip(folder, branch);
    const stream = encodeFastImportCommit({
      ref: `refs/heads/${branch}`,
      parent,
      identity: 'mosaic <mosaic@localhost>',
      when: new Date(),
      message: `${message}\n`,
      path: change.path,
      content: change.content,
    });
    const request: GitRequest = { args: [`--git-dir=${folder}`, ...keepPack, 'fast-import', '--quiet', '--done'], input: stream };
    const result = await git(request);
    if (result.code === 0) {
      await consolidatePacks(git, folder);
      return result.stdout.toString('utf8').trim();
    }
    if (!isRefusedUpdate(result.stderr)) throw describeGitFailure(request, result);
  }
  throw new ProviderError(
    'local.conflict',
    `The branch ${branch} of ${folder} kept moving while mosaic committed ${change.path}`,
    'Another process is writing to this repository; run `mosaic apply` again once it is done.',
  );
}

/** fast-import's warning when the ref moved to a commit the new one does not contain. */
function isRefusedUpdate(stderr: string): boolean {
  return /Not updating refs\//.test(stderr);
}

async function consolidatePacks(git: GitRunner, folder: string): Promise<void> {
  let packs: number;
  try {
    packs = (await readdir(join(folder, 'objects', 'pack'))).filter((name) => name.endsWith('.pack')).length;
  } catch {
    return;
  }
  if (packs <= packLimit) return;
  // Detaching would leave gc running in a folder that mosaic may rename or delete next. The
  // commit has landed whatever gc does, so its failure is only a missed clean-up.
  await git({ args: [`--git-dir=${folder}`, '-c', 'gc.autoDetach=false', 'gc', '--auto', '--quiet'] }).catch(() => undefined);
}
