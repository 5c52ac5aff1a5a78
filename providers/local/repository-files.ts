// Reads a bare repository's own files (HEAD, description, config) with plain fs reads,
// so that listing 1,000 repositories starts no git process. Owns the [mosaic] config format.
import { join } from 'node:path';
import { readConfigSection, setConfigVariables } from './git-config-text.js';
import { readTextIfExists } from './local-layout.js';

/** A repository as stored on disk; absent fields were never set. */
export interface RepositoryRecord {
  readonly name: string;
  readonly description?: string;
  readonly default_branch?: string;
  readonly visibility?: string;
  readonly topics?: readonly string[];
  readonly homepage?: string;
  readonly archived?: boolean;
}

const gitDefaultDescription = 'Unnamed repository;';
const mosaicSection = 'mosaic';

/** Reads the repository at `folder`; undefined when it is not there. */
export async function readRepositoryFiles(folder: string, name: string): Promise<RepositoryRecord | undefined> {
  const [head, description, config] = await Promise.all([
    readTextIfExists(join(folder, 'HEAD')),
    readTextIfExists(join(folder, 'description')),
    readTextIfExists(join(folder, 'config')),
  ]);
  if (head === undefined) return undefined;
  const settings = parseMosaicSection(config ?? '');
  const topics = settings.get('topics');
  const archived = settings.get('archived');
  return {
    name,
    description: decodeDescription(description),
    default_branch: decodeHeadBranch(head),
    visibility: settings.get('visibility'),
    topics: topics === undefined ? undefined : decodeTopics(topics),
    homepage: settings.get('homepage'),
    archived: archived === undefined ? undefined : decodeGitBoolean(archived),
  };
}

export function encodeDescription(description: string): string {
  return `${description}\n`;
}

export function encodeTopics(topics: readonly string[]): string {
  return topics.join(',');
}

function decodeDescription(text: string | undefined): string | undefined {
  if (text === undefined || text.startsWith(gitDefaultDescription)) return undefined;
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

function decodeHeadBranch(head: string): string | undefined {
  const match = /^ref:\s*refs\/heads\/(.+?)\s*$/.exec(head);
  return match?.[1];
}

function decodeTopics(value: string): readonly string[] {
  return value.split(',').map((topic) => topic.trim()).filter((topic) => topic !== '');
}

function decodeGitBoolean(value: string): boolean {
  return ['true', 'yes', 'on', '1'].includes(value.trim().toLowerCase());
}

/**
 * The variables of the `[mosaic]` section of a git config file, keys lower-cased, last value
 * winning, read as git reads them (see git-config-text.ts).
 */
export function parseMosaicSection(config: string): ReadonlyMap<string, string> {
  return readConfigSection(config, mosaicSection);
}

/** `config` with the `[mosaic]` variables of `updates` set, or removed where undefined. */
export function setMosaicVariables(config: string, updates: ReadonlyMap<string, string | undefined>): string {
  return setConfigVariables(config, mosaicSection, updates);
}
