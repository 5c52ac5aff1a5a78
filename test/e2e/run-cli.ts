// Runs the built CLI (bin/mosaic.js -> dist/) as a child process, the way a user does.
// Nothing under test/e2e imports src/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = join(projectRoot, 'bin', 'mosaic.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MOSAIC_PRINCIPAL: 'e2e' };
  delete env['FORCE_COLOR'];
  delete env['MOSAIC_CONFIG'];
  return { ...env, ...extra };
}

export function mosaic(args: readonly string[], options: { cwd: string; env?: Record<string, string>; input?: string }): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI without waiting, for lock and crash tests. */
export function startMosaic(args: readonly string[], options: { cwd: string; env?: Record<string, string> }) {
  return spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd, env: cleanEnv(options.env), stdio: 'ignore' });
}

export function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mosaic-e2e-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function git(args: readonly string[]): string {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}
