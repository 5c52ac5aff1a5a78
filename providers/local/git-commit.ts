// Commits one file change onto a branch of a bare repository with plumbing (temporary index,
// commit-tree, update-ref compare-and-swap), retrying when another writer moved the branch.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ProviderError } from '../../src/resources/provider-contract.js';
import { readBranchTip } from './git-objects.js';
import { runGit, type GitRunner } from './git.js';

export interface FileChange {
  readonly path: string;
  /** The new content; undefined removes the file. */
  readonly content: string | undefined;
}

const identity: Readonly<Record<string, string>> = {
  GIT_AUTHOR_NAME: 'mosaic',
  GIT_AUTHOR_EMAIL: 'mosaic@localhost',
  GIT_COMMITTER_NAME: 'mosaic',
  GIT_COMMITTER_EMAIL: 'mosaic@localhost',
};

const maxAttempts = 3;

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
    const tree = await writeChangedTree(git, folder, parent, change);
    const commitArgs = ['commit-tree', '--no-gpg-sign', tree, ...(parent === undefined ? [] : ['-p', parent]), '-m', message];
    const commit = (await runGit(git, { args: [`--git-dir=${folder}`, ...commitArgs], env: identity })).trim();
    // An empty old value means "the ref must not exist yet": the first commit of the branch.
    const result = await git({ args: [`--git-dir=${folder}`, 'update-ref', `refs/heads/${branch}`, commit, parent ?? ''] });
    if (result.code === 0) return commit;
  }
  throw new ProviderError(
    'local.conflict',
    `The branch ${branch} of ${folder} kept moving while mosaic committed ${change.path}`,
    'Another process is writing to this repository; run `mosaic apply` again once it is done.',
  );
}

async function writeChangedTree(git: GitRunner, folder: string, parent: string | undefined, change: FileChange): Promise<string> {
  const gitDir = `--git-dir=${folder}`;
  const indexFile = join(folder, `mosaic-index-${randomUUID()}`);
  const env = { GIT_INDEX_FILE: indexFile };
  try {
    if (parent !== undefined) await runGit(git, { args: [gitDir, 'read-tree', parent], env });
    if (change.content === undefined) {
      // --force-remove wants a work tree; an index-info line with mode 0 removes the entry anywhere.
      const nullOid = '0'.repeat(parent?.length ?? 40);
      await runGit(git, { args: [gitDir, 'update-index', '--index-info'], env, input: `0 ${nullOid}\t${change.path}\n` });
    } else {
      const blob = (await runGit(git, { args: [gitDir, 'hash-object', '-w', '--no-filters', '--stdin'], input: change.content })).trim();
      await runGit(git, { args: [gitDir, 'update-index', '--add', '--cacheinfo', `100644,${blob},${change.path}`], env });
    }
    return (await runGit(git, { args: [gitDir, 'write-tree'], env })).trim();
  } finally {
    await rm(indexFile, { force: true });
  }
}
