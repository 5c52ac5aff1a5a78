// One request through `git http-backend`, run as a CGI: the request body piped in (inflated
// when git sent it gzip-compressed), the CGI header block (Status: and the rest) turned into
// the HTTP answer's, and the pack data streamed after it.
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGunzip } from 'node:zlib';

export interface BackendCall {
  /** GIT_PROJECT_ROOT: the folder the repositories are in. */
  readonly root: string;
  /** /OWNER/NAME.git/ENDPOINT below the root. */
  readonly pathInfo: string;
  readonly query: string;
  readonly user: string;
  /** Variables for the repository's hooks (they inherit http-backend's environment). */
  readonly hookEnv: Readonly<Record<string, string>>;
  /** Runs after git succeeded and before the answer ends (a push's bookkeeping). */
  readonly afterSuccess: (() => Promise<void>) | undefined;
}

/** Runs `git http-backend` for one request: the body in (inflated), CGI headers parsed, the rest streamed. */
export function runHttpBackend(req: IncomingMessage, res: ServerResponse, call: BackendCall): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    // No user or system configuration of the machine running the tests.
    HOME: call.root,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_PROJECT_ROOT: call.root,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: call.pathInfo,
    REQUEST_METHOD: req.method ?? 'GET',
    QUERY_STRING: call.query,
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: call.user,
    REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.receivepack',
    GIT_CONFIG_VALUE_0: 'true',
    ...call.hookEnv,
  };
  const protocol = req.headers['git-protocol'];
  if (typeof protocol === 'string') env['HTTP_GIT_PROTOCOL'] = protocol;
  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const encoding = req.headers['content-encoding'];
  const body = encoding === 'gzip' || encoding === 'x-gzip' ? req.pipe(createGunzip()) : req;
  body.on('error', () => child.stdin.destroy());
  child.stdin.on('error', () => undefined);
  body.pipe(child.stdin);

  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  let head = Buffer.alloc(0);
  let headersDone = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const parsed = parseCgiHead(head);
    if (!parsed) return;
    headersDone = true;
    res.writeHead(parsed.status, parsed.headers);
    if (parsed.rest.length > 0) res.write(parsed.rest);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (!headersDone) {
        const detail = Buffer.concat(stderr).toString('utf8').trim();
        reject(new Error(`git http-backend exited with ${String(code)} before its headers${detail === '' ? '' : `: ${detail}`}`));
        return;
      }
      const finish = code === 0 && call.afterSuccess ? call.afterSuccess() : Promise.resolve();
      finish.then(() => res.end(), (error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error)))).finally(resolve);
    });
  });
}

/** The CGI header block (ends at the first empty line): Status: and the rest, or undefined until complete. */
function parseCgiHead(buffer: Buffer): { status: number; headers: Record<string, string>; rest: Buffer } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  const end = crlf >= 0 && (lf < 0 || crlf < lf) ? { at: crlf, length: 4 } : lf >= 0 ? { at: lf, length: 2 } : undefined;
  if (!end) return undefined;
  let status = 200;
  const headers: Record<string, string> = {};
  for (const line of buffer.subarray(0, end.at).toString('latin1').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'status') status = Number.parseInt(value, 10) || 500;
    else headers[name] = value;
  }
  return { status, headers, rest: buffer.subarray(end.at + end.length) };
}

