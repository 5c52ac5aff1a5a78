// Writing to the terminal: results to stdout, diagnostics to stderr, JSON with a newline.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, sortDiagnostics } from '../diagnostics/format-diagnostic.js';
import { createOutputStyle } from './views/output-style.js';

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  const c = createOutputStyle(process.stderr);
  const style = { error: (s: string) => c.red.bold(s), warning: (s: string) => c.yellow.bold(s), dim: (s: string) => c.dim(s) };
  process.stderr.write(`${formatDiagnostics(sortDiagnostics(diagnostics), style)}\n`);
}

const systemErrorHints: Readonly<Record<string, string>> = {
  EACCES: 'Check that this user may write there, or point state.path / the provider root elsewhere.',
  EPERM: 'Check that this user may write there, or point state.path / the provider root elsewhere.',
  EROFS: 'The file system is read-only; point state.path / the provider root at a writable folder.',
  ENOSPC: 'The disk is full; free some space and run again (an interrupted apply converges on the next run).',
  EMFILE: 'Too many open files; lower --parallelism or raise the limit (ulimit -n).',
};

/**
 * A failure of the machine (permissions, a full disk) is the user's to fix and gets a hint;
 * anything else is a bug: one line, and the stack only with MOSAIC_DEBUG=1.
 */
export function printInternalError(error: unknown): void {
  const debug = process.env['MOSAIC_DEBUG'] === '1';
  const system = error as NodeJS.ErrnoException;
  const hint = typeof system.code === 'string' ? systemErrorHints[system.code] : undefined;
  if (hint) {
    process.stderr.write(`error: ${system.message}\n  ${hint}\n`);
    if (debug && system.stack) process.stderr.write(`${system.stack}\n`);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('  Run again with MOSAIC_DEBUG=1 to see the stack trace, and report it.\n');
}
