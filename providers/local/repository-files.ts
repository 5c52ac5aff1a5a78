// Reads a bare repository's own files (HEAD, description, config) with plain fs reads,
// so that listing 1,000 repositories starts no git process. Owns the [mosaic] config format.
import { join } from 'node:path';
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
 * winning. Follows git's value syntax: quotes, backslash escapes, `;`/`#` comments, line
 * continuations; a variable without `=` is boolean true.
 */
export function parseMosaicSection(config: string): ReadonlyMap<string, string> {
  const values = new Map<string, string>();
  const lines = joinContinuations(config).split('\n');
  let inSection = false;
  for (const rawLine of lines) {
    let line = rawLine.trimStart();
    if (line.startsWith('[')) {
      const end = line.indexOf(']');
      if (end < 0) continue;
      inSection = line.slice(1, end).trim().toLowerCase() === 'mosaic';
      line = line.slice(end + 1).trimStart();
    }
    if (!inSection || line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const match = /^([A-Za-z][A-Za-z0-9-]*)\s*(=?)(.*)$/.exec(line);
    if (match === null) continue;
    const key = (match[1] ?? '').toLowerCase();
    values.set(key, match[2] === '=' ? decodeConfigValue(match[3] ?? '') : 'true');
  }
  return values;
}

// Unquoted backslash-newline continues a value on the next line; quoted ones are kept for
// decodeConfigValue, which treats them the same way, so joining here is safe for both.
function joinContinuations(config: string): string {
  return config.replace(/\r\n/g, '\n').replace(/\\\n/g, '');
}

function decodeConfigValue(raw: string): string {
  const escapes: Readonly<Record<string, string>> = { n: '\n', t: '\t', b: '\b', '"': '"', '\\': '\\' };
  let value = '';
  let pendingSpaces = 0;
  let quoted = false;
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw[index] ?? '';
    if (!quoted && /\s/.test(char)) {
      if (value !== '') pendingSpaces += 1;
      continue;
    }
    if (!quoted && (char === ';' || char === '#')) break;
    value += ' '.repeat(pendingSpaces);
    pendingSpaces = 0;
    if (char === '\\') {
      index += 1;
      value += escapes[raw[index] ?? ''] ?? '';
    } else if (char === '"') {
      quoted = !quoted;
    } else {
      value += char;
    }
  }
  return value;
}
