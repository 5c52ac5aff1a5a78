// Upgrades a parsed state file of any known older format version to the current one, one
// version at a time; refuses a file written by a newer mosaic.
import { errorDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** The format version this mosaic writes. */
export const CURRENT_STATE_FILE_VERSION = 1;

/** Turns a file of version N (the key) into one of version N + 1. */
type UpgradeStep = (file: Record<string, unknown>) => Record<string, unknown>;

// Today only version 1 exists. When version 2 arrives, add `1: upgradeStateFileV1ToV2`.
const UPGRADE_STEPS: Readonly<Record<number, UpgradeStep>> = {};

export interface UpgradedStateFile {
  readonly value: Record<string, unknown> | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Brings `file` (parsed JSON, not yet validated) to CURRENT_STATE_FILE_VERSION. A missing or
 * malformed version is left for schema validation to report.
 */
export function upgradeStateFile(file: Record<string, unknown>, path: string): UpgradedStateFile {
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return { value: file, diagnostics: [] };
  if (version > CURRENT_STATE_FILE_VERSION) {
    return {
      value: undefined,
      diagnostics: [
        errorDiagnostic('state.newer-version', 'state file was written by a newer mosaic', {
          hint: `${path} has format version ${String(version)}, but this mosaic reads versions up to ${String(CURRENT_STATE_FILE_VERSION)}. Upgrade mosaic to use this state; do not edit the file by hand.`,
          range: { file: path, line: 1, column: 1 },
        }),
      ],
    };
  }
  let current = file;
  for (let from = version; from < CURRENT_STATE_FILE_VERSION; from++) {
    const step = UPGRADE_STEPS[from];
    if (step === undefined) {
      return {
        value: undefined,
        diagnostics: [
          errorDiagnostic('state.invalid', `state file has unknown format version ${String(from)}`, {
            hint: `${path} declares a format version this mosaic cannot upgrade. Restore the file from a backup.`,
            range: { file: path, line: 1, column: 1 },
          }),
        ],
      };
    }
    current = step(current);
  }
  return { value: current, diagnostics: [] };
}
