// A move from the local provider to GitHub (its emulator serves git for real), through the
// CLI run in-process: the repository is created on GitHub, every ref is pushed, and branch
// protection and the default branch are set only after the push, which protection would refuse.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from '../cli/cli-harness.js';
import { createGithubEmulator } from '../emulators/github/index.js';
import type { HostedEmulator } from '../emulators/framework/hosted-emulator.js';
import { tempProject } from './temp-project.js';

const token = 'move-token';
const env = { GITHUB_TOKEN: token };
let hosted: HostedEmulator | undefined;
afterEach(async () => {
  await hosted?.emulator.close();
  hosted = undefined;
});

const identity = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' };
const git = (args: string[], extra: Record<string, string> = {}): string => execFileSync('git', args, { encoding: 'utf8', env: { ...process.env, ...identity, GIT_TERMINAL_PROMPT: '0', ...extra } });
// The emulator lives in this process: a git that talks to it must not block the event loop.
const gitAsync = async (args: string[], extra: Record<string, string>): Promise<string> => (await promisify(execFile)('git', args, { encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extra } })).stdout;
const authorized = (): Record<string, string> => ({ GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader', GIT_CONFIG_VALUE_0: `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}` });
const refsOf = (listing: string): string[] =>
  listing.trim().split('\n').filter(Boolean).map((line) => line.trim().split(/\s+/).join(' ')).sort();

describe('moving a repository to a hosted provider', () => {
  it('pushes every ref from the local repository to GitHub, then protects main', async () => {
    hosted = createGithubEmulator({ token });
    await hosted.emulator.start();
    const providers = { home: { type: 'local', root: 'data' }, gh: { type: 'github', ...hosted.providerSettings(), token: '${env:GITHUB_TOKEN}', write_interval_ms: 0 } };
    const write = (resource: Record<string, unknown>) => stringify({ version: 1, providers, resources: { repository: { api: resource } } });
    const dir = tempProject({ 'mosaic.yaml': write({ provider: 'home', description: 'the API' }) });
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir, env })).code).toBe(0);

    const bare = join(dir, 'data', 'repositories', 'api.git');
    const work = join(dir, 'work');
    git(['clone', '--quiet', bare, work]);
    git(['-C', work, 'commit', '--quiet', '--allow-empty', '-m', 'one']);
    git(['-C', work, 'tag', 'v1']);
    git(['-C', work, 'checkout', '--quiet', '-b', 'feature']);
    git(['-C', work, 'commit', '--quiet', '--allow-empty', '-m', 'two']);
    git(['-C', work, 'push', '--quiet', 'origin', 'main', 'feature', 'v1']);
    const local = refsOf(git(['-C', bare, 'for-each-ref', '--format=%(objectname) %(refname)']));

    const protection = { main: { required_reviews: 1, allow_force_pushes: false, allow_deletions: false } };
    writeFileSync(join(dir, 'mosaic.yaml'), write({ provider: 'gh', description: 'the API', default_branch: 'main', branch_protection: protection }));
    const plan = await runCli(['plan'], { cwd: dir, env });
    expect(plan.stdout).toContain('# repository.api will move from home (id api) to gh');
    const apply = await runCli(['apply', '--auto-approve', '--allow-move-delete'], { cwd: dir, env });
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);

    const owner = String(hosted.providerSettings()['owner']);
    const remote = refsOf(await gitAsync(['ls-remote', '--refs', `${hosted.emulator.url}/${owner}/api.git`], authorized()));
    expect(remote).toEqual(local);
    // The old repository is gone (--allow-move-delete), and nothing is left to change.
    expect(() => git(['-C', bare, 'rev-parse', 'HEAD'])).toThrow();
    const again = await runCli(['plan', '--detailed-exitcode'], { cwd: dir, env });
    expect(again.stdout).toContain('No changes.');
    expect(again.code).toBe(0);
  });
});
