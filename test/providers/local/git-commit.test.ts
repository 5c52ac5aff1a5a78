import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitFileChange } from '../../../providers/local/git-commit.js';
import { createGitRunner, type GitRunner } from '../../../providers/local/git.js';

describe('commitFileChange', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'mosaic-commit-'));
    execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', join(folder, 'r.git')]);
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('retries when another writer moves the branch between reading it and update-ref', async () => {
    const gitDir = join(folder, 'r.git');
    const realGit = createGitRunner();
    let interfered = false;
    const racingGit: GitRunner = async (request) => {
      if (!interfered && request.args.includes('update-ref')) {
        interfered = true;
        await commitFileChange(realGit, gitDir, 'main', { path: 'Jenkinsfile', content: 'other' }, 'other writer');
      }
      return realGit(request);
    };
    await commitFileChange(racingGit, gitDir, 'main', { path: '.gitlab-ci.yml', content: 'mine' }, 'mine');
    const files = execFileSync('git', [`--git-dir=${gitDir}`, 'ls-tree', '--name-only', 'main'], { encoding: 'utf8' });
    expect(files.trim().split('\n').sort()).toEqual(['.gitlab-ci.yml', 'Jenkinsfile']);
    const log = execFileSync('git', [`--git-dir=${gitDir}`, 'log', '--format=%s', 'main'], { encoding: 'utf8' });
    expect(log.trim().split('\n')).toEqual(['mine', 'other writer']);
  });

  it('turns a git failure into a ProviderError without the child-process error', async () => {
    const promise = commitFileChange(createGitRunner(), join(folder, 'missing.git'), 'main', { path: 'a', content: 'b' }, 'm');
    await expect(promise).rejects.toMatchObject({ name: 'ProviderError', code: 'local.git-failed' });
  });
});
