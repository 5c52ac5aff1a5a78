// The text of a git config file, read and edited the way git does it, so the provider can
// keep its own section without starting `git config`. Follows git's syntax: quotes,
// backslash escapes, `;`/`#` comments, line continuations, a variable on a section header's
// line, a variable without `=` meaning true. Lenient where git would refuse the whole file.
// Edits touch only the variables they change; every other byte is kept.

interface ConfigEntry {
  readonly kind: 'section' | 'variable' | 'other';
  /** Lower-cased; `name "sub"` for a subsection, never equal to a plain section name. */
  readonly section: string | undefined;
  /** Lower-cased variable name. */
  readonly key: string;
  readonly value: string;
  readonly start: number;
  /** Past the entry's newline, or the end of the text. */
  readonly end: number;
  /** False for a variable written on its section header's line. */
  readonly startsLine: boolean;
}

const escapes: Readonly<Record<string, string>> = { n: '\n', t: '\t', b: '\b', '"': '"', '\\': '\\' };

/** The variables of section `name` (lower-case, no subsection), keys lower-cased, last value winning. */
export function readConfigSection(config: string, name: string): ReadonlyMap<string, string> {
  const values = new Map<string, string>();
  for (const entry of scanConfig(config)) {
    if (entry.kind === 'variable' && entry.section === name) values.set(entry.key, entry.value);
  }
  return values;
}

/**
 * `config` with each variable of `updates` (lower-case keys) set in section `name`, or
 * removed where its value is undefined: every old line of it goes, the new one is appended to
 * the section (which is created at the end of the file when missing).
 */
export function setConfigVariables(config: string, name: string, updates: ReadonlyMap<string, string | undefined>): string {
  const entries = scanConfig(config);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const entry of entries) {
    if (entry.kind === 'variable' && entry.section === name && updates.has(entry.key)) {
      edits.push({ start: entry.start, end: entry.end, text: entry.startsLine ? '' : '\n' });
    }
  }
  const lines = [...updates].flatMap(([key, value]) => (value === undefined ? [] : [`\t${key} = ${encodeConfigValue(value)}\n`]));
  if (lines.length > 0) {
    const last = entries.filter((entry) => entry.kind !== 'other' && entry.section === name).at(-1);
    const at = last?.end ?? config.length;
    const newline = at > 0 && config[at - 1] !== '\n' ? '\n' : '';
    edits.push({ start: at, end: at, text: `${newline}${last === undefined ? `[${name}]\n` : ''}${lines.join('')}` });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let offset = 0;
  for (const edit of edits) {
    result += config.slice(offset, edit.start) + edit.text;
    offset = edit.end;
  }
  return result + config.slice(offset);
}

/**
 * A value as git writes it: `"`, `\`, newline and tab escaped, and the whole in quotes when
 * it starts or ends with a space or holds `;`, `#` or a carriage return (which bare would
 * read back as a space or a line end). NUL cannot be stored.
 */
export function encodeConfigValue(value: string): string {
  const quoted = value.startsWith(' ') || value.endsWith(' ') || /[;#\r]/.test(value);
  const escaped = value.replace(/["\\\n\t]/g, (char) => (char === '\n' ? '\\n' : char === '\t' ? '\\t' : `\\${char}`));
  return quoted ? `"${escaped}"` : escaped;
}

function scanConfig(config: string): readonly ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  let section: string | undefined;
  let index = 0;
  const other = (start: number, end: number): ConfigEntry => ({ kind: 'other', section, key: '', value: '', start, end, startsLine: true });
  while (index < config.length) {
    const lineStart = index;
    index = skipBlanks(config, index);
    const char = config[index];
    if (char === '[') {
      const header = scanHeader(config, index);
      section = header?.section;
      if (header === undefined) {
        index = endOfLine(config, index);
        entries.push(other(lineStart, index));
        continue;
      }
      const rest = skipBlanks(config, header.end);
      if (!/[A-Za-z]/.test(config[rest] ?? '')) {
        index = endOfLine(config, rest);
        entries.push({ ...other(lineStart, index), kind: 'section' });
        continue;
      }
      entries.push({ ...other(lineStart, rest), kind: 'section' });
      const variable = scanVariable(config, rest, section);
      entries.push({ ...variable, startsLine: false });
      index = variable.end;
    } else if (char !== undefined && /[A-Za-z]/.test(char)) {
      const variable = scanVariable(config, index, section);
      entries.push({ ...variable, start: lineStart });
      index = variable.end;
    } else {
      index = endOfLine(config, index);
      entries.push(other(lineStart, index));
    }
  }
  return entries;
}

function scanHeader(config: string, open: number): { section: string; end: number } | undefined {
  let index = open + 1;
  while (/[A-Za-z0-9.-]/.test(config[index] ?? '')) index += 1;
  const name = config.slice(open + 1, index).toLowerCase();
  if (config[index] === ']') return { section: name, end: index + 1 };
  index = skipBlanks(config, index);
  if (config[index] !== '"') return undefined;
  let subsection = '';
  for (index += 1; index < config.length && config[index] !== '"'; index += 1) {
    if (config[index] === '\n') return undefined;
    if (config[index] === '\\') index += 1;
    subsection += config[index] ?? '';
  }
  return config[index + 1] === ']' ? { section: `${name} "${subsection}"`, end: index + 2 } : undefined;
}

function scanVariable(config: string, start: number, section: string | undefined): ConfigEntry {
  let index = start;
  while (/[A-Za-z0-9-]/.test(config[index] ?? '')) index += 1;
  const key = config.slice(start, index).toLowerCase();
  index = skipBlanks(config, index);
  if (config[index] !== '=') {
    return { kind: 'variable', section, key, value: 'true', start, end: endOfLine(config, index), startsLine: true };
  }
  const { value, end } = scanValue(config, index + 1);
  return { kind: 'variable', section, key, value, start, end, startsLine: true };
}

/** git's parse_value: whitespace runs inside the value become one space each char, outer ones go. */
function scanValue(config: string, start: number): { value: string; end: number } {
  let value = '';
  let pendingSpaces = 0;
  let quoted = false;
  let comment = false;
  let index = start;
  while (index < config.length) {
    const char = nextChar(config, index);
    index += char.length;
    if (char.endsWith('\n')) break;
    if (comment) continue;
    if (!quoted && isGitSpace(char)) {
      if (value !== '') pendingSpaces += 1;
      continue;
    }
    if (!quoted && (char === ';' || char === '#')) {
      comment = true;
      continue;
    }
    value += ' '.repeat(pendingSpaces);
    pendingSpaces = 0;
    if (char === '\\') {
      const escaped = nextChar(config, index);
      index += escaped.length;
      if (!escaped.endsWith('\n')) value += escapes[escaped] ?? '';
    } else if (char === '"') {
      quoted = !quoted;
    } else {
      value += char;
    }
  }
  return { value, end: index };
}

/** One character, or `\r\n` as one line end, as git reads them. */
function nextChar(config: string, index: number): string {
  return config.startsWith('\r\n', index) ? '\r\n' : (config[index] ?? '');
}

function skipBlanks(config: string, index: number): number {
  let next = index;
  while (config[next] === ' ' || config[next] === '\t' || (config[next] === '\r' && config[next + 1] !== '\n')) next += 1;
  return next;
}

function endOfLine(config: string, index: number): number {
  const newline = config.indexOf('\n', index);
  return newline < 0 ? config.length : newline + 1;
}

/** git's isspace: only these four, unlike JavaScript's \s. */
function isGitSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
