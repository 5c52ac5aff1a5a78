// Git's smart HTTP protocol for an emulator's repositories: bare repositories in a temp folder
// of the emulator, served by `git http-backend` as a CGI, behind the host's own Basic
// authentication. A repository's folder is made on first use (seeding 10,000 repositories
// makes none), with the initial commit the host said it has (auto_init, a README).
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createBareRepository, readRefs, type GitRefs } from './bare-repository.js';
import type { RequestClaim } from './emulator.js';
import { runHttpBackend } from './git-http-backend.js';

export type { GitRefs } from './bare-repository.js';

/** What the host knows of the repository a git URL names. */
export interface GitRepositoryLocation {
  /** The repository's path as the host spells it now (owner/name, no .git): its folder's name. */
  readonly path: string;
  /** The branch HEAD names (the default branch). */
  readonly head: string;
  /** Branches the host made itself before any push (auto_init): each starts at one README commit. */
  readonly initialBranches?: readonly string[];
  /** Why pushes are refused (an archived repository), when they are. */
  readonly readOnly?: string;
  /** Branch names or glob patterns (`release/*`) whose force pushes and deletions are refused. */
  readonly protectedBranches?: readonly string[];
}

export interface GitHttpOptions {
  /** The realm of the 401 answer, as the host names it (GitHub, Gitea, GitLab, ...). */
  readonly realm: string;
  /** Whether the Authorization header carries a credential the host accepts for git over HTTPS. */
  accepts(authorization: string | undefined): boolean;
  /** What the host says when a push would force-update or delete a protected branch. */
  readonly protectedBranchMessage: string;
  /** The repository at `path` (from the URL, without .git), or undefined when there is none. */
  locate(path: string): GitRepositoryLocation | undefined;
  /**
   * Told after each push (before git's answer ends, so the API already shows the new branches)
   * and after the initial commit was made, so the host's records carry the real commit ids.
   */
  refsChanged?(path: string, refs: GitRefs): void;
}

/** Roots of the hosts alive in this process, removed when it exits (an emulator is often never closed). */
const liveRoots = new Set<string>();
process.once('exit', () => {
  for (const root of liveRoots) rmSync(root, { recursive: true, force: true });
});

/** owner/name.git followed by one of the smart protocol's three endpoints. */
const gitPath = /^\/(.+)\.git\/(info\/refs|git-upload-pack|git-receive-pack)$/;

/** The username and password of a Basic Authorization header. */
/** GitHub's and Gitea's rule: the token as the password (any user), or as the user with no password. */
export function acceptsTokenCredential(token: string): (authorization: string | undefined) => boolean {
  return (authorization) => {
    const credentials = basicCredentials(authorization);
    if (!credentials) return false;
    const { username, password } = credentials;
    return password === token || (username === token && (password === '' || password === 'x-oauth-basic'));
  };
}

export function basicCredentials(authorization: string | undefined): { readonly username: string; readonly password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? { username: decoded, password: '' } : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export class GitHttpHost implements RequestClaim {
  private root: string | undefined;
  private readonly initializing = new Map<string, Promise<void>>();

  constructor(private readonly options: GitHttpOptions) {}

  /** Answers the request when its path is a git endpoint; false leaves it to the API routes. */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = gitPath.exec(url.pathname);
    if (!match?.[1] || !match[2]) return false;
    this.answer(req, res, url, match[1], match[2]).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`emulator error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
    return true;
  }

  /** The repository's folder follows a rename (nothing to do while it has none). */
  rename(from: string, to: string): void {
    if (this.root === undefined || from === to) return;
    const source = this.folderOf(from);
    if (!existsSync(source)) return;
    mkdirSync(dirname(this.folderOf(to)), { recursive: true });
    renameSync(source, this.folderOf(to));
  }

  remove(path: string): void {
    if (this.root !== undefined) rmSync(this.folderOf(path), { recursive: true, force: true });
  }

  /** Points HEAD at `branch` (a changed default branch), as the host's repository does. */
  setHead(path: string, branch: string): void {
    if (this.root === undefined || !existsSync(this.folderOf(path))) return;
    writeFileSync(join(this.folderOf(path), 'HEAD'), `ref: refs/heads/${branch}\n`);
  }

  /** The repository's refs; none when it was never used. */
  async refs(path: string): Promise<GitRefs> {
    if (this.root === undefined || !existsSync(this.folderOf(path))) return { head: '', branches: new Map(), tags: new Map() };
    return readRefs(this.folderOf(path));
  }

  /** Removes every repository (the process removes them on exit otherwise). */
  async close(): Promise<void> {
    const root = this.root;
    this.root = undefined;
    if (root === undefined) return;
    liveRoots.delete(root);
    await rm(root, { recursive: true, force: true });
  }

  private folderOf(path: string): string {
    if (this.root === undefined) {
      this.root = mkdtempSync(join(tmpdir(), 'mosaic-emulated-git-'));
      liveRoots.add(this.root);
    }
    return join(this.root, `${path}.git`);
  }

  private async answer(req: IncomingMessage, res: ServerResponse, url: URL, encodedPath: string, endpoint: string): Promise<void> {
    const path = decodeURIComponent(encodedPath);
    const credentials = basicCredentials(req.headers.authorization);
    if (!this.options.accepts(req.headers.authorization)) {
      await drain(req);
      res.writeHead(401, { 'www-authenticate': `Basic realm="${this.options.realm}"`, 'content-type': 'text/plain' });
      res.end('Authentication failed\n');
      return;
    }
    const location = this.options.locate(path);
    const service = endpoint === 'info/refs' ? url.searchParams.get('service') : endpoint;
    if (!location || (service !== 'git-upload-pack' && service !== 'git-receive-pack')) {
      await drain(req);
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(location ? 'Only the smart HTTP protocol is served\n' : 'Repository not found.\n');
      return;
    }
    if (service === 'git-receive-pack' && location.readOnly !== undefined) {
      await drain(req);
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end(`${location.readOnly}\n`);
      return;
    }
    const folder = this.folderOf(location.path);
    await this.initialize(folder, location);
    await runHttpBackend(req, res, {
      root: this.root ?? '',
      pathInfo: `/${location.path}.git/${endpoint}`,
      query: url.search.slice(1),
      user: credentials?.username ?? '',
      hookEnv: { EMULATED_PROTECTED_BRANCHES: (location.protectedBranches ?? []).join('\n'), EMULATED_PROTECTED_MESSAGE: this.options.protectedBranchMessage },
      afterSuccess: endpoint === 'git-receive-pack' ? () => this.afterPush(folder, location) : undefined,
    });
  }

  /** `git init --bare` with HEAD on the default branch, once, on the repository's first use. */
  private initialize(folder: string, location: GitRepositoryLocation): Promise<void> {
    if (existsSync(join(folder, 'HEAD')) && !this.initializing.has(folder)) return Promise.resolve();
    let pending = this.initializing.get(folder);
    if (pending === undefined) {
      pending = (async () => {
        const branches = location.initialBranches ?? [];
        await createBareRepository(folder, location.head, branches);
        if (branches.length > 0) this.options.refsChanged?.(location.path, await readRefs(folder));
      })();
      this.initializing.set(folder, pending);
      void pending.finally(() => this.initializing.delete(folder)).catch(() => undefined);
    }
    return pending;
  }

  /**
   * A push that leaves HEAD naming no branch (the first push into an empty repository, without
   * the default branch) moves HEAD to the first branch pushed, as the hosts do.
   */
  private async afterPush(folder: string, location: GitRepositoryLocation): Promise<void> {
    let refs = await readRefs(folder);
    const first = [...refs.branches.keys()].sort()[0];
    if (!refs.branches.has(refs.head) && first !== undefined) {
      writeFileSync(join(folder, 'HEAD'), `ref: refs/heads/${first}\n`);
      refs = { ...refs, head: first };
    }
    this.options.refsChanged?.(location.path, refs);
  }
}

/** Reads and drops a request body that will not be used, so the client sees the answer. */
async function drain(req: IncomingMessage): Promise<void> {
  for await (const _chunk of req) {
    // discarded
  }
}
