// The fast reading of config files (js-yaml) must give exactly what the reference reading
// (the `yaml` package) gives, or leave the file to it: values, every position of the index,
// ${env:...} diagnostics and tainted ranges.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseConfigFile } from '../../src/config/parse-config-file.js';
import { createPositionIndex } from '../../src/config/yaml-positions.js';
import { createMutator, readBothWays, readingEnv } from './compare-readings.js';

const root = join(import.meta.dirname, '..', '..');

function listYaml(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(dir, name));
}

function expectSameReading(text: string): void {
  const { reference, fast, differences } = readBothWays(text);
  expect(fast, 'the fast reading left this document to the reference').toBeDefined();
  expect(reference.tree).toBeDefined();
  expect(differences).toEqual([]);
}

const tricky: Readonly<Record<string, string>> = {
  'flow in block, comments everywhere': [
    '# leading comment',
    'version: 1   # trailing',
    'providers:',
    '  # indented comment',
    '  local: { type: local, root: "./data" }   # flow map',
    '  "quoted key": {a: [1, 2, {b: c}], \'d e\': f, "x": [ ], y: {}}',
    '  spaces in key: value',
    '  list: [a, b, ]',
    'resources:',
    '',
    '  repository:',
    '    api:',
    '      topics: [service,generated]',
    '      labels: {team: core, empty: , tilde: ~, nul: null, flowempty:}',
    '      nested:',
    '      - a',
    '      -   b   # spaced',
    '      - - inner',
    '        - list',
    '      - k: v',
    '        k2: v2',
    '      - {x: 1,',
    '         y: 2}',
    '      - [1,',
    '         2]',
    '',
  ].join('\n'),
  'block scalars': 'a: |\n  line one\n    indented\n  line three\nb: |-\n  stripped\nc: >\n  folded\n  text\n\n  para\n   more\nd: >-  # header comment\n  x\n\n\ne: |\n\n  after blank\nl:\n- |\n  in list\n- >-\n  y\n  z\n',
  'empty values': 'a:\nb:   \nc: # comment\nd: {x: , y:}\ne:\n  f:\n  g: 1\n',
  'scalars of the core schema': [
    'nul: [null, Null, NULL, ~]',
    'bools: [true, True, TRUE, false, False, FALSE, yes, no, on, off, y, n]',
    'ints: [0, -12, +7, 0123, 0x1F, 0o17, 0b101, 1_000, 12345678901234567890, -0, 0x, 0o]',
    'floats: [3.14, 3., .5, -.5, +.5, 1e3, 1E-3, .5e3, 1.e5, .inf, -.inf, +.INF, .nan, .NaN, .NAN, -.nan, 1e, .e1]',
    'dates: [2024-01-01, 2001-12-14t21:59:43.10-05:00, 12:30, 1:2:3]',
    'quoted: ["1", \'true\', "null", "", \'\']',
    'null: key null',
    '1.50: key float',
    'true: key bool',
    '0x1F: key hex',
    '',
  ].join('\n'),
  'strings': [
    "single: 'it''s'",
    'double: "tab\\there\\u00e9 \\x41 \\" \\\\ \\/ \\0 \\a \\e \\N \\_ \\L \\P end"',
    'unicode: "héllo wörld ✓ 日本"',
    'emoji: 🎉 party',
    'colon: a:b',
    'hash: a#b',
    'url: http://example.com/x?y=1#frag',
    'color: "#fff"',
    'raw tab: plain\twith tab',
    'tab before:\t"value"',
    'multi: this is',
    '  a multi line',
    '',
    '  plain scalar',
    'dq: "double',
    '  quoted',
    '',
    '  multi"',
    "sq: 'single",
    "  quoted'",
    '"": empty key',
    '__proto__: {polluted: true}',
    'constructor: x',
    'merge:',
    '  <<: {a: 1}',
    '  b: 2',
    '',
  ].join('\n'),
  'env interpolation': 'home: ${env:HOME_DIR}/x\nmissing: ${env:NOPE_NOT_SET} and ${env:NOPE_NOT_SET}\nbad: ${env:1bad}\nescaped: $${env:NOPE}\nempty: "${env:EMPTY}"\nblock: |\n  ${env:NOPE_TOO}\nlist:\n  - "${env:NOPE_A}"\nflow: ["${env:NOPE_B}"]\n',
  'CRLF line endings': 'version: 1\r\nproviders:\r\n  local: {type: local, a: , b: [1,\r\n    2]}\r\nlist:\r\n  - a\r\n  - "b"\r\nempty:\r\nblock: |\r\n  x\r\n  y\r\nfolded: >\r\n  p\r\n  q\r\n',
  'byte order mark': '\uFEFFversion: 1\nname: bom\nlist:\n- a\n',
  'byte order mark before a comment': '\uFEFF# c\n- a\n',
  'a block sequence at the root': '- top\n- level\n- list: with map\n  more: 1\n- [flow]\n- {flow: map}\n- "quoted"\n',
  'a flow mapping at the root': '{"a":1,"b":[true,null], c: {d: e}}\n',
  'an empty document': '',
  'a document of comments': '# only a comment\n\n  # another\n',
  'a long plain value': `long: ${'x'.repeat(2000)}\n`,
};

describe('the fast reading gives what the reference gives', () => {
  test.each([...listYaml(join(root, 'test', 'fixtures', 'config', 'valid')), ...listYaml(join(root, 'examples', 'quickstart'))])('%s', (file) => {
    expectSameReading(readFileSync(file, 'utf8'));
  });

  test.each(listYaml(join(root, 'test', 'fixtures', 'config', 'invalid')))('%s, when it reads it', (file) => {
    const { differences } = readBothWays(readFileSync(file, 'utf8'));
    expect(differences).toEqual([]);
  });

  test('a generated config of 300 resources', async () => {
    const module = (await import(pathToFileURL(join(root, 'bench', 'generate-config.mjs')).href)) as { generateConfig: (total: number) => string };
    expectSameReading(module.generateConfig(300));
  });

  test.each(Object.entries(tricky))('%s', (_name, text) => {
    expectSameReading(text);
  });

  test('documents a few edits away from these, whenever it reads them', () => {
    const mutate = createMutator(20240601);
    const seeds = Object.values(tricky).map((text) => text.slice(0, 1500));
    let read = 0;
    for (let i = 0; i < 2000; i++) {
      const text = mutate(seeds[i % seeds.length] ?? '');
      const { fast, differences } = readBothWays(text);
      if (fast !== undefined) read++;
      expect(differences, JSON.stringify(text)).toEqual([]);
    }
    // The edits must leave enough documents to the fast reading for the test to mean something.
    expect(read).toBeGreaterThan(300);
  });
});

const leftToReference: Readonly<Record<string, string>> = {
  'a syntax error': 'x: [1, 2\n',
  'a duplicate key': 'a: 1\na: 2\n',
  'keys duplicate once resolved': 'null: a\n~: b\n',
  'a duplicate key in flow': '{a: 1, a: 2}\n',
  'an anchor and an alias': 'a: &anchor 1\nb: *anchor\n',
  'a tag': 'a: !!str 1\n',
  'an explicit key': '? complex\n: key\n',
  'a document start marker': '---\na: 1\n',
  'several documents': 'a: 1\n---\nb: 2\n',
  'a directive': '%YAML 1.1\n---\na: yes\n',
  'a flow pair in a list': 'a: [b: 1]\n',
  'a flow key without a value': '{a, b: 1}\n',
  'an empty block item': 'a:\n  -\n  - x\n',
  'a mapping as a key': '{a: 1}: x\n',
  'a comment glued to a quote': "a: 'y'#z\n",
  'a tab in indentation': 'a:\n\t- 1\n',
  'a byte order mark before a dash': '\uFEFF- a\n',
  'keep chomping': 'a: |+\n  x\n\n',
  'an indentation indicator': 'a: |2\n   x\n',
  'a key past 1024 characters': `${'k'.repeat(1100)}: 1\n`,
  'a flow end at the start of a line': 'a: [\n  1\n]\n',
  'a scalar document': 'just text\n',
  'a lone CR': 'a: 1\rb: 2\r',
};

describe('the fast reading leaves the file to the reference', () => {
  test.each(Object.entries(leftToReference))('%s', (_name, text) => {
    const { reference, fast } = readBothWays(text);
    expect(fast).toBeUndefined();
    const source = { path: '/config/mosaic.yaml', displayPath: 'mosaic.yaml', text };
    expect(parseConfigFile(source, readingEnv, createPositionIndex()).diagnostics).toEqual(reference.diagnostics);
  });

  test('duplicate keys keep their diagnostics', () => {
    const source = { path: '/config/mosaic.yaml', displayPath: 'mosaic.yaml', text: 'a: 1\nb: 2\na: 3\n' };
    const parsed = parseConfigFile(source, readingEnv, createPositionIndex());
    expect(parsed.tree).toBeUndefined();
    expect(parsed.diagnostics).toMatchObject([{ code: 'config.yaml-syntax', summary: 'map keys must be unique: "a" appears twice', range: { line: 3, column: 1 } }]);
  });
});
