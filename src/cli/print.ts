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

/** A bug, not a user error: one line, and the stack only with MOSAIC_DEBUG=1. */
export function printInternalError(error: unknown): void {
  const debug = process.env['MOSAIC_DEBUG'] === '1';
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('  Run again with MOSAIC_DEBUG=1 to see the stack trace, and report it.\n');
}
