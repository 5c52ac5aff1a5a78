// The state file: reading it from disk (parse, upgrade, validate) into a State, and
// encoding a State as its deterministic on-disk text. StateFileV1 stays in this file.
import { readFile } from 'node:fs/promises';
import { DiagnosticError, errorDiagnostic, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { sortKeysDeep } from '../canonical-json.js';
import type { StateFileV1 } from '../generated/state.js';
import { hasErrorCode } from './error-code.js';
import { emptyState, type State } from './state.js';
import { validateStateFile } from './state-file-schema.js';
import { CURRENT_STATE_FILE_VERSION, upgradeStateFile } from './upgrade-state-file.js';

const RESTORE_HINT = 'mosaic will not overwrite a state it cannot read: fix the file, or restore it from a backup or version control.';

/** The state in `path`; emptyState() when the file does not exist. Throws DiagnosticError when it cannot be used. */
export async function readStateFile(path: string): Promise<State> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return emptyState();
    throw error;
  }
  const decoded = decodeStateFile(text, path);
  if (decoded.value === undefined) throw new DiagnosticError(decoded.diagnostics);
  return decoded.value;
}

/** Parses, upgrades and validates the text of a state file read from `path`. */
export function decodeStateFile(text: string, path: string): Result<State> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return failWith(
      errorDiagnostic('state.invalid', `state file ${path} is not valid JSON`, {
        hint: `The file was damaged or edited by hand. ${RESTORE_HINT}`,
        range: locateJsonError(text, path, error),
      }),
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return failWith(invalidSchemaDiagnostic(path, ['the top level must be an object']));
  }
  const upgraded = upgradeStateFile(parsed as Record<string, unknown>, path);
  if (upgraded.value === undefined) return { value: undefined, diagnostics: upgraded.diagnostics };
  const validated = validateStateFile(upgraded.value);
  if (validated.value === undefined) return failWith(invalidSchemaDiagnostic(path, validated.problems));
  return { value: convertStateFileToState(validated.value), diagnostics: [] };
}

// Entries are immutable once built, so each one's text is computed once and reused by every
// later write (apply writes the whole state after every change).
const encodedEntries = new WeakMap<object, string>();

/** The on-disk text of `state`: resources and every key inside them sorted, so equal states give equal bytes. */
export function encodeStateFile(state: State): string {
  const header = `{\n  "version": ${String(CURRENT_STATE_FILE_VERSION)},\n  "lineage": ${JSON.stringify(state.lineage)},\n  "serial": ${String(state.serial)},\n  "resources": `;
  const addresses = Object.keys(state.resources).sort();
  if (addresses.length === 0) return `${header}{}\n}\n`;
  const entries = addresses.map((address) => {
    const entry = state.resources[address] as object;
    let text = encodedEntries.get(entry);
    if (text === undefined) {
      text = JSON.stringify(sortKeysDeep(entry), null, 2).replaceAll('\n', '\n    ');
      encodedEntries.set(entry, text);
    }
    return `    ${JSON.stringify(address)}: ${text}`;
  });
  return `${header}{\n${entries.join(',\n')}\n  }\n}\n`;
}

function convertStateFileToState(file: StateFileV1): State {
  return { lineage: file.lineage, serial: file.serial, resources: file.resources };
}

function invalidSchemaDiagnostic(path: string, problems: readonly string[]): Diagnostic {
  const shown = problems.slice(0, 5).join('; ');
  const more = problems.length > 5 ? ` (and ${String(problems.length - 5)} more)` : '';
  return errorDiagnostic('state.invalid', `state file ${path} does not match the state file schema`, {
    hint: `Problems: ${shown}${more}. ${RESTORE_HINT}`,
    range: { file: path, line: 1, column: 1 },
  });
}

// V8 reports "at position N" (and sometimes line/column); the message itself may quote the
// file's content, so only the position is kept.
function locateJsonError(text: string, path: string, error: unknown): { file: string; line: number; column: number } {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  const position = match?.[1] === undefined ? 0 : Math.min(Number(match[1]), text.length);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  return { file: path, line, column };
}

function failWith(diagnostic: Diagnostic): Result<State> {
  return { value: undefined, diagnostics: [diagnostic] };
}
