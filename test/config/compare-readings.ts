// Reads one YAML text both ways (the fast js-yaml reading and the `yaml` reference) and lists
// every difference: values (NaN and -0 included), key order, every position of the index,
// diagnostics and tainted ranges.
import { isDeepStrictEqual } from 'node:util';
import { parseConfigFileWithYaml, type ParsedConfigFile } from '../../src/config/parse-config-file.js';
import { parseConfigFileFast } from '../../src/config/parse-config-file-fast.js';
import { createPositionIndex, type NodePositions, type PositionIndex } from '../../src/config/yaml-positions.js';

export interface Readings {
  readonly reference: ParsedConfigFile;
  /** Undefined when the fast reading left the file to the reference. */
  readonly fast: ParsedConfigFile | undefined;
  readonly differences: readonly string[];
}

export const readingEnv = { HOME_DIR: '/home/ada', EMPTY: '' };

export function readBothWays(text: string, displayPath = 'mosaic.yaml'): Readings {
  const source = { path: `/config/${displayPath}`, displayPath, text };
  const referenceIndex = createPositionIndex();
  const fastIndex = createPositionIndex();
  const reference = parseConfigFileWithYaml(source, readingEnv, referenceIndex);
  const fast = parseConfigFileFast(source, readingEnv, fastIndex);
  if (fast === undefined) return { reference, fast, differences: [] };
  const differences: string[] = [];
  if (reference.tree === undefined || fast.tree === undefined) differences.push(`tree: reference ${String(reference.tree !== undefined)}, fast ${String(fast.tree !== undefined)}`);
  else {
    compareValues(reference.tree.root, fast.tree.root, referenceIndex, fastIndex, '$', differences);
    if (!isDeepStrictEqual(reference.tree.start, fast.tree.start)) differences.push('tree start');
  }
  if (!isDeepStrictEqual(reference.diagnostics, fast.diagnostics)) differences.push(`diagnostics: ${JSON.stringify(reference.diagnostics)} vs ${JSON.stringify(fast.diagnostics)}`);
  if (!isDeepStrictEqual([...reference.taintedRanges], [...fast.taintedRanges])) differences.push('tainted ranges');
  return { reference, fast, differences };
}

function compareValues(expected: unknown, actual: unknown, expectedIndex: PositionIndex, actualIndex: PositionIndex, path: string, differences: string[]): void {
  if (typeof expected !== 'object' || expected === null) {
    if (!Object.is(expected, actual)) differences.push(`${path}: ${describe(expected)} vs ${describe(actual)}`);
    return;
  }
  if (typeof actual !== 'object' || actual === null || Array.isArray(expected) !== Array.isArray(actual)) {
    differences.push(`${path}: ${describe(expected)} vs ${describe(actual)}`);
    return;
  }
  const expectedPositions = describePositions(expectedIndex.get(expected));
  const actualPositions = describePositions(actualIndex.get(actual));
  if (expectedPositions !== actualPositions) differences.push(`${path}: positions ${expectedPositions} vs ${actualPositions}`);
  const keys = Object.keys(expected);
  if (!isDeepStrictEqual(keys, Object.keys(actual))) {
    differences.push(`${path}: keys ${JSON.stringify(keys)} vs ${JSON.stringify(Object.keys(actual))}`);
    return;
  }
  for (const key of keys) {
    compareValues((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], expectedIndex, actualIndex, `${path}.${key}`, differences);
  }
}

function describe(value: unknown): string {
  return `${typeof value} ${Object.is(value, -0) ? '-0' : ((JSON.stringify(value) as string | undefined) ?? String(value))}`;
}

/** Every position in order, files included, as one comparable line. */
function describePositions(positions: NodePositions | undefined): string {
  if (positions === undefined) return 'none';
  if (positions.kind === 'list') return JSON.stringify(positions);
  return JSON.stringify({ kind: positions.kind, start: positions.start, entries: [...positions.entries] });
}

/** A deterministic generator of small edits, to probe the documents around a given one. */
export function createMutator(seed: number): (text: string) => string {
  let state = seed;
  const random = (n: number): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const pieces = [' ', '  ', '\t', '\n', '\n  ', '#', ' #', ':', ': ', '-', '- ', '"', "'", '[', ']', '{', '}', ',', '|', '>', '?', '!', '0', '.', '~', '\r\n', '\\', '\n- ', 'a', '${env:X}'];
  return (text) => {
    let result = text;
    for (let edits = 1 + random(3); edits > 0; edits--) {
      const at = random(result.length + 1);
      const piece = pieces[random(pieces.length)] ?? '';
      const lines = result.split('\n');
      const line = random(lines.length);
      switch (random(6)) {
        case 0: result = result.slice(0, at) + piece + result.slice(at); break;
        case 1: result = result.slice(0, at) + piece + result.slice(at + 1); break;
        case 2: result = result.slice(0, at) + result.slice(at + 1 + random(3)); break;
        case 3: lines.splice(line, 0, lines[random(lines.length)] ?? ''); result = lines.join('\n'); break;
        case 4: lines[line] = ' '.repeat(1 + random(2)) + (lines[line] ?? ''); result = lines.join('\n'); break;
        default: lines[line] = (lines[line] ?? '').replace(/^ {1,2}/, ''); result = lines.join('\n');
      }
    }
    return result;
  };
}
