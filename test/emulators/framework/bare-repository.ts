// The bare repositories behind an emulator's git endpoint: made as a host makes them (HEAD on
// the default branch, the README commit of auto_init on its initial branches, a pre-receive
// hook for branch protection), and their refs read back for the host's records.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The refs of a repository: branch and tag names (without refs/...) -> object ids, and HEAD's branch. */
export interface GitRefs {
  readonly head: string;
  readonly branches: ReadonlyMap<string, string>;
  readonly tags: ReadonlyMap<string, string>;
}

/** `git init --bare` with HEAD on `head`, the protection hook, and `initialBranches` at one README commit. */
export async function createBareRepository(folder: string, head: string, initialBranches: readonly string[]): Promise<void> {
  mkdirSync(dirname(folder), { recursive: true });
  await git(['init', '--quiet', '--bare', `--initial-branch=${head}`, folder]);
  writeFileSync(join(folder, 'hooks', 'pre-receive'), preReceiveHook, { mode: 0o755 });
  if (initialBranches.length === 0) return;
  const commit = await initialCommit(folder);
  for (const branch of initialBranches) await git(['--git-dir', folder, 'update-ref', `refs/heads/${branch}`, commit]);
}

/**
 * Refuses force pushes and deletions of protected branches, as the hosts' branch protection
 * does (git relays the message as `remote: ...` and reports the ref as rejected). The patterns
 * and the message come in EMULATED_PROTECTED_BRANCHES and EMULATED_PROTECTED_MESSAGE, which
 * the hook inherits from http-backend's environment.
 */
const preReceiveHook = `#!/bin/sh
is_protected() {
  set -f
  saved_ifs=$IFS
  IFS='
'
  for pattern in $EMULATED_PROTECTED_BRANCHES; do
    case "$1" in $pattern) IFS=$saved_ifs; set +f; return 0 ;; esac
  done
  IFS=$saved_ifs
  set +f
  return 1
}
status=0
while read -r old new ref; do
  case "$ref" in refs/heads/*) branch=\${ref#refs/heads/} ;; *) continue ;; esac
  is_protected "$branch" || continue
  case "$old" in *[!0]*) ;; *) continue ;; esac
  case "$new" in
    *[!0]*) git merge-base --is-ancestor "$old" "$new" && continue ;;
  esac
  echo "$EMULATED_PROTECTED_MESSAGE ($branch)" >&2
  status=1
done
exit $status
`;

/** The branches, tags and HEAD of the repository in `folder`. */
export async function readRefs(folder: string): Promise<GitRefs> {
  const [listing, head] = await Promise.all([
    git(['--git-dir', folder, 'for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads', 'refs/tags']),
    git(['--git-dir', folder, 'symbolic-ref', '--short', 'HEAD']),
  ]);
  const branches = new Map<string, string>();
  const tags = new Map<string, string>();
  for (const line of listing.split('\n')) {
    const [id, ref] = line.split(' ');
    if (id === undefined || ref === undefined) continue;
    if (ref.startsWith('refs/heads/')) branches.set(ref.slice('refs/heads/'.length), id);
    else if (ref.startsWith('refs/tags/')) tags.set(ref.slice('refs/tags/'.length), id);
  }
  return { head: head.trim(), branches, tags };
}

/** The README commit a host makes for auto_init; fixed author and date, so its id is the same every run. */
async function initialCommit(folder: string): Promise<string> {
  const name = folder.split(/[\\/]/).pop()?.replace(/\.git$/, '') ?? 'repository';
  const blob = (await git(['--git-dir', folder, 'hash-object', '-w', '--stdin'], `# ${name}\n`)).trim();
  const tree = (await git(['--git-dir', folder, 'mktree'], `100644 blob ${blob}\tREADME.md\n`)).trim();
  return (await git(['--git-dir', folder, 'commit-tree', tree, '-m', 'Initial commit'])).trim();
}

const author = { GIT_AUTHOR_NAME: 'Emulated Host', GIT_AUTHOR_EMAIL: 'host@emulator.invalid', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z' };

function git(args: readonly string[], input?: string): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...author,
    GIT_COMMITTER_NAME: author.GIT_AUTHOR_NAME,
    GIT_COMMITTER_EMAIL: author.GIT_AUTHOR_EMAIL,
    GIT_COMMITTER_DATE: author.GIT_AUTHOR_DATE,
  };
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`git ${args.find((a) => !a.startsWith('-') && !a.includes('/')) ?? ''} failed: ${Buffer.concat(err).toString('utf8').trim()}`));
    });
    // A command that reads no input may be gone before its stdin closes (EPIPE): nothing is lost.
    child.stdin.on('error', () => undefined);
    if (input === undefined) child.stdin.end();
    else child.stdin.end(input);
  });
}

