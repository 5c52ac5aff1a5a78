import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mirrorRepository } from '../../src/apply/mirror-repository.js';

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } });
const refsOf = (bare: string): string => git(bare, 'for-each-ref', '--format=%(objectname) %(refname)');

describe('mirrorRepository', () => {
  it('copies every branch and tag, replacing what the new repository had', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mosaic-mirror-'));
    const from = join(root, 'from.git');
    const to = join(root, 'to.git');
    const work = join(root, 'work');
    git(root, 'init', '--quiet', '--bare', '--initial-branch=main', from);
    git(root, 'init', '--quiet', '--bare', '--initial-branch=main', to);
    git(root, 'clone', '--quiet', from, work);
    git(work, 'commit', '--quiet', '--allow-empty', '-m', 'one');
    git(work, 'tag', 'v1');
    git(work, 'checkout', '--quiet', '-b', 'feature');
    git(work, 'commit', '--quiet', '--allow-empty', '-m', 'two');
    git(work, 'push', '--quiet', 'origin', 'main', 'feature', 'v1');
    await mirrorRepository({ url: from }, { url: to });
    expect(refsOf(to)).toBe(refsOf(from));
    expect(refsOf(to)).toMatch(/refs\/heads\/feature[\s\S]*refs\/tags\/v1/);
  });

  it('does nothing for an empty repository', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mosaic-mirror-'));
    git(root, 'init', '--quiet', '--bare', join(root, 'a.git'));
    git(root, 'init', '--quiet', '--bare', join(root, 'b.git'));
    await mirrorRepository({ url: join(root, 'a.git') }, { url: join(root, 'b.git') });
    expect(refsOf(join(root, 'b.git'))).toBe('');
  });

  it('never puts a credential header in its error message', async () => {
    const error = (await mirrorRepository({ url: 'http://127.0.0.1:9/x.git', headers: { Authorization: 'Bearer s3cret-token' } }, { url: '/nonexistent' }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/git clone failed/);
    expect(error.message).not.toContain('s3cret-token');
  });
});
