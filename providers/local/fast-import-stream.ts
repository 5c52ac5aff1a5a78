// Writes the `git fast-import` stream of a commit that changes one file. Owns the stream
// syntax (quoting, byte counts, dates); knows nothing of how git is run.

export interface FastImportCommit {
  /** The full ref to move, e.g. refs/heads/main. */
  readonly ref: string;
  /** The commit the new one follows; undefined for the first commit of the ref. */
  readonly parent: string | undefined;
  /** Author and committer, `Name <email>`. */
  readonly identity: string;
  readonly when: Date;
  /** Stored exactly, so it carries its own trailing newline. */
  readonly message: string;
  readonly path: string;
  /** The new content; undefined removes the file. */
  readonly content: string | undefined;
}

/**
 * The stream for one commit, ending with `get-mark` (fast-import prints the new commit id on
 * stdout) and `done` (run with --done, so a stream cut short imports nothing).
 */
export function encodeFastImportCommit(commit: FastImportCommit): Buffer {
  const signature = `${commit.identity} ${formatRawDate(commit.when)}`;
  const path = quoteFastImportPath(commit.path);
  const parts: Buffer[] = [
    text(`commit ${commit.ref}\nmark :1\nauthor ${signature}\ncommitter ${signature}\n`),
    encodeData(commit.message),
    text(commit.parent === undefined ? '' : `from ${commit.parent}\n`),
  ];
  if (commit.content === undefined) {
    parts.push(text(`D ${path}\n`));
  } else {
    parts.push(text(`M 100644 inline ${path}\n`), encodeData(commit.content));
  }
  parts.push(text('\nget-mark :1\ndone\n'));
  return Buffer.concat(parts);
}

/** `data <byte count>` then the bytes: exact, whatever the content holds. */
function encodeData(content: string): Buffer {
  const bytes = Buffer.from(content, 'utf8');
  return Buffer.concat([text(`data ${String(bytes.length)}\n`), bytes, text('\n')]);
}

/** fast-import's default `raw` date format: seconds since the epoch and the local UTC offset. */
function formatRawDate(when: Date): string {
  const offset = -when.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${String(Math.floor(when.getTime() / 1000))} ${sign}${hours}${minutes}`;
}

/**
 * Always C-quoted: an unquoted path runs to the end of the line and may not start with a
 * quote, while a quoted one can hold any byte but NUL.
 */
function quoteFastImportPath(path: string): string {
  let quoted = '"';
  for (const char of path) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') quoted += `\\${char}`;
    else if (char === '\n') quoted += '\\n';
    else if (code < 0x20 || code === 0x7f) quoted += `\\${code.toString(8).padStart(3, '0')}`;
    else quoted += char;
  }
  return `${quoted}"`;
}

function text(value: string): Buffer {
  return Buffer.from(value, 'utf8');
}
