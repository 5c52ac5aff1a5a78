import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeConfigValue, readConfigSection, setConfigVariables } from '../../../providers/local/git-config-text.js';

const folder = mkdtempSync(join(tmpdir(), 'mosaic-config-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

let files = 0;
/** Writes `text` to a fresh file for `git config --file`. */
function configFile(text: string): string {
  files += 1;
  const path = join(folder, `config-${String(files)}`);
  writeFileSync(path, text);
  return path;
}

/** What real git reads for KEY in the file, or undefined when it is not set. */
function gitGet(path: string, key: string): string | undefined {
  const result = spawnSync('git', ['config', '--file', path, '--get', key], { encoding: 'utf8' });
  if (result.status === 1) return undefined;
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.endsWith('\n') ? result.stdout.slice(0, -1) : result.stdout;
}

const awkwardValues = [
  'plain',
  '',
  'two  inner  spaces',
  ' leading space',
  'trailing space ',
  'https://example.com/#anchor',
  'a; b',
  'say "hi"',
  'back\\slash and end\\',
  'tab\there',
  '\tleading tab',
  'new\nline',
  'carriage\rreturn',
  'trailing carriage return\r',
  'ünïcödé ✓\u00a0nbsp at the end\u00a0',
  '"quoted" ; # \\ all',
];

describe('git config text', () => {
  it.each(awkwardValues)('encodes %j exactly as git config writes it', (value) => {
    const path = configFile('');
    execFileSync('git', ['config', '--file', path, 'mosaic.homepage', value]);
    expect(readFileSync(path, 'utf8')).toBe(`[mosaic]\n\thomepage = ${encodeConfigValue(value)}\n`);
  });

  it('writes values real git reads back, and reads them back the same way', () => {
    const updates = new Map(awkwardValues.map((value, index) => [`v${String(index)}`, value]));
    const path = configFile(setConfigVariables('[core]\n\tbare = true\n', 'mosaic', updates));
    for (const [key, value] of updates) expect(gitGet(path, `mosaic.${key}`)).toBe(value);
    expect(gitGet(path, 'core.bare')).toBe('true');
    expect([...readConfigSection(readFileSync(path, 'utf8'), 'mosaic')]).toEqual([...updates]);
  });

  it('replaces every old line of a variable, removes cleared ones and keeps every other byte', () => {
    const original = [
      '[core]',
      '\tbare = true',
      '# a comment that stays',
      '[mosaic] topics = a,b',
      '\tvisibility = private ; trailing comment',
      '\thomepage = "https://old" \\',
      '  continued',
      '[mosaic "sub"]',
      '\ttopics = not ours',
      '[Mosaic]',
      '\tTopics = x',
      '\tarchived',
      '[user]',
      '\tname = someone',
      '',
    ].join('\n');
    const updates = new Map([
      ['topics', 'c,d'],
      ['homepage', undefined],
      ['archived', 'false'],
    ]);
    const edited = setConfigVariables(original, 'mosaic', updates);
    const path = configFile(edited);
    expect(gitGet(path, 'mosaic.topics')).toBe('c,d');
    expect(spawnSync('git', ['config', '--file', path, '--get-all', 'mosaic.topics'], { encoding: 'utf8' }).stdout).toBe('c,d\n');
    expect(gitGet(path, 'mosaic.homepage')).toBeUndefined();
    expect(gitGet(path, 'mosaic.archived')).toBe('false');
    expect(gitGet(path, 'mosaic.visibility')).toBe('private');
    expect(gitGet(path, 'mosaic.sub.topics')).toBe('not ours');
    expect(gitGet(path, 'user.name')).toBe('someone');
    expect(edited).toBe(
      [
        '[core]',
        '\tbare = true',
        '# a comment that stays',
        '[mosaic] ',
        '\tvisibility = private ; trailing comment',
        '[mosaic "sub"]',
        '\ttopics = not ours',
        '[Mosaic]',
        '\ttopics = c,d',
        '\tarchived = false',
        '[user]',
        '\tname = someone',
        '',
      ].join('\n'),
    );
  });

  it('adds the section at the end, also to a file without a final newline or no file at all', () => {
    const updates = new Map([['visibility', 'public']]);
    expect(setConfigVariables('[core]\n\tbare = true', 'mosaic', updates)).toBe('[core]\n\tbare = true\n[mosaic]\n\tvisibility = public\n');
    expect(setConfigVariables('', 'mosaic', updates)).toBe('[mosaic]\n\tvisibility = public\n');
    expect(setConfigVariables('[mosaic]', 'mosaic', updates)).toBe('[mosaic]\n\tvisibility = public\n');
    expect(setConfigVariables('[mosaic]\n\tvisibility = x', 'mosaic', updates)).toBe('[mosaic]\n\n\tvisibility = public\n');
  });

  it('reads CRLF files and continuations as git does', () => {
    const config = '[mosaic]\r\n\thomepage = a\\\r\nb\r\n\ttopics = "x;y"\r\n';
    expect(readConfigSection(config, 'mosaic')).toEqual(new Map([['homepage', 'ab'], ['topics', 'x;y']]));
    const path = configFile(config);
    expect(gitGet(path, 'mosaic.homepage')).toBe('ab');
    expect(gitGet(path, 'mosaic.topics')).toBe('x;y');
  });
});
