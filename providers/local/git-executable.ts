// Finds the git executable once per process (per PATH value), so that each of the many git
// processes an apply starts is spawned by absolute path instead of execvp trying every PATH
// folder in turn. Knows nothing of what git is run for.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';

const located = new Map<string, Promise<string>>();

/**
 * The absolute path of `git` on PATH; plain `git` where it cannot be found that way (not on
 * PATH, only under a relative PATH entry, or on Windows), so the spawn then searches as it
 * always did and a missing git still fails with ENOENT.
 */
export function locateGitExecutable(): Promise<string> {
  if (process.platform === 'win32') return Promise.resolve('git');
  const searchPath = process.env.PATH ?? '';
  let found = located.get(searchPath);
  if (found === undefined) {
    found = searchExecutable('git', searchPath);
    located.set(searchPath, found);
  }
  return found;
}

async function searchExecutable(name: string, searchPath: string): Promise<string> {
  for (const folder of searchPath.split(delimiter)) {
    // A relative entry depends on the cwd of each spawn, which varies: leave those to execvp.
    if (!isAbsolute(folder)) continue;
    const candidate = join(folder, name);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return name;
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
