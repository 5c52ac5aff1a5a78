// --target and --exclude: a targeted plan keeps the named resources and what they depend
// on; an exclusion drops the named resources and everything that depends on them.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PlanOptions, ResourceChange } from './plan.js';

export function narrowChanges(changes: readonly ResourceChange[], options: PlanOptions): { changes: ResourceChange[]; diagnostics: Diagnostic[] } {
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  const diagnostics: Diagnostic[] = [];
  for (const [flag, list] of [['--target', options.target], ['--exclude', options.exclude], ['--replace', options.replace]] as const) {
    for (const address of list) {
      if (!byAddress.has(address)) {
        diagnostics.push(errorDiagnostic('plan.unknown-address', `${flag} ${address} names no resource of the config or state`, {
          hint: 'Addresses are KIND.NAME, e.g. repository.api; `mosaic state list` shows those in state.',
        }));
      }
    }
  }
  let kept = [...changes];
  if (options.target.length > 0) {
    const keep = new Set<string>();
    const visit = (address: string): void => {
      if (keep.has(address)) return;
      keep.add(address);
      for (const dep of byAddress.get(address)?.depends_on ?? []) visit(dep);
    };
    options.target.forEach(visit);
    kept = kept.filter((c) => keep.has(c.address));
  }
  if (options.exclude.length > 0) {
    const drop = new Set(options.exclude);
    let grew = true;
    while (grew) {
      grew = false;
      for (const c of kept) {
        if (!drop.has(c.address) && c.depends_on.some((d) => drop.has(d))) {
          drop.add(c.address);
          grew = true;
        }
      }
    }
    kept = kept.filter((c) => !drop.has(c.address));
  }
  return { changes: kept, diagnostics };
}
