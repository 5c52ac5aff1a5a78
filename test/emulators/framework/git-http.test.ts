// The git smart HTTP host every hosted emulator uses: Basic authentication with the host's
// realm, 404 for an unknown repository, gzip request bodies, read-only repositories, the
// initial README commit, and the folder following renames, HEAD changes and deletes.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Emulator } from './emulator.js';
import { GitHttpHost, type GitRefs, type GitRepositoryLocation } from './git-http.js';

const run = promisify(execFile);
const token = 'secret-token';
const authorization = `Basic ${Buffer.from(`someone:${token}`).toString('base64')}`;

/** One pkt-line of git's wire protocol. */
const pkt = (line: string): string => `${(line.length + 4).toString(16).padStart(4, '0')}${line}`;

describe('GitHttpHost', () => {
  const repositories = new Map<string, GitRepositoryLocation>();
  const changes: { path: string; refs: GitRefs }[] = [];
  const host = new GitHttpHost({
    realm: 'Test Host',
    protectedBranchMessage: 'Protected branch update failed',
    accepts: (header) => header === authorization,
    locate: (path) => repositories.get(path.toLowerCase()),
    refsChanged: (path, refs) => changes.push({ path, refs }),
  });
  const emulator = new Emulator({ name: 'git-test' }).claim(host);
  emulator.route('GET', '/api/ping', () => ({ status: 200, body: { pong: true } }));
  let base = '';

  beforeAll(async () => {
    base = await emulator.start();
    repositories.set('acme/app', { path: 'acme/app', head: 'main', initialBranches: ['main'] });
    repositories.set('acme/guarded', { path: 'acme/guarded', head: 'main', initialBranches: ['main', 'scratch'], protectedBranches: ['main', 'release/*'] });
    repositories.set('acme/archive', { path: 'acme/archive', head: 'main', readOnly: 'This repository was archived so it is read-only.' });
  });
  afterAll(async () => {
    await emulator.close();
    await host.close();
  });

  const gitEnv = (header: string | undefined): NodeJS.ProcessEnv => ({
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    ...(header === undefined ? { GIT_CONFIG_COUNT: '0' } : { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader', GIT_CONFIG_VALUE_0: `Authorization: ${header}` }),
  });

  it('asks for Basic credentials in the host realm, and leaves other paths to the API', async () => {
    const anonymous = await fetch(`${base}/acme/app.git/info/refs?service=git-upload-pack`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="Test Host"');
    const wrong = await fetch(`${base}/acme/app.git/info/refs?service=git-upload-pack`, { headers: { authorization: `Basic ${Buffer.from('someone:nope').toString('base64')}` } });
    expect(wrong.status).toBe(401);
    expect(await (await fetch(`${base}/api/ping`)).json()).toEqual({ pong: true });
    // git requests are not API requests: they are not counted.
    expect(emulator.counts()).toEqual({ 'GET /api/ping': 1 });
  });

  it('answers 404 for a repository the host does not have', async () => {
    const answer = await fetch(`${base}/acme/nothing.git/info/refs?service=git-upload-pack`, { headers: { authorization } });
    expect(answer.status).toBe(404);
  });

  it('starts a repository with the README commit the host made, the same commit every run', async () => {
    const { stdout } = await run('git', ['ls-remote', `${base}/acme/app.git`], { env: gitEnv(authorization) });
    const refs = await host.refs('acme/app');
    expect(refs.head).toBe('main');
    const main = refs.branches.get('main') ?? '';
    expect(stdout).toContain(`${main}\tHEAD`);
    expect(stdout).toContain(`${main}\trefs/heads/main`);
    expect(changes.at(-1)?.refs.branches.get('main')).toBe(main);
    // Fixed author, committer, date and content: a fixed id.
    expect(main).toBe('df294d4a6e6003ab29b4facb0d3cedc50a092867');
  });

  it('inflates a gzip request body (git compresses larger fetch requests)', async () => {
    const request = `${pkt('command=ls-refs\n')}0001${pkt('symrefs\n')}0000`;
    const answer = await fetch(`${base}/acme/app.git/git-upload-pack`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/x-git-upload-pack-request', 'content-encoding': 'gzip', 'git-protocol': 'version=2' },
      body: gzipSync(Buffer.from(request)),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/x-git-upload-pack-result');
    expect(await answer.text()).toMatch(/refs\/heads\/main/);
  });

  it('refuses pushes to a read-only repository with the host message, and serves fetches', async () => {
    const push = await fetch(`${base}/acme/archive.git/info/refs?service=git-receive-pack`, { headers: { authorization } });
    expect(push.status).toBe(403);
    expect(await push.text()).toMatch(/archived/);
    const fetchRefs = await fetch(`${base}/acme/archive.git/info/refs?service=git-upload-pack`, { headers: { authorization } });
    expect(fetchRefs.status).toBe(200);
  });

  it('refuses force pushes and deletions of protected branches, and takes fast-forwards and new branches', async () => {
    const work = await mkdtemp(join(tmpdir(), 'mosaic-git-http-'));
    const env = { ...gitEnv(authorization), GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.invalid' };
    const git = async (...args: string[]): Promise<string> => (await run('git', args, { cwd: work, env })).stdout;
    try {
      await git('clone', '--quiet', `${base}/acme/guarded.git`, '.');
      await git('commit', '--quiet', '--allow-empty', '-m', 'next');
      await git('push', '--quiet', 'origin', 'main', 'main:release/1', 'main:scratch');
      await git('commit', '--quiet', '--amend', '--allow-empty', '-m', 'rewritten');
      const forced = await git('push', '--force', 'origin', 'main').catch((error: unknown) => error as Error & { stderr: string });
      expect(forced).toBeInstanceOf(Error);
      expect((forced as { stderr: string }).stderr).toMatch(/remote: Protected branch update failed \(main\)[\s\S]*\[remote rejected\] main -> main \(pre-receive hook declined\)/);
      await expect(git('push', 'origin', ':release/1')).rejects.toThrow(/pre-receive hook declined/);
      // Unprotected branches take both.
      await git('push', '--quiet', '--force', 'origin', 'main:scratch');
      await git('push', '--quiet', 'origin', ':scratch');
      const refs = await host.refs('acme/guarded');
      expect([...refs.branches.keys()].sort()).toEqual(['main', 'release/1']);
      expect(refs.branches.get('main')).not.toBe(await git('rev-parse', 'HEAD').then((id) => id.trim()));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('moves the folder on rename, points HEAD on a default branch change, and removes it on delete', async () => {
    host.setHead('acme/app', 'trunk');
    expect((await host.refs('acme/app')).head).toBe('trunk');
    host.rename('acme/app', 'acme/application');
    repositories.delete('acme/app');
    repositories.set('acme/application', { path: 'acme/application', head: 'trunk' });
    expect((await host.refs('acme/application')).branches.has('main')).toBe(true);
    expect((await host.refs('acme/app')).branches.size).toBe(0);
    host.remove('acme/application');
    expect((await host.refs('acme/application')).branches.size).toBe(0);
  });
});
