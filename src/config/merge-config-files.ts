// Merges the files of a config directory into one tree: providers, resources.<kind> and
// routing.defaults merge key by key, moved lists concatenate, version must agree, and a
// key declared in two files is reported at the second, naming the first.
import { errorDiagnostic, type Diagnostic, type SourceRange } from '../diagnostics/diagnostic.js';
import { describeJsonType, isPlainMap, setOwn } from './json-value.js';
import type { EntryPositions, PositionedTree, PositionIndex } from './yaml-positions.js';

interface MapBuilder {
  readonly value: Record<string, unknown>;
  readonly entries: Map<string, EntryPositions>;
  readonly children: Map<string, MapBuilder>;
}

interface ListBuilder {
  readonly value: unknown[];
  readonly items: SourceRange[];
}

interface MergeContext {
  readonly index: PositionIndex;
  readonly diagnostics: Diagnostic[];
  moved: ListBuilder | undefined;
}

type EntryMerger = (target: MapBuilder, key: string, value: unknown, positions: EntryPositions, context: MergeContext) => void;

export interface MergedConfig {
  readonly tree: PositionedTree;
  readonly diagnostics: readonly Diagnostic[];
}

/** Merges parsed files, given in the order they were read (sorted by name). */
export function mergeConfigFiles(trees: readonly PositionedTree[], index: PositionIndex): MergedConfig {
  const first = trees[0];
  if (first === undefined) throw new Error('mergeConfigFiles needs at least one file');
  const context: MergeContext = { index, diagnostics: [], moved: undefined };
  let root: MapBuilder | undefined;
  const notMaps: PositionedTree[] = [];
  for (const tree of trees) {
    if (tree.root === null) continue;
    if (!isPlainMap(tree.root)) {
      notMaps.push(tree);
      continue;
    }
    const positions = index.get(tree.root);
    if (positions?.kind !== 'map') continue;
    root ??= createMapBuilder(positions.start, context);
    for (const [key, value] of Object.entries(tree.root)) {
      const entry = positions.entries.get(key);
      if (entry) mergeTopLevel(root, key, value, entry, context);
    }
  }
  const [firstNotMap, ...otherNotMaps] = notMaps;
  if (root === undefined && firstNotMap !== undefined) {
    // Nothing to merge: the schema reports that this root is not a mapping, once.
    for (const tree of otherNotMaps) reportNotMap(tree, context);
    return { tree: { root: firstNotMap.root, index, start: firstNotMap.start }, diagnostics: context.diagnostics };
  }
  for (const tree of notMaps) reportNotMap(tree, context);
  const merged = root ?? createMapBuilder(first.start, context);
  return { tree: { root: merged.value, index, start: first.start }, diagnostics: context.diagnostics };
}

function reportNotMap(tree: PositionedTree, context: MergeContext): void {
  const summary = `the config must be a mapping, got ${describeJsonType(tree.root)}`;
  const hint = 'A config file holds a mapping with keys such as version, providers and resources.';
  context.diagnostics.push(errorDiagnostic('config.wrong-type', summary, { range: tree.start, hint }));
}

function mergeTopLevel(root: MapBuilder, key: string, value: unknown, entry: EntryPositions, context: MergeContext): void {
  switch (key) {
    case 'version':
      mergeVersion(root, value, entry, context);
      return;
    case 'providers':
      mergeMap(root, key, value, entry, context, mergeProvider);
      return;
    case 'resources':
      mergeMap(root, key, value, entry, context, (kinds, kind, names, kindEntry) => {
        mergeMap(kinds, kind, names, kindEntry, context, (target, name, body, nameEntry) => {
          mergeResource(target, `${kind}.${name}`, name, body, nameEntry, context);
        });
      });
      return;
    case 'routing':
      mergeMap(root, key, value, entry, context, (routing, field, fieldValue, fieldEntry) => {
        if (field === 'defaults') {
          mergeMap(routing, field, fieldValue, fieldEntry, context, (defaults, kind, v, e) => {
            putOnce(defaults, kind, v, e, context, `routing.defaults.${kind}`);
          });
        }
        else putOnce(routing, field, fieldValue, fieldEntry, context, `routing.${field}`);
      });
      return;
    case 'moved':
      mergeMoved(root, value, entry, context);
      return;
    default:
      putOnce(root, key, value, entry, context, key);
  }
}

function mergeVersion(root: MapBuilder, value: unknown, entry: EntryPositions, context: MergeContext): void {
  const firstEntry = root.entries.get('version');
  if (firstEntry === undefined) {
    put(root, 'version', value, entry);
    return;
  }
  if (root.value.version === value) return;
  const hint = `All files of a config must declare the same version; ${formatPlace(firstEntry.value)} says ${JSON.stringify(root.value.version)}.`;
  context.diagnostics.push(errorDiagnostic('config.version-mismatch', `version ${JSON.stringify(value)} differs from the version of another file`, { range: entry.value, hint }));
}

function mergeProvider(target: MapBuilder, name: string, value: unknown, entry: EntryPositions, context: MergeContext): void {
  const first = target.entries.get(name);
  if (first === undefined) {
    put(target, name, value, entry);
    return;
  }
  const hint = `Provider "${name}" is first declared at ${formatPlace(first.key)}. Give one of them another name, or remove the duplicate.`;
  context.diagnostics.push(errorDiagnostic('config.duplicate-provider', `provider "${name}" is declared twice`, { range: entry.key, hint }));
}

function mergeResource(target: MapBuilder, address: string, name: string, value: unknown, entry: EntryPositions, context: MergeContext): void {
  const first = target.entries.get(name);
  if (first === undefined) {
    put(target, name, value, entry);
    return;
  }
  const hint = `${address} is first declared at ${formatPlace(first.key)}. Rename one of them, or remove the duplicate.`;
  context.diagnostics.push(errorDiagnostic('config.duplicate-address', `resource ${address} is declared twice`, { range: entry.key, hint, address }));
}

function mergeMoved(root: MapBuilder, value: unknown, entry: EntryPositions, context: MergeContext): void {
  const positions = Array.isArray(value) ? context.index.get(value) : undefined;
  if (!Array.isArray(value) || positions?.kind !== 'list') {
    putOnce(root, 'moved', value, entry, context, 'moved');
    return;
  }
  if (context.moved === undefined) {
    if (root.entries.has('moved')) {
      putOnce(root, 'moved', value, entry, context, 'moved');
      return;
    }
    const list: ListBuilder = { value: [], items: [] };
    context.index.set(list.value, { kind: 'list', start: positions.start, items: list.items });
    put(root, 'moved', list.value, entry);
    context.moved = list;
  }
  context.moved.value.push(...(value as unknown[]));
  context.moved.items.push(...positions.items);
}

/** Merges a mapping key by key with `mergeEntry`; anything else may be set once only. */
function mergeMap(parent: MapBuilder, key: string, value: unknown, entry: EntryPositions, context: MergeContext, mergeEntry: EntryMerger): void {
  const positions = isPlainMap(value) ? context.index.get(value) : undefined;
  if (!isPlainMap(value) || positions?.kind !== 'map') {
    putOnce(parent, key, value, entry, context, key);
    return;
  }
  let child = parent.children.get(key);
  if (child === undefined) {
    if (parent.entries.has(key)) {
      putOnce(parent, key, value, entry, context, key);
      return;
    }
    child = createMapBuilder(positions.start, context);
    parent.children.set(key, child);
    put(parent, key, child.value, entry);
  }
  for (const [childKey, childValue] of Object.entries(value)) {
    const childEntry = positions.entries.get(childKey);
    if (childEntry) mergeEntry(child, childKey, childValue, childEntry, context);
  }
}

function putOnce(target: MapBuilder, key: string, value: unknown, entry: EntryPositions, context: MergeContext, label: string): void {
  const first = target.entries.get(key);
  if (first === undefined) {
    put(target, key, value, entry);
    return;
  }
  const hint = `"${label}" is first set at ${formatPlace(first.key)}. Set it in one file only.`;
  context.diagnostics.push(errorDiagnostic('config.duplicate-setting', `"${label}" is set in two files`, { range: entry.key, hint }));
}

function put(target: MapBuilder, key: string, value: unknown, entry: EntryPositions): void {
  setOwn(target.value, key, value);
  target.entries.set(key, entry);
}

function createMapBuilder(start: SourceRange, context: MergeContext): MapBuilder {
  const builder: MapBuilder = { value: {}, entries: new Map(), children: new Map() };
  context.index.set(builder.value, { kind: 'map', start, entries: builder.entries });
  return builder;
}

function formatPlace(range: SourceRange): string {
  return `${range.file}:${String(range.line)}`;
}
