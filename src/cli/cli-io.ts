// What the command line reads and writes: its arguments, environment, working folder and
// streams. bin/mosaic.js hands it the process's own; tests hand it theirs and run the CLI
// in-process. Settings come only from here (the config's ${env:...}, MOSAIC_*, NO_COLOR);
// process.env is read below only to start git with a working PATH and HOME.
export interface TextSink {
  write(text: string): unknown;
}

export interface CliIo {
  /** The arguments after the program name. */
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Read for the approval prompt of apply and destroy. */
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Which streams are terminals: colour on stdout and stderr, prompts only when stdin is one. */
  readonly isTTY: { readonly stdin: boolean; readonly stdout: boolean; readonly stderr: boolean };
}

export function processIo(): CliIo {
  return {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: { stdin: process.stdin.isTTY, stdout: process.stdout.isTTY, stderr: process.stderr.isTTY },
  };
}
