// Writing to the user: results to stdout, diagnostics and notices to stderr, colour only on a
// terminal (and never with NO_COLOR), and the approval prompt of apply and destroy.
import { createInterface } from 'node:readline';
import type { ChalkInstance } from 'chalk';
import { DiagnosticError, errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, sortDiagnostics } from '../diagnostics/format-diagnostic.js';
import type { RunRequest } from '../run/open-run.js';
import type { CliIo } from './cli-io.js';
import { createOutputStyle } from './views/output-style.js';

export interface Terminal {
  readonly io: CliIo;
  /** Colour for stdout (none when it is not a terminal). */
  readonly style: ChalkInstance;
  /** MOSAIC_DEBUG=1: stacks of internal errors and of plugins' unexpected errors. */
  readonly debug: boolean;
  print(text: string): void;
  printJson(value: unknown): void;
  /** A line on stderr: a warning or a notice that is not the command's result. */
  notice(text: string): void;
  printDiagnostics(diagnostics: readonly Diagnostic[]): void;
  printInternalError(error: unknown): void;
  /** Fails before any work when approval is needed but cannot be asked for. */
  requireApprovalPossible(command: string, autoApprove: boolean): void;
  /** Asks on the terminal; only "yes" approves. */
  askApproval(question: string): Promise<boolean>;
  /** The run a command with these flags asks for. */
  runRequest(flags: { readonly config: string; readonly as?: string; readonly workspace?: string }): RunRequest;
}

const systemErrorHints: Readonly<Record<string, string>> = {
  EACCES: 'Check that this user may write there, or point state.path / the provider root elsewhere.',
  EPERM: 'Check that this user may write there, or point state.path / the provider root elsewhere.',
  EROFS: 'The file system is read-only; point state.path / the provider root at a writable folder.',
  ENOSPC: 'The disk is full; free some space and run again (an interrupted apply converges on the next run).',
  EMFILE: 'Too many open files; lower --parallelism or raise the limit (ulimit -n).',
};

export function createTerminal(io: CliIo): Terminal {
  const debug = io.env['MOSAIC_DEBUG'] === '1';
  const line = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);
  const errorStyle = createOutputStyle(io.isTTY.stderr, io.env);
  return {
    io,
    style: createOutputStyle(io.isTTY.stdout, io.env),
    debug,
    print: (text) => void io.stdout.write(line(text)),
    // Stacks of diagnostics are for people reading MOSAIC_DEBUG output, not for JSON readers.
    printJson: (value) => void io.stdout.write(`${JSON.stringify(value, (key, v: unknown) => (key === 'stack' ? undefined : v), 2)}\n`),
    notice: (text) => void io.stderr.write(line(text)),
    printDiagnostics(diagnostics) {
      const style = { error: (s: string) => errorStyle.red.bold(s), warning: (s: string) => errorStyle.yellow.bold(s), dim: (s: string) => errorStyle.dim(s) };
      io.stderr.write(`${formatDiagnostics(sortDiagnostics(diagnostics), style)}\n`);
      if (debug) for (const d of diagnostics) if (d.stack !== undefined) io.stderr.write(`${d.stack}\n`);
    },
    // A failure of the machine (permissions, a full disk) is the user's to fix and gets a hint;
    // anything else is a bug: one line, and the stack only with MOSAIC_DEBUG=1.
    printInternalError(error) {
      const system = error as NodeJS.ErrnoException;
      const hint = typeof system.code === 'string' ? systemErrorHints[system.code] : undefined;
      if (hint) {
        io.stderr.write(`error: ${system.message}\n  ${hint}\n`);
        if (debug && system.stack) io.stderr.write(`${system.stack}\n`);
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(`error: internal error: ${message}\n`);
      if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
      else io.stderr.write('  Run again with MOSAIC_DEBUG=1 to see the stack trace, and report it.\n');
    },
    requireApprovalPossible(command, autoApprove) {
      if (autoApprove || io.isTTY.stdin) return;
      throw new DiagnosticError([
        errorDiagnostic('cli.needs-approval', `refusing to ${command} without approval: standard input is not a terminal`, {
          hint: `Pass --auto-approve to ${command} without asking, or save a plan with \`mosaic plan --out plan.json\`, review it, and run \`mosaic apply plan.json\`.`,
        }),
      ]);
    },
    async askApproval(question) {
      io.stdout.write(`${question}\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: `);
      const rl = createInterface({ input: io.stdin, terminal: false });
      try {
        // An input that ends without a line is no approval.
        const answer = await new Promise<string>((resolve) => {
          rl.once('line', resolve);
          rl.once('close', () => {
            resolve('');
          });
        });
        return answer.trim() === 'yes';
      } finally {
        rl.close();
      }
    },
    runRequest: (flags) => ({
      config: flags.config,
      cwd: io.cwd,
      env: io.env,
      ...(flags.as === undefined ? {} : { as: flags.as }),
      ...(flags.workspace === undefined ? {} : { workspace: flags.workspace }),
      onLockWait: (message) => void io.stderr.write(`${message}\n`),
    }),
  };
}
