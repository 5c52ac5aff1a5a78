// Opens the state backend a config's `state:` names — or, for `state migrate`, the other one
// its settings describe. Connecting waits for the first use, so commands that never touch the
// state (validate) never reach the database.
import { DiagnosticError, errorDiagnostic } from '../diagnostics/diagnostic.js';
import { LocalStateBackend } from './local-state-backend.js';
import { PostgresStateBackend } from './postgres/postgres-state-backend.js';
import { parsePostgresTarget, type PostgresSettings } from './postgres/postgres-target.js';
import type { StateBackend, StateBackendKind } from './state-backend.js';

/** The `state:` settings as state/ receives them (config/ decodes them into this shape). */
export interface StateBackendSettings {
  readonly backend: StateBackendKind;
  /** The local folder: the local state, or the postgres backend's local caches. */
  readonly path: string;
  readonly postgres?: PostgresSettings;
}

export function openStateBackend(settings: StateBackendSettings, kind: StateBackendKind = settings.backend): StateBackend {
  switch (kind) {
    case 'local':
      return new LocalStateBackend(settings.path);
    case 'postgres': {
      if (settings.postgres === undefined) {
        throw new DiagnosticError([
          errorDiagnostic('state.no-url', 'the config names no PostgreSQL database', {
            hint: 'Add the connection URL under state:, e.g. `url: ${env:MOSAIC_PG_URL}` (and `schema: mosaic`).',
          }),
        ]);
      }
      const target = parsePostgresTarget(settings.postgres);
      if (target.value === undefined) throw new DiagnosticError(target.diagnostics);
      return new PostgresStateBackend(target.value);
    }
  }
}
