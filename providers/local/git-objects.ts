// Reads git objects in bulk: a branch tip from the ref files, the files of a tree with one
// `ls-tree`, and many blobs with ONE `cat-file --batch` process.
import { join } from 'node:path';
import { describeGitFailure, runGit, type GitRunner } from './git.js';
import { readTextIfExists } from './local-layout.js';

export interface TreeFile {
  readonly path: string;
  readonly oid: string;
}

/** The commit refs/heads/BRANCH points at, loose or packed; undefined on an empty branch. */
export async function readBranchTip(folder: string, branch: string): Promise<string | undefined> {
  const loose = await readTextIfExists(join(folder, 'refs', 'heads', ...branch.split('/')));
  if (loose !== undefined && loose.trim() !== '') return loose.trim();
  const packed = await readTextIfExists(join(folder, 'packed-refs'));
  const wanted = `refs/heads/${branch}`;
  for (const line of packed?.split('\n') ?? []) {
    const [oid, ref] = line.trim().split(' ');
    if (ref === wanted && oid !== undefined && !line.startsWith('#') && !line.startsWith('^')) return oid;
  }
  return undefined;
}

/** Every blob reachable from `treeish`, with its full path. */
export async function listTreeFiles(git: GitRunner, folder: string, treeish: string): Promise<readonly TreeFile[]> {
  const output = await runGit(git, { args: [`--git-dir=${folder}`, 'ls-tree', '-r', '--full-tree', '-z', treeish] });
  const files: TreeFile[] = [];
  for (const entry of output.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && oid !== undefined) files.push({ path: entry.slice(tab + 1), oid });
  }
  return files;
}

/**
 * The content of each named object (`OID` or `REV:PATH`), in order; undefined for a missing
 * one. One git process whatever the count.
 */
export async function readBlobs(git: GitRunner, folder: string, names: readonly string[]): Promise<readonly (Buffer | undefined)[]> {
  if (names.length === 0) return [];
  const request = { args: [`--git-dir=${folder}`, 'cat-file', '--batch'], input: names.map((name) => `${name}\n`).join('') };
  const result = await git(request);
  if (result.code !== 0) throw describeGitFailure(request, result);
  const output = result.stdout;
  const blobs: (Buffer | undefined)[] = [];
  let offset = 0;
  for (let index = 0; index < names.length; index += 1) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd < 0) break;
    const header = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    offset = headerEnd + 1;
    const size = Number(header[2]);
    if (header.length !== 3 || !Number.isInteger(size)) {
      blobs.push(undefined);
      continue;
    }
    blobs.push(header[1] === 'blob' ? Buffer.from(output.subarray(offset, offset + size)) : undefined);
    offset += size + 1;
  }
  return blobs;
}
