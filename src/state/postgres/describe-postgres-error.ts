// Turns what node-postgres throws (a refused connection, a rejected password, a missing
// database, a lost connection) into a diagnostic a user can act on, placed at state.url and
// scrubbed of the password; never a stack trace.
import { errorDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { scrubPassword, type PostgresTarget } from './postgres-target.js';

interface Explanation {
  readonly code: string;
  readonly summary: string;
  readonly hint: string;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE']);

export function describePostgresError(error: unknown, target: PostgresTarget): Diagnostic {
  const code = typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : '';
  const message = scrubPassword(error instanceof Error ? error.message : String(error), target);
  const explained = explain(code, message, target);
  return errorDiagnostic(explained.code, scrubPassword(explained.summary, target), {
    hint: scrubPassword(explained.hint, target),
    ...(target.urlRange === undefined ? {} : { range: target.urlRange }),
  });
}

function explain(code: string, message: string, target: PostgresTarget): Explanation {
  const at = `the PostgreSQL state backend ${target.where}`;
  if (code === '28P01' || code === '28000') {
    return {
      code: 'state.postgres-auth',
      summary: `cannot log in to ${at}: ${message}`,
      hint: 'Check the user and password in state.url (e.g. the MOSAIC_PG_URL variable it reads).',
    };
  }
  if (UNREACHABLE.has(code) || (/timeout|terminated/i.test(message) && !/lock timeout/.test(message))) {
    return {
      code: 'state.postgres-unreachable',
      summary: `cannot reach ${at}: ${describeNetworkProblem(code, message)}`,
      hint: 'Check that the server runs and that host and port in state.url are right, and that this machine may connect to it.',
    };
  }
  if (code === '3D000') {
    return { code: 'state.postgres-no-database', summary: `${at} has no such database: ${message}`, hint: 'Create the database (createdb NAME), or fix its name in state.url.' };
  }
  if (code === '42501') {
    return {
      code: 'state.postgres-permission',
      summary: `${at} refused: ${message}`,
      hint: `The user needs to create the schema ${target.schema} and its tables once (or a DBA creates the schema and grants it), then to read and write them.`,
    };
  }
  if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') {
    return { code: 'state.postgres-unreachable', summary: `lost the connection to ${at}: ${message}`, hint: 'Run again once the server is back; an interrupted apply converges on the next run.' };
  }
  return { code: 'state.postgres-error', summary: `${at} failed: ${message}${code === '' ? '' : ` (SQLSTATE ${code})`}`, hint: 'Run again; if it persists, check the server log.' };
}

function describeNetworkProblem(code: string, message: string): string {
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (nothing listens there)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host';
    case 'ETIMEDOUT':
      return 'the connection timed out';
    default:
      return message;
  }
}
