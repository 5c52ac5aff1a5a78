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
    const entry = again.get('GET https://x/repos abc');
    expect(entry).toMatchObject({ etag: 'W/"1"', headers: { link: '<x>; rel="next"' } });
    expect(Buffer.from(entry?.body() ?? []).toString()).toBe('[]');
    expect((await EtagCacheFile.open(dir, 'gitea')).get('GET https://x/repos abc')).toBeUndefined();
    const before = await readFile(join(dir, 'http-cache', 'github.json'), 'utf8');
    await again.save();
    expect(await readFile(join(dir, 'http-cache', 'github.json'), 'utf8')).toBe(before);
  });

  it('keeps bodies deflated on disk, keeps entries a narrow run did not use, and drops those unused for 30 days', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mosaic-etag-'));
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
    const cache = await EtagCacheFile.open(dir, 'github', day(0));
    const body = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ name: `repo-${String(i)}`, private: true })));
    cache.set('used', { etag: 'a', body, headers: {} });
    cache.set('stale', { etag: 'b', body: '{}', headers: {} });
    await cache.save();
    const onDisk = await readFile(join(dir, 'http-cache', 'github.json'), 'utf8');
    expect(onDisk).not.toContain('repo-1');
    expect(onDisk.length).toBeLessThan(body.length / 4);
    // A narrow run the next day uses one entry; the other stays.
    const next = await EtagCacheFile.open(dir, 'github', day(1));
    expect(Buffer.from(next.get('used')?.body() ?? []).toString()).toBe(body);
    await next.save();
    expect((await EtagCacheFile.open(dir, 'github', day(2))).get('stale')).toBeDefined();
    // Past 30 days without use, only the entry used on day 1 is left.
    const later = await EtagCacheFile.open(dir, 'github', day(31));
    await later.save();
    const third = await EtagCacheFile.open(dir, 'github', day(31));
    expect(third.get('stale')).toBeUndefined();
    expect(Buffer.from(third.get('used')?.body() ?? []).toString()).toBe(body);
  });


  it('starts empty when the file is damaged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mosaic-etag-'));
    await mkdir(join(dir, 'http-cache'));
    await writeFile(join(dir, 'http-cache', 'github.json'), '{ broken');
    expect((await EtagCacheFile.open(dir, 'github')).get('k')).toBeUndefined();
  });
});
