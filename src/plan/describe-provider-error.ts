// Turns whatever a provider threw into words for a diagnostic: a ProviderError keeps its
// code and hint (so does one from a third-party plugin, by name); anything else is reported by message (the stack only with MOSAIC_DEBUG).
import { ProviderError } from '../resources/provider-contract.js';

export function describeProviderError(error: unknown): { code: string; summary: string; hint?: string } {
  if (error instanceof ProviderError) return { code: error.code, summary: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  // Third-party plugins cannot import mosaic's class; an error named ProviderError with a code
  // will do. The guard's ProviderUnavailableError carries a code and hint the same way.
  if (error instanceof Error && (error.name === 'ProviderError' || error.name === 'ProviderUnavailableError') && typeof (error as { code?: unknown }).code === 'string') {
    const { code, hint } = error as Error & { code: string; hint?: unknown };
    return { code, summary: error.message, ...(typeof hint === 'string' ? { hint } : {}) };
  }
  const message = error instanceof Error ? error.message : String(error);
  const debug = process.env['MOSAIC_DEBUG'] === '1' && error instanceof Error && error.stack ? { hint: error.stack } : {};
  return { code: 'provider.error', summary: message, ...debug };
}
