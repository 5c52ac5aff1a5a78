import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EtagCacheFile } from '../../src/transport/etag-cache.js';

describe('the ETag cache file', () => {
  it('persists entries per provider instance beside the state, and writes only when changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mosaic-etag-'));
    const cache = await EtagCacheFile.open(dir, 'github');
    cache.set('GET https://x/repos abc', { etag: 'W/"1"', body: '[]', headers: { link: '<x>; rel="next"' } });
    await cache.save();
    const again = await EtagCacheFile.open(dir, 'github');
    expect(again.get('GET https://x/repos abc')).toEqual({ etag: 'W/"1"', body: '[]', headers: { link: '<x>; rel="next"' } });
    expect((await EtagCacheFile.open(dir, 'gitea')).get('GET https://x/repos abc')).toBeUndefined();
    const before = await readFile(join(dir, 'http-cache', 'github.json'), 'utf8');
    await again.save();
    expect(await readFile(join(dir, 'http-cache', 'github.json'), 'utf8')).toBe(before);
  });

  it('starts empty when the file is damaged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mosaic-etag-'));
    await mkdir(join(dir, 'http-cache'));
    await writeFile(join(dir, 'http-cache', 'github.json'), '{ broken');
    expect((await EtagCacheFile.open(dir, 'github')).get('k')).toBeUndefined();
  });
});
