// Unit tests of the small pure parts: did-you-mean and ${env:...} interpolation.
import { describe, expect, test } from 'vitest';
import { findClosest, measureEditDistance } from '../../src/config/did-you-mean.js';
import { interpolateEnv } from '../../src/config/interpolate-env.js';

describe('findClosest', () => {
  test.each([
    ['descriptin', ['name', 'description'], 'description'],
    ['desc', ['name', 'description'], 'description'],
    ['repositories', ['repository', 'page'], 'repository'],
    ['privat', ['private', 'internal', 'public'], 'private'],
    ['xyz', ['name', 'description'], undefined],
    ['nme', ['name', 'key'], 'name'],
  ] as const)('%s', (typed, candidates, expected) => {
    expect(findClosest(typed, candidates)).toBe(expected);
  });

  test('edit distance gives up past its limit', () => {
    expect(measureEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(measureEditDistance('kitten', 'sitting', 2)).toBe(3);
  });
});

describe('interpolateEnv', () => {
  const env = { A: 'x', EMPTY: '' };
  test.each([
    ['${env:A}', 'x', []],
    ['pre-${env:A}-post', 'pre-x-post', []],
    ['$${env:A}', '${env:A}', []],
    ['${env:EMPTY}', '', []],
    ['${env:B}/${env:B}', '${env:B}/${env:B}', ['B']],
    ['no refs', 'no refs', []],
  ] as const)('%s', (text, value, unset) => {
    expect(interpolateEnv(text, env)).toEqual({ value, unset, malformed: [] });
  });

  test('reports a reference that names no variable', () => {
    expect(interpolateEnv('${env:1X}', env).malformed).toEqual(['${env:1X}']);
  });
});
