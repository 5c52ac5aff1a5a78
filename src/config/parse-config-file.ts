// Parses one config file: YAML (with yaml's own errors, duplicate keys included) into plain
// values whose mappings and lists are registered in a PositionIndex, with ${env:NAME}
// interpolated in every string value as it is read. The fast reading (js-yaml) answers for
// the plain documents it can vouch for; the `yaml` package reads the rest and is the reference.
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { errorDiagnostic, type Diagnostic, type SourceRange } from '../diagnostics/diagnostic.js';
import { interpolateScalar } from './interpolate-scalar.js';
import { setOwn } from './json-value.js';
import { parseConfigFileFast } from './parse-config-file-fast.js';
import type { ConfigSource } from './read-config-files.js';
import type { EntryPositions, PositionedTree, PositionIndex } from './yaml-positions.js';

export interface ParsedConfigFile {
  readonly source: ConfigSource;
  /** Undefined when the file has YAML errors. */
  readonly tree: PositionedTree | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** rangeKey of every scalar whose interpolation failed: later checks stay quiet there. */
  readonly taintedRanges: ReadonlySet<string>;
}

interface WalkContext {
  readonly doc: Document;
  readonly file: string;
  readonly lines: LineCounter;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly index: PositionIndex;
  readonly diagnostics: Diagnostic[];
  readonly tainted: Set<string>;
  aliasesLeft: number;
  /** Alias targets being expanded now: one met again refers to a node that contains it. */
  readonly expanding: Set<unknown>;
  fatalErrors: number;
}

// Bounds alias expansion, so a "billion laughs" document cannot exhaust memory.
const maxAliasExpansions = 10_000;

export function parseConfigFile(source: ConfigSource, env: Readonly<Record<string, string | undefined>>, index: PositionIndex): ParsedConfigFile {
  return parseConfigFileFast(source, env, index) ?? parseConfigFileWithYaml(source, env, index);
}

/** The reference reading, with the `yaml` package: every document, and every YAML error. */
export function parseConfigFileWithYaml(source: ConfigSource, env: Readonly<Record<string, string | undefined>>, index: PositionIndex): ParsedConfigFile {
  const lines = new LineCounter();
  // yaml's own duplicate-key check is quadratic in a mapping's size; decodeMap checks instead.
  const doc = parseDocument(source.text, { lineCounter: lines, prettyErrors: true, uniqueKeys: false });
  const start: SourceRange = { file: source.displayPath, line: 1, column: 1 };
  const yamlDiagnostics = [
    ...doc.errors.map((e) => describeYamlError(e, 'error', source.displayPath)),
    ...doc.warnings.map((e) => describeYamlError(e, 'warning', source.displayPath)),
  ];
  if (doc.errors.length > 0) return { source, tree: undefined, diagnostics: yamlDiagnostics, taintedRanges: new Set() };
  const context: WalkContext = { doc, file: source.displayPath, lines, env, index, diagnostics: [...yamlDiagnostics], tainted: new Set(), aliasesLeft: maxAliasExpansions, expanding: new Set(), fatalErrors: 0 };
  const root = decodeNode(doc.contents, context);
  // A duplicate key or an alias that cannot expand is a YAML error: what the file means is
  // unknown, as with a syntax error.
  const tree = context.fatalErrors > 0 ? undefined : { root, index, start };
  return { source, tree, diagnostics: context.diagnostics, taintedRanges: context.tainted };
}

function describeYamlError(error: YAMLError, severity: 'error' | 'warning', file: string): Diagnostic {
  const position = error.linePos?.[0];
  const range: SourceRange = { file, line: position?.line ?? 1, column: position?.col ?? 1 };
  // Pretty errors append " at line L, column C:" and a code frame; the range says that already.
  const firstLine = error.message.split('\n')[0] ?? error.message;
  const message = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  const summary = message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, '');
  const hint = 'Fix the YAML syntax at this place.';
  return severity === 'error' ? errorDiagnostic('config.yaml-syntax', summary, { range, hint }) : { severity, code: 'config.yaml-warning', summary, range, hint };
}

function positionOf(node: unknown, context: WalkContext): SourceRange | undefined {
  const range = (node as { range?: readonly number[] | null } | null | undefined)?.range;
  const offset = range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = context.lines.linePos(offset);
  return { file: context.file, line, column: col };
}

function decodeNode(node: unknown, context: WalkContext): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    context.aliasesLeft--;
    const target = context.aliasesLeft >= 0 ? node.resolve(context.doc) : undefined;
    if (target === undefined || context.expanding.has(target)) {
      const range = positionOf(node, context);
      const summary = target === undefined ? `cannot expand alias *${node.source}` : `alias *${node.source} refers to a node that contains it`;
      context.diagnostics.push(errorDiagnostic('config.yaml-syntax', summary, { range, hint: 'Define the anchor before using it, and never inside what it names.' }));
      context.fatalErrors++;
      return null;
    }
    context.expanding.add(target);
    try {
      return decodeNode(target, context);
    } finally {
      context.expanding.delete(target);
    }
  }
  if (isScalar(node)) return decodeScalar(node.value, positionOf(node, context), context);
  if (isMap(node)) return decodeMap(node.items, node, context);
  if (isSeq(node)) return decodeList(node.items, node, context);
  return null;
}

function decodeScalar(value: unknown, range: SourceRange | undefined, context: WalkContext): unknown {
  if (typeof value === 'string') return interpolateScalar(value, range, context);
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  // Only custom tags produce other values; the config's schema wants text there anyway.
  return value instanceof Date ? value.toISOString() : JSON.stringify(value);
}

function decodeMap(items: readonly unknown[], node: object, context: WalkContext): Record<string, unknown> {
  const start = positionOf(node, context) ?? { file: context.file, line: 1, column: 1 };
  const value: Record<string, unknown> = {};
  const entries = new Map<string, EntryPositions>();
  for (const item of items) {
    const pair = item as { key: unknown; value: unknown };
    const key = describeKey(pair.key, context);
    const keyRange = positionOf(pair.key, context) ?? start;
    const valueRange = positionOf(pair.value, context) ?? keyRange;
    const first = entries.get(key);
    if (first !== undefined) {
      context.fatalErrors++;
      const hint = `"${key}" is first written at line ${String(first.key.line)}. A key may appear only once in a mapping: remove or rename one of them.`;
      context.diagnostics.push(errorDiagnostic('config.yaml-syntax', `map keys must be unique: "${key}" appears twice`, { range: keyRange, hint }));
      continue;
    }
    setOwn(value, key, decodeNode(pair.value, context));
    entries.set(key, { key: keyRange, value: valueRange });
  }
  context.index.set(value, { kind: 'map', start, entries });
  return value;
}

function decodeList(items: readonly unknown[], node: object, context: WalkContext): unknown[] {
  const start = positionOf(node, context) ?? { file: context.file, line: 1, column: 1 };
  const value = items.map((item) => decodeNode(item, context));
  const ranges = items.map((item) => positionOf(item, context) ?? start);
  context.index.set(value, { kind: 'list', start, items: ranges });
  return value;
}

function describeKey(key: unknown, context: WalkContext): string {
  if (isScalar(key)) {
    const value = key.value;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
    return value === null || value === undefined ? '' : JSON.stringify(value);
  }
  if (isAlias(key)) return describeKey(key.resolve(context.doc), context);
  // A mapping or list used as a key: its YAML text, which no schema accepts as a name.
  return isNode(key) ? key.toString() : '';
}
