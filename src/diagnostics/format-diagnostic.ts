// Renders diagnostics as `FILE:LINE:COL: error: summary` followed by an indented hint,
// the shape compilers use so editors and CI annotators can jump to the place.
import type { Diagnostic } from './diagnostic.js';

export interface DiagnosticStyle {
  readonly error: (s: string) => string;
  readonly warning: (s: string) => string;
  readonly dim: (s: string) => string;
}

const plain: DiagnosticStyle = { error: (s) => s, warning: (s) => s, dim: (s) => s };

export function formatDiagnostic(d: Diagnostic, style: DiagnosticStyle = plain): string {
  const where = d.range ? `${d.range.file}:${String(d.range.line)}:${String(d.range.column)}: ` : '';
  const severity = d.severity === 'error' ? style.error('error') : style.warning('warning');
  // With a source position the place says which resource; without one, the address does.
  const subject = d.address && !d.range && !d.summary.includes(d.address) ? `${d.address}: ` : '';
  const lines = [`${where}${severity}: ${subject}${d.summary}`];
  if (d.hint) lines.push(...d.hint.split('\n').map((l) => `  ${style.dim(l)}`));
  return lines.join('\n');
}

export function formatDiagnostics(list: readonly Diagnostic[], style: DiagnosticStyle = plain): string {
  return list.map((d) => formatDiagnostic(d, style)).join('\n');
}

/** Orders diagnostics by file, line and column so output is stable whatever found them first. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.range?.file ?? '';
    const fb = b.range?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.range?.line ?? 0;
    const lb = b.range?.line ?? 0;
    if (la !== lb) return la - lb;
    return (a.range?.column ?? 0) - (b.range?.column ?? 0);
  });
}
