// RequestMeter: what one provider instance's HTTP traffic cost during a run: requests sent,
// how many a 304 made free, retries, and the rate-limit budget the API last reported.

export interface RequestCounts {
  readonly requests: number;
  /** Answered 304 Not Modified from the ETag cache. */
  readonly not_modified: number;
  /** Requests that count against the API's rate limit. */
  readonly rate_limited: number;
  readonly retries: number;
  /** The budget the last response reported, when the API sends rate-limit headers. */
  readonly rate_limit?: { readonly remaining: number; readonly limit: number };
}

export class RequestMeter {
  private requests = 0;
  private notModified = 0;
  private rateLimited = 0;
  private retries = 0;
  private rateLimit: { remaining: number; limit: number } | undefined;

  recordResponse(response: Response, free: boolean): void {
    this.requests += 1;
    if (response.status === 304) this.notModified += 1;
    if (!free) this.rateLimited += 1;
    const remaining = headerNumber(response.headers, ['x-ratelimit-remaining', 'ratelimit-remaining']);
    const limit = headerNumber(response.headers, ['x-ratelimit-limit', 'ratelimit-limit']);
    if (remaining !== undefined && limit !== undefined) this.rateLimit = { remaining, limit };
  }

  /** A request that got no answer (dropped connection) still cost one. */
  recordFailure(): void {
    this.requests += 1;
    this.rateLimited += 1;
  }

  recordRetry(): void {
    this.retries += 1;
  }

  counts(): RequestCounts {
    return {
      requests: this.requests,
      not_modified: this.notModified,
      rate_limited: this.rateLimited,
      retries: this.retries,
      ...(this.rateLimit ? { rate_limit: { ...this.rateLimit } } : {}),
    };
  }
}

function headerNumber(headers: Headers, names: readonly string[]): number | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null && /^\d+$/.test(value.trim())) return Number(value);
  }
  return undefined;
}
