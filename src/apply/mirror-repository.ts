// Copies every ref of one git repository to another (git clone --mirror, then git push
// --mirror): how a move carries a repository's history to its new provider. Credentials
// travel as HTTP headers in git's environment, never on its command line or in messages.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitRemote } from '../resources/provider-contract.js';

export type MirrorRepository = (from: GitRemote, to: GitRemote) => Promise<void>;

export const mirrorRepository: MirrorRepository = async (from, to) => {
  const work = await mkdtemp(join(tmpdir(), 'mosaic-move-'));
  try {
    const copy = join(work, 'mirror.git');
    await git(['clone', '--quiet', '--mirror', from.url, copy], from);
    // A repository with no commits has nothing to push; push --mirror would fail on it.
    const refs = await git(['-C', copy, 'for-each-ref', '--count=1', '--format=%(refname)'], undefined);
    if (refs.trim() === '') return;
    await git(['-C', copy, 'push', '--quiet', '--mirror', to.url], to);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};

function git(args: readonly string[], remote: GitRemote | undefined): Promise<string> {
  const headers = Object.entries(remote?.headers ?? {});
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_COUNT: String(headers.length) };
  headers.forEach(([name, value], i) => {
    env[`GIT_CONFIG_KEY_${String(i)}`] = 'http.extraHeader';
    env[`GIT_CONFIG_VALUE_${String(i)}`] = `${name}: ${value}`;
  });
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) {
        resolve(stdout);
        return;
      }
      const secrets = headers.map(([, value]) => value).filter((value) => value.length > 0);
      const text = secrets.reduce((message, secret) => message.split(secret).join('***'), stderr.trim() || error.message);
      reject(new Error(`git ${args.find((a) => a === 'clone' || a === 'push') ?? args[0] ?? ''} failed: ${text}`));
    });
  });
}
