// ProviderTraffic: the HTTP side of a run's provider instances: a RequestMeter and an ETag
// cache per instance, the contexts' createFetch built on them, and saving the caches.
import type { FetchOptions, ProviderContext } from '../resources/provider-contract.js';
import { EtagCacheFile, memoryEtagCache, type EtagCache } from './etag-cache.js';
import { createProviderFetch } from './provider-fetch.js';
import { RequestMeter, type RequestCounts } from './request-meter.js';

export class ProviderTraffic {
  private readonly meters = new Map<string, RequestMeter>();
  private readonly files: EtagCacheFile[] = [];

  /** stateDir: where ETag caches persist; undefined keeps them in memory for this run. */
  constructor(private readonly stateDir: string | undefined) {}

  async contextFor(name: string, settings: Readonly<Record<string, unknown>>, configDir: string): Promise<ProviderContext> {
    const meter = new RequestMeter();
    this.meters.set(name, meter);
    // Opened before the plugin starts, so createFetch stays synchronous for SDK set-up.
    const cache = await this.openCache(name);
    return {
      name,
      settings,
      configDir,
      createFetch: (options?: FetchOptions) => createProviderFetch({ meter, cache }, options),
    };
  }

  private async openCache(name: string): Promise<EtagCache> {
    if (this.stateDir === undefined) return memoryEtagCache();
    const file = await EtagCacheFile.open(this.stateDir, name);
    this.files.push(file);
    return file;
  }

  /** Counts per instance that sent any request, sorted by name. */
  counts(): Record<string, RequestCounts> {
    const result: Record<string, RequestCounts> = {};
    for (const name of [...this.meters.keys()].sort()) {
      const counts = this.meters.get(name)?.counts();
      if (counts && counts.requests > 0) result[name] = counts;
    }
    return result;
  }

  async save(): Promise<void> {
    await Promise.all(this.files.map((file) => file.save()));
  }
}
