// Rebuilds one version of the state from history records: the nearest snapshot at or before
// it, then each patch up to it, following the `base` of each patch.
import { errorDiagnostic, type Result } from '../diagnostics/diagnostic.js';
import type { State, StateResource } from './state.js';
import { validateStateFile } from './state-file-schema.js';
import { CURRENT_STATE_FILE_VERSION } from './upgrade-state-file.js';
import type { StateVersionRecord } from './state-version-record.js';

/**
 * The state at `serial`. `records` may hold several records of one serial (a run killed
 * between writing history and state writes that serial again): the last one wins.
 */
export function rebuildStateVersion(records: readonly StateVersionRecord[], serial: number, where: string): Result<State> {
  const bySerial = new Map<number, StateVersionRecord>();
  for (const record of records) bySerial.set(record.serial, record);
  const path: StateVersionRecord[] = [];
  for (let at: number | undefined = serial; ; ) {
    const record: StateVersionRecord | undefined = at === undefined ? undefined : bySerial.get(at);
    if (record === undefined) {
      const summary =
        path.length === 0 ? `${where} holds no version with serial ${String(serial)}` : `${where} lacks serial ${String(at)}, the version serial ${String(serial)} is built on`;
      return fail('state.version-not-found', summary, 'Run `mosaic state history` to see the serials it keeps.');
    }
    path.push(record);
    if (record.kind === 'snapshot') break;
    at = record.base;
  }
  let resources: Record<string, StateResource> = {};
  for (const record of path.reverse()) {
    resources = record.kind === 'snapshot' ? { ...record.set } : { ...resources, ...record.set };
    for (const address of record.remove ?? []) delete resources[address];
  }
  const target = path[path.length - 1] as StateVersionRecord;
  const checked = validateStateFile({ version: CURRENT_STATE_FILE_VERSION, lineage: target.lineage, serial: target.serial, resources });
  if (checked.value === undefined) {
    return fail('state.invalid', `version ${String(serial)} in ${where} does not match the state file schema`, `Problems: ${checked.problems.slice(0, 5).join('; ')}. The history was damaged or edited.`);
  }
  return { value: { lineage: target.lineage, serial: target.serial, resources: checked.value.resources }, diagnostics: [] };
}

function fail(code: string, summary: string, hint: string): Result<State> {
  return { value: undefined, diagnostics: [errorDiagnostic(code, summary, { hint })] };
}
