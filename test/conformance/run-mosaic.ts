// Runs the built CLI without blocking the event loop: the emulator the CLI talks to lives in
// this very process, so spawnSync would deadlock it.
import { spawn } from 'node:child_process';
import { cleanEnv, cliPath } from '../e2e/run-cli.js';

export interface MosaicRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runMosaic(args: readonly string[], options: { cwd: string; env: Record<string, string> }): Promise<MosaicRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd, env: cleanEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
