// The fast reading of one config file: decodes js-yaml's outline (outline-yaml.ts) into the
// same values, PositionIndex, ${env:NAME} interpolation and diagnostics as the reference
// reading with the `yaml` package. Undefined whenever it is unsure, e.g. for a syntax error or
// a duplicate key: the reference reading then says what is wrong.
import type { SourceRange } from '../diagnostics/diagnostic.js';
import { interpolateScalar, type InterpolationContext } from './interpolate-scalar.js';
import { setOwn } from './json-value.js';
import { outlineYaml, type OutlineList, type OutlineMap, type OutlineNode, type OutlineScalar } from './outline-yaml.js';
import type { ParsedConfigFile } from './parse-config-file.js';
import type { ConfigSource } from './read-config-files.js';
import { resolveCoreScalar, type CoreScalar } from './resolve-core-scalar.js';
import type { EntryPositions, PositionIndex } from './yaml-positions.js';

interface DecodeContext extends InterpolationContext {
  readonly file: string;
  /** Offset of the first character of each line, as the `yaml` LineCounter counts them. */
  readonly lineStarts: readonly number[];
  readonly index: PositionIndex;
  duplicateKey: boolean;
}

export function parseConfigFileFast(source: ConfigSource, env: Readonly<Record<string, string | undefined>>, index: PositionIndex): ParsedConfigFile | undefined {
  const outline = outlineYaml(source.text);
  if (outline === undefined) return undefined;
  const file = source.displayPath;
  const context: DecodeContext = { file, lineStarts: findLineStarts(source.text), index, env, diagnostics: [], tainted: new Set(), duplicateKey: false };
  // Objects registered in the index before a duplicate key turns up are dropped with the
  // result; the index holds them weakly.
  const root = outline.root === null ? null : decodeNode(outline.root, context);
  if (context.duplicateKey) return undefined;
  const start: SourceRange = { file, line: 1, column: 1 };
  return { source, tree: { root, index, start }, diagnostics: context.diagnostics, taintedRanges: context.tainted };
}

function decodeNode(node: OutlineNode, context: DecodeContext): unknown {
  switch (node.kind) {
    case 'empty':
      return null;
    case 'scalar': {
      const value = readScalar(node);
      return typeof value === 'string' ? interpolateScalar(value, positionAt(node.start, context), context) : value;
    }
    case 'map':
      return decodeMap(node, context);
    case 'list':
      return decodeList(node, context);
  }
}

function readScalar(node: OutlineScalar): CoreScalar {
  return node.plain ? resolveCoreScalar(node.text) : node.text;
}

function decodeMap(node: OutlineMap, context: DecodeContext): Record<string, unknown> | null {
  const start = positionAt(node.start, context);
  const value: Record<string, unknown> = {};
  const entries = new Map<string, EntryPositions>();
  for (let i = 0; i < node.keys.length; i++) {
    const keyNode = node.keys[i];
    const valueNode = node.values[i];
    if (keyNode === undefined || valueNode === undefined) continue;
    const key = describeKey(readScalar(keyNode));
    if (entries.has(key)) {
      context.duplicateKey = true;
      return null;
    }
    const keyRange = positionAt(keyNode.start, context);
    const valueRange = positionAt(valueNode.start, context);
    setOwn(value, key, decodeNode(valueNode, context));
    entries.set(key, { key: keyRange, value: valueRange });
  }
  context.index.set(value, { kind: 'map', start, entries });
  return value;
}

function decodeList(node: OutlineList, context: DecodeContext): unknown[] {
  const start = positionAt(node.start, context);
  const value = node.items.map((item) => decodeNode(item, context));
  const ranges = node.items.map((item) => positionAt(item.start, context));
  context.index.set(value, { kind: 'list', start, items: ranges });
  return value;
}

/** A key's name as the reference reading gives it: null (`~`, `null`) is the empty name. */
function describeKey(key: CoreScalar): string {
  return key === null ? '' : typeof key === 'string' ? key : String(key);
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, as `yaml`'s LineCounter.linePos gives them. */
function positionAt(offset: number, context: DecodeContext): SourceRange {
  const starts = context.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { file: context.file, line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
