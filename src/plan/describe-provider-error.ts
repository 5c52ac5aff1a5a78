// Turns whatever a provider threw into words for a diagnostic: a ProviderError keeps its
// code and hint (so does one from a third-party plugin, by name); anything else is reported
// by its message, with its stack for MOSAIC_DEBUG=1.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { ProviderError } from '../resources/provider-contract.js';

export function describeProviderError(error: unknown): { code: string; summary: string; hint?: string; stack?: string } {
  if (error instanceof ProviderError) return { code: error.code, summary: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  // Third-party plugins cannot import mosaic's class; an error named ProviderError with a code
  // will do. The guard's ProviderUnavailableError carries a code and hint the same way.
  if (error instanceof Error && (error.name === 'ProviderError' || error.name === 'ProviderUnavailableError') && typeof (error as { code?: unknown }).code === 'string') {
    const { code, hint } = error as Error & { code: string; hint?: unknown };
    return { code, summary: error.message, ...(typeof hint === 'string' ? { hint } : {}) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'provider.error', summary: message, ...(error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {}) };
}

/** A provider's failure as a diagnostic, about `address` when given, its summary after `prefix`. */
export function providerErrorDiagnostic(error: unknown, about: { readonly address?: string; readonly prefix?: string } = {}): Diagnostic {
  const { code, summary, hint, stack } = describeProviderError(error);
  return errorDiagnostic(code, `${about.prefix ?? ''}${summary}`, {
    ...(about.address === undefined ? {} : { address: about.address }),
    ...(hint === undefined ? {} : { hint }),
    ...(stack === undefined ? {} : { stack }),
  });
}
