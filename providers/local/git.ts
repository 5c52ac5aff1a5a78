// Runs git as a child process (execFile, never a shell) and turns every failure into a
// ProviderError, so no raw child-process error with a stack escapes the provider.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ProviderError } from '../../src/resources/provider-contract.js';
import { locateGitExecutable } from './git-executable.js';

export interface GitRequest {
  readonly args: readonly string[];
  /** The repository (or any folder) git runs in. */
  readonly cwd?: string;
  /** Added to the inherited environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** Written to git's stdin, which is then closed. */
  readonly input?: string | Buffer;
}

export interface GitResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs one git process; resolves with any exit code, rejects only when git cannot start. */
export type GitRunner = (request: GitRequest) => Promise<GitResult>;

const maxOutputBytes = 512 * 1024 * 1024;

export function createGitRunner(): GitRunner {
  return async (request) => {
    const executable = await locateGitExecutable();
    return new Promise<GitResult>((resolve, reject) => {
      let child: ReturnType<typeof execFile>;
      try {
        child = startGit(executable, request, resolve, reject);
      } catch (error) {
        // execFile throws synchronously on arguments it cannot pass (e.g. a NUL byte).
        const reason = error instanceof Error ? error.message : 'invalid arguments';
        reject(new ProviderError('local.git-failed', `git could not run: ${reason}`, 'Check the names and paths in the spec.'));
        return;
      }
      // A git that exits before reading all its input must not crash us with EPIPE.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(request.input ?? '');
    });
  };
}

function startGit(
  executable: string,
  request: GitRequest,
  resolve: (result: GitResult) => void,
  reject: (error: ProviderError) => void,
): ReturnType<typeof execFile> {
  const options = {
    cwd: request.cwd,
    env: { ...process.env, ...request.env },
    encoding: 'buffer' as const,
    maxBuffer: maxOutputBytes,
    windowsHide: true,
  };
  return execFile(executable, [...request.args], options, (error, stdout, stderr) => {
    const stderrText = stderr.toString('utf8');
    if (error === null) {
      resolve({ code: 0, stdout, stderr: stderrText });
      return;
    }
    const code: unknown = (error as { code?: unknown }).code;
    if (typeof code === 'number') {
      resolve({ code, stdout, stderr: stderrText });
    } else if (code === 'ENOENT') {
      // Node reports a missing cwd and a missing git binary alike.
      const cwdMissing = request.cwd !== undefined && !existsSync(request.cwd);
      reject(cwdMissing ? describeMissingFolder(request.cwd ?? '') : describeMissingGit());
    } else {
      const reason = typeof code === 'string' ? code : `killed by ${error.signal ?? 'a signal'}`;
      reject(new ProviderError('local.git-failed', `git could not run: ${reason}`, 'Check that git is installed and on PATH.'));
    }
  });
}

/** Runs git and returns its stdout as text; a non-zero exit becomes local.git-failed. */
export async function runGit(git: GitRunner, request: GitRequest): Promise<string> {
  const result = await git(request);
  if (result.code !== 0) throw describeGitFailure(request, result);
  return result.stdout.toString('utf8');
}

export function describeGitFailure(request: GitRequest, result: GitResult): ProviderError {
  const firstLine = result.stderr.split('\n').find((line) => line.trim() !== '') ?? `exit code ${result.code}`;
  const gitDir = request.args.find((arg) => arg.startsWith('--git-dir='))?.slice('--git-dir='.length) ?? request.cwd;
  // The subcommand: the first argument that is neither an option nor the value of `-c`.
  const command = request.args.find((arg, index) => !arg.startsWith('-') && request.args[index - 1] !== '-c') ?? '';
  const where = gitDir === undefined ? '' : ` in ${gitDir}`;
  return new ProviderError(
    'local.git-failed',
    `git ${command} failed${where}: ${firstLine.trim()}`,
    'Check that the folder is a git repository mosaic can write to; run the same git command by hand to see the full error.',
  );
}

function describeMissingFolder(folder: string): ProviderError {
  return new ProviderError(
    'local.not-found',
    `The folder ${folder} does not exist`,
    'The object was removed outside mosaic; run `mosaic plan` again to see the current state.',
  );
}

export function describeMissingGit(): ProviderError {
  return new ProviderError(
    'local.git-missing',
    'git is not installed or not on PATH',
    'Install git (2.28 or later) and make sure the `git` command is on PATH; the local provider keeps repositories as bare git repositories.',
  );
}
