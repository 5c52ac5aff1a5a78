import { describe, expect, it } from 'vitest';
import { parseMosaicSection } from '../../../providers/local/repository-files.js';

describe('parseMosaicSection', () => {
  it.each([
    ['plain value', '[mosaic]\n\tvisibility = public\n', 'visibility', 'public'],
    ['quoted value with comment characters', '[mosaic]\n\thomepage = "https://x/#a; b"\n', 'homepage', 'https://x/#a; b'],
    ['trailing comment', '[mosaic]\n\tvisibility = internal ; note\n', 'visibility', 'internal'],
    ['escapes', '[mosaic]\n\thomepage = "a\\"b\\\\c\\td"\n', 'homepage', 'a"b\\c\td'],
    ['line continuation', '[mosaic]\n\thomepage = abc\\\ndef\n', 'homepage', 'abcdef'],
    ['empty value', '[mosaic]\n\ttopics = \n', 'topics', ''],
    ['key without value is true', '[mosaic]\n\tarchived\n', 'archived', 'true'],
    ['case-insensitive section and key', '[Mosaic]\n\tVisibility = public\n', 'visibility', 'public'],
    ['last value wins', '[mosaic]\n\tvisibility = a\n[core]\n\tbare = true\n[mosaic]\n\tvisibility = b\n', 'visibility', 'b'],
    ['inner spaces kept', '[mosaic]\n\thomepage = a  b\n', 'homepage', 'a  b'],
  ])('%s', (_name, config, key, expected) => {
    expect(parseMosaicSection(config).get(key)).toBe(expected);
  });

  it('ignores other sections and subsections', () => {
    const values = parseMosaicSection('[core]\n\tvisibility = x\n[mosaic "sub"]\n\tvisibility = y\n');
    expect(values.size).toBe(0);
  });
});
