// Runs the CLI in-process, as bin/mosaic.js does but with an io of the test's: arguments,
// a minimal environment, a folder, standard input from a string, and output captured.
// Tests use this unless the process itself is what they test (SIGKILL, locks between
// processes, the terminal, exit of the executable), for which test/e2e/run-cli.ts spawns it.
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/cli-io.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd: string;
  /** Added to the base environment (MOSAIC_PRINCIPAL=e2e and nothing else of this process). */
  readonly env?: Readonly<Record<string, string>>;
  /** Standard input, e.g. an answer to the approval prompt. */
  readonly input?: string;
  /** Which streams claim to be terminals. */
  readonly tty?: Partial<CliIo['isTTY']>;
}

export function testIo(args: readonly string[], options: CliOptions): { io: CliIo; stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    argv: [...args],
    env: { MOSAIC_PRINCIPAL: 'e2e', ...options.env },
    cwd: options.cwd,
    stdin: Readable.from([options.input ?? '']),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    isTTY: { stdin: false, stdout: false, stderr: false, ...options.tty },
  };
  return { io, stdout: () => stdout, stderr: () => stderr };
}

/** `mosaic ARGS` in this process: the exit code main returns and what it wrote. */
export async function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
  const { io, stdout, stderr } = testIo(args, options);
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr() };
}
