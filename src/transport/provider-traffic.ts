// ProviderTraffic: the HTTP side of a run's provider instances: a RequestMeter and an ETag
// cache per instance, the contexts' createFetch built on them, and saving the caches.
import type { FetchOptions, ProviderContext, RetrySettings } from '../resources/provider-contract.js';
import { EtagCacheFile, memoryEtagCache, type EtagCache } from './etag-cache.js';
import { createProviderFetch } from './provider-fetch.js';
import { RequestMeter, type RequestCounts } from './request-meter.js';

export class ProviderTraffic {
  private readonly meters = new Map<string, RequestMeter>();
  private readonly files: EtagCacheFile[] = [];

  /** stateDir: where ETag caches persist; undefined keeps them in memory for this run. */
  constructor(private readonly stateDir: string | undefined) {}

  /** retry: the instance's resilience.retries and max_retry_wait; the fetch's defaults without. */
  async contextFor(name: string, settings: Readonly<Record<string, unknown>>, configDir: string, retry?: RetrySettings): Promise<ProviderContext> {
    const meter = new RequestMeter();
    this.meters.set(name, meter);
    // Opened before the plugin starts, so createFetch stays synchronous for SDK set-up.
    const cache = await this.openCache(name);
    const limits = retry === undefined ? {} : { maxAttempts: retry.retries + 1, maxWaitMs: retry.maxRetryWaitMs };
    return {
      name,
      settings,
      configDir,
      ...(retry === undefined ? {} : { resilience: { retries: retry.retries, maxRetryWaitMs: retry.maxRetryWaitMs } }),
      createFetch: (options?: FetchOptions) => createProviderFetch({ meter, cache, ...limits }, options),
    };
  }

  /** The rate-limit budget the instance's API last reported, if it did. */
  rateLimit(name: string): { readonly remaining: number; readonly limit: number } | undefined {
    return this.meters.get(name)?.counts().rate_limit;
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
