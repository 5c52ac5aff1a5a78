// Source positions of the plain values decoded from YAML: each mapping and list object is
// registered once, so a JSON path (from ajv or a check) finds its node in O(depth).
import type { SourceRange } from '../diagnostics/diagnostic.js';

export interface EntryPositions {
  /** Where the key is written. */
  readonly key: SourceRange;
  /** Where the value starts (the key's position when the value is empty). */
  readonly value: SourceRange;
}

export interface MapPositions {
  readonly kind: 'map';
  /** The mapping's start: its first key for a block mapping, `{` for a flow one. */
  readonly start: SourceRange;
  readonly entries: ReadonlyMap<string, EntryPositions>;
}

export interface ListPositions {
  readonly kind: 'list';
  readonly start: SourceRange;
  readonly items: readonly SourceRange[];
}

export type NodePositions = MapPositions | ListPositions;

/** Positions of every mapping and list object, keyed by the object itself. */
export type PositionIndex = WeakMap<object, NodePositions>;

/** A decoded value together with where its parts were written. */
export interface PositionedTree {
  readonly root: unknown;
  readonly index: PositionIndex;
  /** Used when nothing more precise is known (e.g. an empty document). */
  readonly start: SourceRange;
}

export type JsonPath = readonly string[];

export function createPositionIndex(): PositionIndex {
  return new WeakMap<object, NodePositions>();
}

/** Splits an ajv instancePath (a JSON Pointer) into unescaped segments. */
export function parseInstancePath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

interface Located {
  readonly value: unknown;
  readonly range: SourceRange;
  readonly keyRange: SourceRange | undefined;
  /** False when the path went further than the tree. */
  readonly found: boolean;
}

function childOf(value: unknown, segment: string): unknown {
  if (Array.isArray(value)) return value[Number(segment)];
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, segment)) {
    return (value as Record<string, unknown>)[segment];
  }
  return undefined;
}

function locate(tree: PositionedTree, path: JsonPath): Located {
  let value: unknown = tree.root;
  let range = startOf(tree, value);
  let keyRange: SourceRange | undefined;
  for (const segment of path) {
    const positions = typeof value === 'object' && value !== null ? tree.index.get(value) : undefined;
    let next: SourceRange | undefined;
    let nextKey: SourceRange | undefined;
    if (positions?.kind === 'map') {
      const entry = positions.entries.get(segment);
      next = entry?.value;
      nextKey = entry?.key;
    } else if (positions?.kind === 'list') {
      next = positions.items[Number(segment)];
      nextKey = next;
    }
    if (next === undefined) return { value: undefined, range, keyRange, found: false };
    value = childOf(value, segment);
    range = next;
    keyRange = nextKey;
  }
  return { value, range, keyRange, found: true };
}

function startOf(tree: PositionedTree, value: unknown): SourceRange {
  const positions = typeof value === 'object' && value !== null ? tree.index.get(value) : undefined;
  return positions?.start ?? tree.start;
}

/** Where the value at `path` is written (the nearest known ancestor when it is not). */
export function locateValue(tree: PositionedTree, path: JsonPath): SourceRange {
  return locate(tree, path).range;
}

/** Where the key of the entry at `path` is written (for a list item, the item). */
export function locateKey(tree: PositionedTree, path: JsonPath): SourceRange {
  const found = locate(tree, path);
  return found.keyRange ?? found.range;
}

/** Where the mapping or list at `path` starts. */
export function locateStart(tree: PositionedTree, path: JsonPath): SourceRange {
  const found = locate(tree, path);
  return found.found ? startOf(tree, found.value) : found.range;
}

/** The value at `path`, or undefined. */
function readPath(root: unknown, path: JsonPath): unknown {
  let value = root;
  for (const segment of path) value = childOf(value, segment);
  return value;
}

/** `topics[0]`, `lifecycle.ignore_changes[1]`: a path for messages, relative to `base`. */
export function formatFieldPath(root: unknown, base: JsonPath, path: JsonPath): string {
  let value = readPath(root, base);
  let text = '';
  for (const segment of path) {
    text += Array.isArray(value) ? `[${segment}]` : text === '' ? segment : `.${segment}`;
    value = childOf(value, segment);
  }
  return text;
}

/** A stable string for a range, to compare places. */
export function rangeKey(range: SourceRange): string {
  return `${range.file}\u0000${String(range.line)}\u0000${String(range.column)}`;
}
