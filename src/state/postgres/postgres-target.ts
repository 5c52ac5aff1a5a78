// PostgresTarget: the database a `state.url` points at, parsed once, with a description that
// is safe to print (the password is never part of it).
import { errorDiagnostic, type Diagnostic, type Result, type SourceRange } from '../../diagnostics/diagnostic.js';

/** The postgres settings of a config (state.url, state.schema), as state/ receives them. */
export interface PostgresSettings {
  /** May hold a password: never printed or stored. */
  readonly url: string;
  readonly schema: string;
  /** Where the url is written; diagnostics about connecting point there. */
  readonly urlRange?: SourceRange;
}

export interface PostgresTarget {
  readonly connectionString: string;
  readonly schema: string;
  /** "USER@HOST:PORT/DATABASE", without the password. */
  readonly where: string;
  /** The password, only so that messages can be scrubbed of it; empty when there is none. */
  readonly password: string;
  readonly urlRange: SourceRange | undefined;
}

const SCHEMES = new Set(['postgres:', 'postgresql:']);

export function parsePostgresTarget(settings: PostgresSettings): Result<PostgresTarget> {
  let url: URL;
  try {
    url = new URL(settings.url);
  } catch {
    return invalid(settings, 'it is not a URL');
  }
  if (!SCHEMES.has(url.protocol)) return invalid(settings, `its scheme is ${url.protocol.replace(/:$/, '') || 'missing'}, not postgres`);
  const socketHost = url.searchParams.get('host') ?? '';
  if (url.hostname === '' && socketHost === '') return invalid(settings, 'it names no host');
  const user = decodeURIComponent(url.username) || process.env['PGUSER'] || 'the default user';
  const host = url.hostname === '' ? socketHost : url.hostname;
  const port = url.port === '' ? '5432' : url.port;
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || user;
  return {
    value: {
      connectionString: settings.url,
      schema: settings.schema,
      where: `${user}@${host}:${port}/${database}`,
      password: decodeURIComponent(url.password),
      urlRange: settings.urlRange,
    },
    diagnostics: [],
  };
}

/** `text` with the password (as written, and URL-encoded) replaced by ***. */
export function scrubPassword(text: string, target: Pick<PostgresTarget, 'password'>): string {
  if (target.password === '') return text;
  return text.replaceAll(target.password, '***').replaceAll(encodeURIComponent(target.password), '***');
}

function invalid(settings: PostgresSettings, why: string): Result<PostgresTarget> {
  const diagnostic: Diagnostic = errorDiagnostic('state.bad-url', `state.url is not a PostgreSQL connection URL: ${why}`, {
    hint: 'Write it as postgres://USER:PASSWORD@HOST:5432/DATABASE, best from the environment: url: ${env:MOSAIC_PG_URL}. (The value is not shown: it may hold a password.)',
    ...(settings.urlRange === undefined ? {} : { range: settings.urlRange }),
  });
  return { value: undefined, diagnostics: [diagnostic] };
}
