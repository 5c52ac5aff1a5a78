// The small framework every provider emulator is built on: a stateful HTTP server on
// 127.0.0.1 with routes, request counts by route, ETag/If-None-Match, a rate-limit budget,
// switchable faults (latency, 5xx, 429/403 with Retry-After, dropped connections; each for
// a number of requests, possibly forever, and possibly only for a seeded-random share of
// them), the peak of requests in flight, and a pause that refuses connections.
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface EmulatorRequest {
  readonly method: string;
  /** The route pattern matched, e.g. /repos/:owner/:repo */
  readonly route: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON or form body; the raw text for anything else; undefined when empty. */
  readonly body: unknown;
  readonly url: URL;
}

export interface EmulatorResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type RouteHandler = (request: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

/** Another protocol on the same port (git over HTTP): it answers the requests it claims. */
export interface RequestClaim {
  /** Answers `req` and returns true when the request is its own; false leaves it to the API routes. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
}

/**
 * A fault applies to the next `times` requests matching it (all requests when no match);
 * `times: Infinity` for as long as it is injected. With `probability` (0..1), each matching
 * request draws from the emulator's seeded generator and gets the fault with that chance
 * (only those count against `times`): "fails half its calls", the same way on every run.
 */
export type Fault =
  | { readonly kind: 'status'; readonly status: number; readonly times: number; readonly retryAfterSeconds?: number; readonly match?: FaultMatch; readonly probability?: number }
  | { readonly kind: 'rate-limit'; readonly status: 429 | 403; readonly times: number; readonly retryAfterSeconds: number; readonly match?: FaultMatch; readonly probability?: number }
  | { readonly kind: 'drop'; readonly times: number; readonly match?: FaultMatch; readonly probability?: number };

export interface FaultMatch {
  readonly method?: string;
  /** A route pattern as registered, e.g. /orgs/:org/repos */
  readonly route?: string;
}

export interface RateLimitStyle {
  readonly limit: number;
  /** Header names the API uses: GitHub's x-ratelimit-*, or the IETF draft ratelimit-* (GitLab). */
  readonly headers: 'x-ratelimit' | 'ratelimit';
  /** A 304 answer does not count against the budget (GitHub). */
  readonly notModifiedIsFree: boolean;
  /** Routes ("METHOD /pattern") whose answers never count, e.g. GitHub's "GET /rate_limit". */
  readonly freeRoutes?: readonly string[];
}

export interface EmulatorOptions {
  readonly name: string;
  /** Answer conditional GETs: an ETag on every 200 GET, 304 on a matching If-None-Match. */
  readonly conditional?: boolean;
  readonly rateLimit?: RateLimitStyle;
  /** Refuse a request before routing (e.g. a missing or wrong token): return the refusal. */
  readonly authenticate?: (request: EmulatorRequest) => EmulatorResponse | undefined;
  /** The body of a 404 for a path no route knows. */
  readonly notFoundBody?: unknown;
  /** Seed of the generator probabilistic faults draw from (default 1). */
  readonly seed?: number;
}

/** One answer as sent, for tests that check shapes against the official API description. */
export interface ResponseRecord {
  readonly method: string;
  readonly route: string;
  readonly status: number;
  readonly body: unknown;
  /** When the request arrived (Date.now()), for tests of waits between attempts. */
  readonly receivedAt: number;
}

interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly regex: RegExp;
  readonly names: readonly string[];
  readonly handler: RouteHandler;
}

export class Emulator {
  private readonly routes: Route[] = [];
  private readonly countsByRoute = new Map<string, number>();
  private readonly faults: { fault: Fault; left: number }[] = [];
  private readonly listeners: ((record: ResponseRecord) => void)[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly claims: RequestClaim[] = [];
  private server: Server | undefined;
  private port: number | undefined;
  private remaining: number;
  private rateLimitedRequests = 0;
  private random: () => number;
  private active = 0;
  private peak = 0;
  /** Added to every answer, in ms. */
  latencyMs = 0;

  constructor(readonly options: EmulatorOptions) {
    this.remaining = options.rateLimit?.limit ?? 0;
    this.random = seededRandom(options.seed ?? 1);
  }

  /** Registers a route; `:name` segments become params, a trailing `*name` matches the rest. */
  route(method: string, pattern: string, handler: RouteHandler): this {
    const names: string[] = [];
    const source = pattern
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          names.push(segment.slice(1));
          return '([^/]+)';
        }
        if (segment.startsWith('*')) {
          names.push(segment.slice(1));
          return '(.+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ method: method.toUpperCase(), pattern, regex: new RegExp(`^${source}/?$`), names, handler });
    return this;
  }

  /** Lets `claim` answer its requests before API routing (no counts, faults or checks for those). */
  claim(claim: RequestClaim): this {
    this.claims.push(claim);
    return this;
  }

  async start(port = 0): Promise<string> {
    const server = createServer((req, res) => {
      if (!this.claims.some((claim) => claim.serve(req, res))) void this.handle(req, res);
    });
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    return this.url;
  }

  /** The URL while started, and while paused (the port is kept for resume()). */
  get url(): string {
    if (this.port === undefined) throw new Error(`${this.options.name} emulator is not started`);
    return `http://127.0.0.1:${String(this.port)}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => {
      if (this.server?.listening === true) this.server.close(() => { resolve(); });
      else resolve();
    });
  }

  /** Stops listening (connections are refused: ECONNREFUSED) until resume(); state is kept. */
  async pause(): Promise<void> {
    await this.close();
  }

  /** Listens again on the same port. */
  async resume(): Promise<void> {
    if (this.port === undefined) throw new Error(`${this.options.name} emulator was never started`);
    await this.start(this.port);
  }

  /** The most requests that were being handled at once since the last resetCounts(). */
  peakInFlight(): number {
    return this.peak;
  }

  /** Requests received, by "METHOD /route/pattern"; unknown paths count as "METHOD (unrouted)". */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.countsByRoute.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  totalRequests(): number {
    let total = 0;
    for (const n of this.countsByRoute.values()) total += n;
    return total;
  }

  /** Requests that counted against the rate limit. */
  rateLimitedCount(): number {
    return this.rateLimitedRequests;
  }

  resetCounts(): void {
    this.countsByRoute.clear();
    this.rateLimitedRequests = 0;
    this.peak = this.active;
    this.remaining = this.options.rateLimit?.limit ?? 0;
  }

  inject(fault: Fault): void {
    this.faults.push({ fault, left: fault.times });
  }

  clearFaults(): void {
    this.faults.length = 0;
    this.latencyMs = 0;
  }

  onResponse(listener: (record: ResponseRecord) => void): () => void {
    this.listeners.push(listener);
    return () => this.listeners.splice(this.listeners.indexOf(listener), 1);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.active += 1;
    this.peak = Math.max(this.peak, this.active);
    const settled = (): void => {
      this.active -= 1;
    };
    res.once('close', settled);
    const receivedAt = Date.now();
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = (req.method ?? 'GET').toUpperCase();
      const text = await readBody(req);
      let route: Route | undefined;
      let params: Record<string, string> = {};
      for (const candidate of this.routes) {
        if (candidate.method !== method) continue;
        const match = candidate.regex.exec(url.pathname);
        if (!match) continue;
        route = candidate;
        params = Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
        break;
      }
      const routeName = route?.pattern ?? '(unrouted)';
      const key = `${method} ${routeName}`;
      this.countsByRoute.set(key, (this.countsByRoute.get(key) ?? 0) + 1);
      if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));

      const fault = this.takeFault(method, routeName);
      if (fault?.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      const request: EmulatorRequest = { method, route: routeName, params, query: url.searchParams, headers: req.headers, body: parseBody(text, req.headers['content-type']), url };
      let response: EmulatorResponse;
      if (fault?.kind === 'status') {
        response = { status: fault.status, body: { message: `emulated ${String(fault.status)}` }, headers: fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) } };
      } else if (fault?.kind === 'rate-limit') {
        response = { status: fault.status, body: { message: 'API rate limit exceeded (emulated)' }, headers: { 'retry-after': String(fault.retryAfterSeconds) } };
      } else {
        response = this.options.authenticate?.(request) ?? (route ? await route.handler(request) : { status: 404, body: this.options.notFoundBody ?? { message: 'Not Found' } });
      }
      this.send(req, res, request, response, receivedAt);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `emulator error: ${error instanceof Error ? error.message : String(error)}` }));
    }
  }

  private takeFault(method: string, route: string): Fault | undefined {
    for (const slot of this.faults) {
      const match = slot.fault.match;
      if (slot.left <= 0) continue;
      if (match?.method !== undefined && match.method.toUpperCase() !== method) continue;
      if (match?.route !== undefined && match.route !== route) continue;
      if (slot.fault.probability !== undefined && this.random() >= slot.fault.probability) continue;
      slot.left -= 1;
      return slot.fault;
    }
    return undefined;
  }

  private send(req: IncomingMessage, res: ServerResponse, request: EmulatorRequest, response: EmulatorResponse, receivedAt: number): void {
    const headers: Record<string, string> = { ...response.headers };
    let status = response.status;
    let payload = response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    if (response.body !== undefined && headers['content-type'] === undefined) headers['content-type'] = typeof response.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
    if (this.options.conditional === true && request.method === 'GET' && status === 200) {
      const etag = `W/"${createHash('sha1').update(payload).digest('hex')}"`;
      headers['etag'] = etag;
      const asked = req.headers['if-none-match'];
      if (asked !== undefined && asked.split(',').map((t) => t.trim()).includes(etag)) {
        status = 304;
        payload = '';
        delete headers['content-type'];
      }
    }
    const style = this.options.rateLimit;
    if (style) {
      const free = (status === 304 && style.notModifiedIsFree) || style.freeRoutes?.includes(`${request.method} ${request.route}`) === true;
      if (!free) {
        this.remaining = Math.max(0, this.remaining - 1);
        this.rateLimitedRequests += 1;
      }
      const reset = String(Math.floor(Date.now() / 1000) + 3600);
      const prefix = style.headers;
      headers[`${prefix}-limit`] = String(style.limit);
      headers[`${prefix}-remaining`] = String(this.remaining);
      headers[`${prefix}-reset`] = reset;
      if (prefix === 'x-ratelimit') headers['x-ratelimit-used'] = String(style.limit - this.remaining);
    }
    res.writeHead(status, headers);
    res.end(payload);
    if (this.listeners.length > 0) {
      const record: ResponseRecord = { method: request.method, route: request.route, status, body: response.body, receivedAt };
      for (const listener of this.listeners) listener(record);
    }
  }
}

/** mulberry32: a small seeded generator, so probabilistic faults fall the same way each run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded') === true) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
