import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/config/parse-duration.js';

describe('parseDuration', () => {
  it.each([
    ['0', 0],
    ['0s', 0],
    ['500ms', 500],
    ['30s', 30_000],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['1.5s', 1_500],
    ['1m30s', 90_000],
  ])('reads %s as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '30', 's', '-1s', '1d', 'abc', '1 s', '1.s'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
