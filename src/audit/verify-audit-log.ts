// Verifies an audit log's hash chain and names the first entry that was edited, removed,
// reordered or cannot be read.
import { readFile } from 'node:fs/promises';
import { GENESIS_PREV, decodeAuditEntry, hashAuditEntry, hashAuditLine, type AuditEntry } from './audit-entry.js';

export interface AuditLogProblem {
  /** 1-based position: the line of a file, or the row of a table. */
  readonly line: number;
  readonly seq?: number;
  /** A sentence for the user. */
  readonly reason: string;
}

export interface AuditLogVerification {
  readonly ok: boolean;
  /** Entries verified before the first problem (all of them when ok). */
  readonly count: number;
  readonly problem?: AuditLogProblem;
}

interface LogLine {
  readonly number: number;
  readonly text: string;
  readonly torn: boolean;
  readonly entry: AuditEntry | undefined;
  readonly raw: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Checks every line of the log at `path`. A missing file is an empty log. Entries removed
 * from the very end cannot be detected from the file alone: compare `count` with a count
 * kept elsewhere for that.
 */
export async function verifyAuditLog(path: string): Promise<AuditLogVerification> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, count: 0 };
    throw error;
  }
  const segments = text.split('\n');
  const last = segments.pop() ?? '';
  return verifyAuditLines(last === '' ? segments : [...segments, last], { torn: last !== '' });
}

export interface AuditLinesOptions {
  /** The last line was cut short (a file that does not end with a newline). */
  readonly torn?: boolean;
  /** What a position is called in messages: a line of a file, or a row of a table. */
  readonly unit?: 'line' | 'row';
}

/** Checks a chain given as its stored lines, in order (the first is position 1). */
export function verifyAuditLines(texts: readonly string[], options: AuditLinesOptions = {}): AuditLogVerification {
  const lines = texts.map((lineText, index): LogLine => {
    const decoded = decodeAuditEntry(lineText);
    return { number: index + 1, text: lineText, torn: options.torn === true && index === texts.length - 1, entry: decoded?.entry, raw: decoded?.raw };
  });
  let expectedSeq = 1;
  let expectedPrev = GENESIS_PREV;
  for (const [index, line] of lines.entries()) {
    const problem = findLineProblem(lines, index, expectedSeq, expectedPrev);
    if (problem !== undefined) return { ok: false, count: problem.line - 1, problem: renameUnit(problem, options.unit ?? 'line') };
    expectedSeq = (line.entry?.seq ?? 0) + 1;
    expectedPrev = hashAuditLine(line.text);
  }
  return { ok: true, count: lines.length };
}

// The reasons are worded for lines of a file; a table's rows are the same positions.
function renameUnit(problem: AuditLogProblem, unit: 'line' | 'row'): AuditLogProblem {
  return unit === 'line' ? problem : { ...problem, reason: problem.reason.replaceAll(/\bline (\d+)/g, 'row $1').replaceAll(/\bthe log\b/g, 'the trail') };
}

function findLineProblem(lines: readonly LogLine[], index: number, expectedSeq: number, expectedPrev: string): AuditLogProblem | undefined {
  const line = lines[index];
  if (line === undefined) return undefined;
  const n = line.number;
  if (line.entry === undefined || line.raw === undefined) {
    return {
      line: n,
      reason: line.torn
        ? `line ${String(n)} is torn: the log ends in the middle of an entry, as when a write is cut short by a crash`
        : `line ${String(n)} cannot be read as an audit entry: it was damaged or edited`,
    };
  }
  const { seq } = line.entry;
  if (hashAuditEntry(line.raw) !== line.entry.hash) {
    return { line: n, seq, reason: `entry ${String(seq)} (line ${String(n)}) was edited: its hash does not match its content` };
  }
  if (seq > expectedSeq) {
    const later = lines.slice(index + 1).find((other) => other.entry?.seq === expectedSeq);
    if (later !== undefined) {
      return {
        line: n,
        seq,
        reason: `line ${String(n)} is out of order: it holds entry ${String(seq)}, but entry ${String(expectedSeq)} comes after it, on line ${String(later.number)}`,
      };
    }
    const missing = seq === expectedSeq + 1 ? `entry ${String(expectedSeq)} is missing` : `entries ${String(expectedSeq)} to ${String(seq - 1)} are missing`;
    return { line: n, seq: expectedSeq, reason: `${missing}: line ${String(n)} holds entry ${String(seq)}` };
  }
  if (seq < expectedSeq) {
    const first = lines.slice(0, index).find((other) => other.entry?.hash === line.entry?.hash);
    return {
      line: n,
      seq,
      reason:
        first !== undefined
          ? `line ${String(n)} repeats entry ${String(seq)}, first written on line ${String(first.number)}`
          : `line ${String(n)} is out of order: it holds entry ${String(seq)} after entry ${String(expectedSeq - 1)}`,
    };
  }
  if (line.entry.prev !== expectedPrev) return describeBrokenLink(lines, index);
  return undefined;
}

// The seq is right but the chain is broken: a line was rewritten with a recomputed hash. If the
// next line still chains to this one, this one is intact and the line before was rewritten.
function describeBrokenLink(lines: readonly LogLine[], index: number): AuditLogProblem {
  const line = lines[index];
  const before = lines[index - 1];
  const next = lines[index + 1];
  const seq = line?.entry?.seq ?? 0;
  const n = line?.number ?? index + 1;
  if (line !== undefined && before?.entry !== undefined && next?.entry?.prev === hashAuditLine(line.text)) {
    return {
      line: before.number,
      seq: before.entry.seq,
      reason: `entry ${String(before.entry.seq)} (line ${String(before.number)}) was edited: entry ${String(seq)} recorded a different hash for it`,
    };
  }
  const link = before === undefined ? 'the start of the log' : `line ${String(before.number)}`;
  return { line: n, seq, reason: `entry ${String(seq)} (line ${String(n)}) was edited or replaced: it does not chain to ${link}` };
}
