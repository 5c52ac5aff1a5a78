// ${env:NAME} interpolation of one string value read from YAML, with its problems reported at
// the scalar and the scalar marked tainted. Shared by both readings of a config file.
import { errorDiagnostic, type Diagnostic, type SourceRange } from '../diagnostics/diagnostic.js';
import { interpolateEnv } from './interpolate-env.js';
import { rangeKey } from './yaml-positions.js';

export interface InterpolationContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly diagnostics: Diagnostic[];
  /** rangeKey of every scalar whose interpolation failed. */
  readonly tainted: Set<string>;
}

export function interpolateScalar(text: string, range: SourceRange | undefined, context: InterpolationContext): string {
  const result = interpolateEnv(text, context.env);
  for (const name of result.unset) {
    const hint = `Set ${name} in the environment, e.g. export ${name}=…`;
    context.diagnostics.push(errorDiagnostic('config.unset-env', `environment variable ${name} is not set`, { range, hint }));
  }
  for (const written of result.malformed) {
    const hint = 'Write ${env:NAME} with NAME made of letters, digits and "_", or $${env:...} for a literal text.';
    context.diagnostics.push(errorDiagnostic('config.unset-env', `${written} does not name an environment variable`, { range, hint }));
  }
  if (range && (result.unset.length > 0 || result.malformed.length > 0)) context.tainted.add(rangeKey(range));
  return result.value;
}
