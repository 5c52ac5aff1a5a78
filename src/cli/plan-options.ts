// Turns plan-narrowing flags into PlanOptions, rejecting text that is not an address.
import { parseAddress } from '../addresses/address.js';
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import type { PlanOptions } from '../plan/plan.js';

export interface NarrowingFlags {
  readonly target?: readonly string[];
  readonly exclude?: readonly string[];
  readonly replace?: readonly string[];
  readonly allowMoveDelete?: boolean;
}

export function toPlanOptions(flags: NarrowingFlags, destroy: boolean): PlanOptions {
  const check = (flag: string, list: readonly string[] | undefined): string[] => {
    for (const a of list ?? []) {
      if (!parseAddress(a)) {
        throw new DiagnosticError([
          errorDiagnostic('cli.bad-address', `${flag} "${a}" is not a resource address`, {
            hint: 'Addresses are KIND.NAME with KIND one of repository, pipeline, space, page, project, issue; e.g. repository.api.',
          }),
        ]);
      }
    }
    return [...new Set(list ?? [])].sort();
  };
  return {
    target: check('--target', flags.target),
    exclude: check('--exclude', flags.exclude),
    replace: check('--replace', flags.replace),
    destroy,
    ...(flags.allowMoveDelete === true ? { allowMoveDelete: true } : {}),
  };
}
