// Where the local provider keeps each kind under its root folder, and the fs reads that
// treat a missing folder or file as "nothing there" (a plan must not create folders).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isMissingFile } from './local-errors.js';

export interface LocalLayout {
  readonly root: string;
  readonly repositories: string;
  readonly spaces: string;
  /** The JSON store of projects and issues. */
  readonly store: string;
  /** What list() of pipelines read at each repository tip; written lazily, safe to delete. */
  readonly pipelineCache: string;
}

export function createLocalLayout(root: string): LocalLayout {
  return {
    root,
    repositories: join(root, 'repositories'),
    spaces: join(root, 'spaces'),
    store: join(root, 'projects.json'),
    pipelineCache: join(root, '.cache', 'pipelines.json'),
  };
}

/** Entries of a folder that are themselves folders; [] when the folder does not exist. */
export async function listFolders(folder: string): Promise<readonly string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch (error) {
    if (isMissingFile(error)) return [];
    throw error;
  }
}

/** Names of the plain files of a folder; [] when the folder does not exist. */
export async function listFiles(folder: string): Promise<readonly string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  } catch (error) {
    if (isMissingFile(error)) return [];
    throw error;
  }
}

export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw error;
  }
}

export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissingFile(error)) return false;
    throw error;
  }
}
