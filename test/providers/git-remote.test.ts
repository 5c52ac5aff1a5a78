// gitRemote of the hosted providers, through the real provider against each emulator, which
// serves git for real: the clone URL and Basic header each host documents for token auth
// over HTTPS, a mirror of two branches and a tag pushed through them (what a move does), a
// wrong token refused without the error naming it, and mirrors from one host to the next.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mirrorRepository } from '../../src/apply/mirror-repository.js';
import type { GitRemote, KindHandler } from '../../src/resources/provider-contract.js';
import type { GitHttpHost } from '../emulators/framework/git-http.js';
import { repositoryHandler, startBitbucket, token as bitbucketToken } from './bitbucket/bitbucket-fixture.js';
import { startGitea, token as giteaToken } from './gitea/gitea-fixture.js';
import { startGithubFixture, testToken as githubToken } from './github/github-fixture.js';
import { startGitlabFixture, token as gitlabToken } from './gitlab/gitlab-fixture.js';

const run = promisify(execFile);
const identity = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };

/** Runs git asynchronously: the emulator answering it lives in this process. */
async function git(args: readonly string[], options: { cwd?: string; remote?: GitRemote } = {}): Promise<string> {
  const headers = Object.entries(options.remote?.headers ?? {});
  const env: NodeJS.ProcessEnv = { ...process.env, ...identity, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_COUNT: String(headers.length) };
  headers.forEach(([name, value], i) => {
    env[`GIT_CONFIG_KEY_${String(i)}`] = 'http.extraHeader';
    env[`GIT_CONFIG_VALUE_${String(i)}`] = `${name}: ${value}`;
  });
  return (await run('git', [...args], { cwd: options.cwd, env, encoding: 'utf8' })).stdout;
}

/** "id ref" lines of a remote's branches and tags, as git ls-remote sees them through the remote's headers. */
async function remoteRefs(remote: GitRemote): Promise<string[]> {
  const listing = await git(['ls-remote', '--refs', remote.url], { remote });
  return listing.split('\n').filter((line) => line !== '').map((line) => line.replace('\t', ' ')).sort();
}

async function localRefs(bare: string): Promise<string[]> {
  const listing = await git(['--git-dir', bare, 'for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads', 'refs/tags']);
  return listing.split('\n').filter((line) => line !== '').sort();
}

interface HostedTarget {
  readonly handler: KindHandler;
  readonly baseUrl: string;
  readonly token: string;
  /** The username of the Basic header the host documents for a token. */
  readonly gitUser: string;
  readonly git: GitHttpHost;
  close(): Promise<void>;
}

type TargetName = 'github' | 'gitea' | 'gitlab' | 'bitbucket';

const starters: Record<TargetName, () => Promise<HostedTarget>> = {
  async github() {
    const fixture = await startGithubFixture();
    return { handler: fixture.repositories, baseUrl: fixture.hosted.emulator.url, token: githubToken, gitUser: 'x-access-token', git: fixture.hosted.git, close: () => fixture.close() };
  },
  async gitea() {
    const fixture = await startGitea();
    return { handler: fixture.handler, baseUrl: fixture.host.emulator.url, token: giteaToken, gitUser: 'x-access-token', git: fixture.host.git, close: () => fixture.close() };
  },
  async gitlab() {
    const fixture = await startGitlabFixture();
    return { handler: fixture.repositories, baseUrl: fixture.hosted.emulator.url, token: gitlabToken, gitUser: 'oauth2', git: fixture.hosted.git, close: () => fixture.close() };
  },
  async bitbucket() {
    const fixture = await startBitbucket();
    return { handler: fixture.handler, baseUrl: fixture.emulator.url, token: bitbucketToken, gitUser: 'x-token-auth', git: fixture.hosted.git, close: () => fixture.close() };
  },
};

const targetNames = Object.keys(starters) as TargetName[];

/** The handler's gitRemote, which every hosted provider must have. */
function gitRemoteOf(handler: KindHandler, id: string): Promise<GitRemote> {
  if (!handler.gitRemote) throw new Error('the repository handler has no gitRemote');
  return handler.gitRemote(id);
}
const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

let work = '';
/** A bare repository with main (two commits), feature (one more) and an annotated tag v1. */
let source = '';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mosaic-git-remote-'));
  source = join(work, 'source.git');
  const clone = join(work, 'clone');
  await git(['init', '--quiet', '--bare', '--initial-branch=main', source]);
  await git(['clone', '--quiet', source, clone]);
  await git(['commit', '--quiet', '--allow-empty', '-m', 'first'], { cwd: clone });
  await git(['commit', '--quiet', '--allow-empty', '-m', 'second'], { cwd: clone });
  await git(['tag', '--annotate', 'v1', '--message', 'release 1'], { cwd: clone });
  await git(['checkout', '--quiet', '-b', 'feature'], { cwd: clone });
  await git(['commit', '--quiet', '--allow-empty', '-m', 'feature work'], { cwd: clone });
  await git(['push', '--quiet', 'origin', 'main', 'feature', 'v1'], { cwd: clone });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe.each(targetNames)('gitRemote of %s', (name) => {
  let target: HostedTarget;
  let id = '';
  let remote: GitRemote;

  beforeAll(async () => {
    target = await starters[name]();
    id = (await target.handler.create({ name: 'moved' })).id;
  });
  afterAll(async () => {
    await target.git.close();
    await target.close();
  });

  it('names the clone URL the API gives, with the token only in a Basic header', async () => {
    remote = await gitRemoteOf(target.handler, id);
    expect(remote.url).toMatch(new RegExp(`^${target.baseUrl}/[^@]+/moved\\.git$`));
    expect(remote.headers).toEqual({ Authorization: basic(target.gitUser, target.token) });
    expect(remote.url).not.toContain(target.token);
  });

  it('takes a mirror of two branches and a tag, and git ls-remote through the same headers shows the same refs', async () => {
    await mirrorRepository({ url: source }, remote);
    const expected = await localRefs(source);
    expect(expected).toHaveLength(3);
    expect(await remoteRefs(remote)).toEqual(expected);
    // The host's API knows the pushed branches: main is the default branch.
    const live = await target.handler.read(id);
    expect(live && target.handler.normalize(live).spec['default_branch']).toBe('main');
  });

  it('is refused to git with a wrong token, fetching and pushing, and the error names no token', async () => {
    const wrong = 'wrong-token-0123456789';
    const wrongRemote = { url: remote.url, headers: { Authorization: basic(target.gitUser, wrong) } };
    const secrets = [wrong, target.token, basic(target.gitUser, wrong), basic(target.gitUser, target.token)];
    const fetching = await mirrorRepository(wrongRemote, { url: join(work, 'never.git') }).catch((error: unknown) => error);
    const pushing = await mirrorRepository({ url: source }, wrongRemote).catch((error: unknown) => error);
    expect(fetching).toBeInstanceOf(Error);
    expect(pushing).toBeInstanceOf(Error);
    expect((fetching as Error).message).toMatch(/git clone failed: .*(could not read Username|Authentication failed)/);
    expect((pushing as Error).message).toMatch(/git push failed: .*(could not read Username|Authentication failed)/);
    for (const message of [(fetching as Error).message, (pushing as Error).message]) for (const secret of secrets) expect(message).not.toContain(secret);
  });

  it('follows a rename: the renamed repository has its refs at its new URL', async () => {
    const renamed = await target.handler.update(id, { name: 'moved-on' }, [{ field: 'name', before: 'moved', after: 'moved-on' }]);
    id = renamed.id;
    const after = await gitRemoteOf(target.handler, id);
    expect(after.url).toMatch(/\/moved-on\.git$/);
    expect(await remoteRefs(after)).toEqual(await localRefs(source));
    remote = after;
  });

  it('gives no remote for a repository that is gone, and the folder goes with it', async () => {
    const other = (await target.handler.create({ name: 'short-lived' })).id;
    const short = await gitRemoteOf(target.handler, other);
    await mirrorRepository({ url: source }, short);
    expect(await remoteRefs(short)).toHaveLength(3);
    await target.handler.delete(other);
    await expect(gitRemoteOf(target.handler, other)).rejects.toMatchObject({ code: `${name}.not-found` });
    await expect(git(['ls-remote', short.url], { remote: short })).rejects.toThrow(/not found|404/i);
  });
});

describe('a mirror from one hosted emulator to the next', () => {
  const targets: HostedTarget[] = [];
  afterAll(async () => {
    for (const target of targets) {
      await target.git.close();
      await target.close();
    }
  });

  it('copies every ref: local -> github -> gitea -> gitlab -> bitbucket', async () => {
    const remotes: GitRemote[] = [];
    for (const name of targetNames) {
      const target = await starters[name]();
      targets.push(target);
      const { id } = await target.handler.create({ name: 'relay' });
      remotes.push(await gitRemoteOf(target.handler, id));
    }
    let from: GitRemote = { url: source };
    for (const to of remotes) {
      await mirrorRepository(from, to);
      from = to;
    }
    const expected = await localRefs(source);
    for (const remote of remotes) expect(await remoteRefs(remote)).toEqual(expected);
  });
});

describe('a mirror into a repository created with a protected branch', () => {
  it('is refused for that branch, as GitHub refuses a force push to it', async () => {
    const target = await starters.github();
    try {
      // branch_protection makes the provider auto-initialise the repository (a README commit on main).
      const { id } = await target.handler.create({ name: 'guarded', branch_protection: { main: { required_reviews: 1 } } });
      const remote = await gitRemoteOf(target.handler, id);
      const refused = await mirrorRepository({ url: source }, remote).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(Error);
      expect((refused as Error).message).toMatch(/GH006: Protected branch update failed[\s\S]*main -> main \(pre-receive hook declined\)/);
    } finally {
      await target.git.close();
      await target.close();
    }
  });
});

describe('bitbucket credentials for git', () => {
  it('sends an app password with its username, and an API token (email login) as x-bitbucket-api-token-auth', async () => {
    const fixture = await startBitbucket();
    try {
      const viaAppPassword = await fixture.withSettings({ token: undefined, username: 'ci-bot', app_password: bitbucketToken });
      const viaApiToken = await fixture.withSettings({ token: undefined, username: 'ci@example.com', app_password: bitbucketToken });
      const { id } = await fixture.handler.create({ name: 'creds' });
      const byPassword = await gitRemoteOf(repositoryHandler(viaAppPassword), id);
      const byApiToken = await gitRemoteOf(repositoryHandler(viaApiToken), id);
      expect(byPassword.headers).toEqual({ Authorization: basic('ci-bot', bitbucketToken) });
      expect(byApiToken.headers).toEqual({ Authorization: basic('x-bitbucket-api-token-auth', bitbucketToken) });
      await mirrorRepository({ url: source }, byPassword);
      expect(await remoteRefs(byApiToken)).toEqual(await localRefs(source));
    } finally {
      await fixture.hosted.git.close();
      await fixture.close();
    }
  });
});
