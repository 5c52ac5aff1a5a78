import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateGitExecutable } from '../../../providers/local/git-executable.js';

describe('locateGitExecutable', () => {
  it('finds git on PATH once, by absolute path', async () => {
    const first = locateGitExecutable();
    expect(locateGitExecutable()).toBe(first);
    const path = await first;
    expect(isAbsolute(path)).toBe(true);
    expect(path).toMatch(/[/\\\\]git$/);
  });

  it('falls back to plain `git` when PATH holds none, so spawning reports it missing', async () => {
    const previous = process.env.PATH;
    process.env.PATH = '/nonexistent:relative/bin';
    try {
      expect(await locateGitExecutable()).toBe('git');
    } finally {
      process.env.PATH = previous;
    }
  });
});
