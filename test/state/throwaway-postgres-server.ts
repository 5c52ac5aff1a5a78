// A throwaway PostgreSQL server from the machine's binaries (Debian's /usr/lib/postgresql/N/bin
// or /usr/local/bin): initdb into a temporary folder, pg_ctl on a free port, removed on stop.
// Used by the run's global setup (test/global-setup.ts); imports nothing of src/ or vitest.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayServer {
  /** URL of its `postgres` database, as superuser `postgres` (with the password, if one was set). */
  readonly url: string;
  readonly port: number;
  stop(): void;
}

/**
 * Starts a server in a temporary folder on a free port: trust auth, or scram-sha-256 with
 * `password` for user postgres. Undefined when the binaries are missing or it cannot start.
 * initdb refuses to run as root, so as root the server runs as the `postgres` user.
 */
export function startThrowawayServer(options: { readonly password?: string } = {}): ThrowawayServer | undefined {
  const bin = findPostgresBin();
  if (bin === undefined) return undefined;
  const asRoot = userInfo().uid === 0;
  if (asRoot && spawnSync('id', ['-u', 'postgres']).status !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'mosaic-pg-'));
  const data = join(dir, 'data');
  const run = (command: string, args: readonly string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] as const : [command, args] as const;
    return spawnSync(full[0], full[1], { encoding: 'utf8', timeout: 60_000 });
  };
  const initArgs = ['-D', data, '-U', 'postgres', '-N', '--no-instructions'];
  if (options.password === undefined) initArgs.push('--auth=trust');
  else {
    writeFileSync(join(dir, 'pw'), `${options.password}\n`);
    initArgs.push('--auth=scram-sha-256', `--pwfile=${join(dir, 'pw')}`);
  }
  if (asRoot) chownRecursive(dir);
  const port = findFreePort();
  const started =
    run(join(bin, 'initdb'), initArgs).status === 0 &&
    run(join(bin, 'pg_ctl'), ['-D', data, '-o', `-p ${String(port)} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-w', '-t', '30', '-l', join(dir, 'log'), 'start']).status === 0;
  const stop = () => {
    run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  if (!started) {
    stop();
    return undefined;
  }
  const auth = options.password === undefined ? 'postgres' : `postgres:${encodeURIComponent(options.password)}`;
  return { url: `postgres://${auth}@127.0.0.1:${String(port)}/postgres`, port, stop };
}

function findPostgresBin(): string | undefined {
  const candidates = ['/usr/local/bin'];
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) for (const version of readdirSync(debian).sort().reverse()) candidates.push(join(debian, version, 'bin'));
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

function chownRecursive(dir: string): void {
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  chownSync(dir, uid, gid);
  for (const name of readdirSync(dir)) chownSync(join(dir, name), uid, gid);
}

/** A port nothing listens on now (asked of the kernel, synchronously through a child process). */
export function findFreePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout);
}
