// Runs the built CLI (bin/mosaic.js -> dist/) as a child process, the way a user does, for
// tests whose subject is the process: SIGKILL, locks between processes, the terminal, the
// executable's exit. Every other test runs the CLI in-process (test/cli/cli-harness.ts).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './temp-project.js';

export const cliPath = join(projectRoot, 'bin', 'mosaic.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MOSAIC_PRINCIPAL: 'e2e' };
  // What a developer's shell may set that would change what the tests see.
  delete env['FORCE_COLOR'];
  delete env['MOSAIC_CONFIG'];
  delete env['MOSAIC_DEBUG'];
  delete env['MOSAIC_WORKSPACE'];
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

export interface RunningMosaic {
  readonly pid: number;
  signal(name: NodeJS.Signals): void;
  /** Resolves once stderr holds `text`; rejects if the process ends first. */
  stderrContains(text: string): Promise<void>;
  readonly done: Promise<CliResult>;
}

/** Starts the CLI without waiting and collects its output, for runs that must overlap. */
export function startMosaicCollecting(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): RunningMosaic {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd, env: cleanEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolve) => {
    child.on('close', (code) => {
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
  const stderrContains = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (stderr.includes(text)) resolve();
      };
      // Added after the collecting listener, so it sees each chunk already appended.
      child.stderr.on('data', check);
      check();
      void done.then((result) => {
        reject(new Error(`mosaic ${args.join(' ')} exited with ${String(result.code)} before printing "${text}":\n${result.stderr}`));
      });
    });
  return { pid: child.pid ?? -1, signal: (name) => child.kill(name), stderrContains, done };
}
