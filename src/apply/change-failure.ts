// A change that failed, with the diagnostic that says why; whatever else a step throws (a
// provider's error) becomes one at the change's address.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { providerErrorDiagnostic } from '../plan/describe-provider-error.js';

export class ChangeFailure extends Error {
  readonly diagnostic: Diagnostic;
  constructor(diagnostic: Diagnostic) {
    super(diagnostic.summary);
    this.name = 'ChangeFailure';
    this.diagnostic = diagnostic;
  }
}

export function diagnoseChangeFailure(address: string, error: unknown): Diagnostic {
  return error instanceof ChangeFailure ? error.diagnostic : providerErrorDiagnostic(error, { address });
}
