// Diagnostic: a problem to show a user, with a stable code and, where known, the place in
// a file it comes from. This folder imports nothing else of mosaic.

export type Severity = 'error' | 'warning';

/** A 1-based position in a source file. */
export interface SourceRange {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable id, e.g. `config.unknown-provider`; tests and tooling key on it. */
  readonly code: string;
  /** A short phrase, no trailing period. */
  readonly summary: string;
  /** Full sentences that say what to do about it. */
  readonly hint?: string;
  readonly range?: SourceRange;
  /** The resource address the problem concerns, when there is one. */
  readonly address?: string;
  /**
   * The stack of an unexpected error behind the problem (a plugin's bug): shown only with
   * MOSAIC_DEBUG=1, and left out of JSON output.
   */
  readonly stack?: string;
}

/** The result of an operation that can find user errors: a value plus what it found. */
export interface Result<T> {
  readonly value: T | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export function errorDiagnostic(code: string, summary: string, extra: Partial<Pick<Diagnostic, 'hint' | 'range' | 'address' | 'stack'>> = {}): Diagnostic {
  return { severity: 'error', code, summary, ...extra };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Thrown to stop a command with diagnostics for the user (exit 1, no stack trace).
 * The CLI's top level catches it; anything else thrown is a bug.
 */
export class DiagnosticError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.summary).join('; '));
    this.name = 'DiagnosticError';
    this.diagnostics = diagnostics;
  }
}
