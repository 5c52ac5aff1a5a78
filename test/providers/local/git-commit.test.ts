import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitFileChange } from '../../../providers/local/git-commit.js';
import { createGitRunner, type GitResult, type GitRunner } from '../../../providers/local/git.js';

describe('commitFileChange', () => {
  let folder: string;
  let gitDir: string;
  const realGit = createGitRunner();
  const git = (args: readonly string[]): string => execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8' });
  const gitBuffer = (args: readonly string[]): Buffer => execFileSync('git', [`--git-dir=${gitDir}`, ...args]);

  /** A runner that lets `interfere` run once, just before the first fast-import. */
  function racingRunner(interfere: () => Promise<unknown>, results: GitResult[]): GitRunner {
    let interfered = false;
    return async (request) => {
      if (!interfered && request.args.includes('fast-import')) {
        interfered = true;
        await interfere();
      }
      const result = await realGit(request);
      if (request.args.includes('fast-import')) results.push(result);
      return result;
    };
  }

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'mosaic-commit-'));
    gitDir = join(folder, 'r.git');
    execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', gitDir]);
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('commits with one git process and returns the new tip', async () => {
    let processes = 0;
    const counting: GitRunner = (request) => {
      processes += 1;
      return realGit(request);
    };
    const first = await commitFileChange(counting, gitDir, 'main', { path: 'Jenkinsfile', content: 'a' }, 'first');
    const second = await commitFileChange(counting, gitDir, 'main', { path: '.gitlab-ci.yml', content: 'b' }, 'second');
    expect(processes).toBe(2);
    expect(second).toBe(git(['rev-parse', 'main']).trim());
    expect(git(['rev-parse', 'main^']).trim()).toBe(first);
    expect(git(['log', '--format=%an <%ae>|%cn <%ce>|%B', 'main'])).toBe(
      'mosaic <mosaic@localhost>|mosaic <mosaic@localhost>|second\n\nmosaic <mosaic@localhost>|mosaic <mosaic@localhost>|first\n\n',
    );
    expect(git(['fsck', '--strict'])).toBe('');
  });

  it('keeps content byte for byte and handles paths with spaces, quotes and backslashes', async () => {
    const content = 'naïve: "ü ✓"\r\n\0tab\there\n\\ no newline at the end →';
    const path = '.github/workflows/a "b" \\c ü.yml';
    await commitFileChange(realGit, gitDir, 'main', { path, content }, 'odd');
    expect(git(['ls-tree', '-r', '-z', '--name-only', 'main'])).toBe(`${path}\0`);
    expect(gitBuffer(['cat-file', 'blob', `main:${path}`]).equals(Buffer.from(content, 'utf8'))).toBe(true);
    await commitFileChange(realGit, gitDir, 'main', { path, content: undefined }, 'gone');
    expect(git(['ls-tree', '-r', '--name-only', 'main'])).toBe('');
    expect(git(['fsck', '--strict'])).toBe('');
  });

  it('does not overwrite a commit made between reading the tip and fast-import, and retries on top of it', async () => {
    await commitFileChange(realGit, gitDir, 'main', { path: 'Jenkinsfile', content: 'base' }, 'base');
    const results: GitResult[] = [];
    let theirs = '';
    const racing = racingRunner(async () => {
      theirs = await commitFileChange(realGit, gitDir, 'main', { path: 'Jenkinsfile', content: 'other' }, 'other writer');
    }, results);
    await commitFileChange(racing, gitDir, 'main', { path: '.gitlab-ci.yml', content: 'mine' }, 'mine');
    // fast-import itself refused the stale commit: that refusal is the compare-and-swap.
    expect(results.map((result) => result.code)).toEqual([1, 0]);
    expect(results[0]?.stderr).toContain('Not updating refs/heads/main');
    expect(git(['rev-parse', 'main^']).trim()).toBe(theirs);
    expect(git(['log', '--format=%s', 'main']).trim().split('\n')).toEqual(['mine', 'other writer', 'base']);
    expect(git(['show', 'main:Jenkinsfile'])).toBe('other');
    expect(git(['show', 'main:.gitlab-ci.yml'])).toBe('mine');
  });

  it('does not overwrite a branch created by someone else while committing on an empty repository', async () => {
    const results: GitResult[] = [];
    const racing = racingRunner(() => commitFileChange(realGit, gitDir, 'main', { path: 'Jenkinsfile', content: 'other' }, 'other writer'), results);
    await commitFileChange(racing, gitDir, 'main', { path: '.gitlab-ci.yml', content: 'mine' }, 'mine');
    expect(results.map((result) => result.code)).toEqual([1, 0]);
    expect(git(['log', '--format=%s', 'main']).trim().split('\n')).toEqual(['mine', 'other writer']);
  });

  it('gives up with local.conflict when the branch keeps moving', async () => {
    await commitFileChange(realGit, gitDir, 'main', { path: 'Jenkinsfile', content: '0' }, 'base');
    let moves = 0;
    const alwaysRacing: GitRunner = async (request) => {
      if (request.args.includes('fast-import')) {
        moves += 1;
        await commitFileChange(realGit, gitDir, 'main', { path: 'Jenkinsfile', content: String(moves) }, 'other');
      }
      return realGit(request);
    };
    const promise = commitFileChange(alwaysRacing, gitDir, 'main', { path: '.gitlab-ci.yml', content: 'mine' }, 'mine');
    await expect(promise).rejects.toMatchObject({ name: 'ProviderError', code: 'local.conflict' });
    expect(moves).toBe(3);
    expect(git(['log', '--format=%s', 'main']).trim().split('\n')).toEqual(['other', 'other', 'other', 'base']);
  });

  it('lets git gc consolidate once fast-import has left more than 50 packs', async () => {
    const calls: (readonly string[])[] = [];
    const recording: GitRunner = (request) => {
      calls.push(request.args);
      return realGit(request);
    };
    // The 52nd commit starts from a tip that gc moved to packed-refs.
    for (let index = 0; index < 52; index += 1) {
      await commitFileChange(recording, gitDir, 'main', { path: 'Jenkinsfile', content: String(index) }, `c${String(index)}`);
    }
    expect(calls.filter((args) => args.includes('gc'))).toHaveLength(1);
    const packs = (await readdir(join(gitDir, 'objects', 'pack'))).filter((name) => name.endsWith('.pack'));
    expect(packs.length).toBeLessThan(5);
    expect(git(['show', 'main:Jenkinsfile'])).toBe('51');
    expect(git(['rev-list', '--count', 'main']).trim()).toBe('52');
    expect(git(['fsck', '--strict'])).toBe('');
  }, 30_000);

  it('turns a git failure into a ProviderError without the child-process error', async () => {
    const promise = commitFileChange(createGitRunner(), join(folder, 'missing.git'), 'main', { path: 'a', content: 'b' }, 'm');
    await expect(promise).rejects.toMatchObject({ name: 'ProviderError', code: 'local.git-failed' });
  });
});
