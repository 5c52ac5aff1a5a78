// Turns what Octokit throws into ProviderErrors with stable github.* codes, the instance's
// name and the API's own words; never the token (messages are built from the answer only).
import { ProviderError } from '../../src/resources/provider-contract.js';

interface OctokitFailure {
  readonly status?: unknown;
  readonly message?: unknown;
  readonly response?: {
    readonly data?: unknown;
    readonly headers?: Readonly<Record<string, string | number | undefined>>;
  };
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as OctokitFailure | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The `message` GitHub put in an error body ("Branch not protected", "Not Found", ...). */
export function apiMessageOf(error: unknown): string | undefined {
  const data = (error as OctokitFailure | null)?.response?.data;
  const message = typeof data === 'object' && data !== null ? (data as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : undefined;
}

/**
 * A ProviderError for `error`, raised while `action` (e.g. `creating repository "api"`) on
 * provider instance `instance`. Anything that is not an HTTP failure is returned as is.
 */
/**
 * Runs a write that names someone (a collaborator, a team): a 404 there means the name does
 * not exist, which "the repository was not found" would misreport.
 */
export async function namingMember<T>(what: string, name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    throw new ProviderError('github.not-found', `${what} "${name}" does not exist on GitHub, or the token cannot see it`, `Check the spelling of "${name}" in the config.`);
  }
}

export function describeGithubError(instance: string, action: string, error: unknown): unknown {
  if (error instanceof ProviderError) return error;
  const failure = error as OctokitFailure | null;
  const status = statusOf(error);
  if (status === undefined || failure === null) return error;
  const prefix = `GitHub provider "${instance}", ${action}`;
  const headers = failure.response?.headers ?? {};
  const said = describeApiMessage(failure.response?.data) ?? (typeof failure.message === 'string' ? failure.message : `HTTP ${String(status)}`);

  if (failure.response === undefined) {
    return new ProviderError('github.unreachable', `${prefix}: the API did not answer (${said})`, 'Check the `url` setting and the network; mosaic retried the request before giving up.', 'url');
  }
  if (status === 401) {
    return new ProviderError('github.unauthorized', `${prefix}: GitHub refused the token (${said})`, 'The token is wrong, expired or revoked: create a new one and export it in the variable the `token` setting names.', 'token');
  }
  if (status === 429 || (status === 403 && isRateLimited(headers, said))) {
    return new ProviderError('github.rate-limited', `${prefix}: still rate-limited after retries${describeReset(headers)}`, 'Wait until the limit resets and run again; lower `max_concurrency` or raise `write_interval_ms` if this recurs.');
  }
  if (status === 403) {
    return new ProviderError('github.forbidden', `${prefix}: GitHub refused (${said})`, 'The token lacks a permission this needs (admin on the repository, or the repo / admin:org scopes).', 'token');
  }
  if (status === 404) {
    return new ProviderError('github.not-found', `${prefix}: not found (${said})`, 'It may have been removed or renamed outside mosaic, or the token cannot see it; run `mosaic plan` again.');
  }
  if (status === 409 || (status === 422 && /already exists/i.test(said))) {
    return new ProviderError('github.conflict', `${prefix}: ${said}`, 'Something with that name already exists; run `mosaic plan` so mosaic imports it, or choose another name.');
  }
  if (status === 422 || status === 400) {
    return new ProviderError('github.invalid', `${prefix}: GitHub rejected the request (${said})`, 'Change the value GitHub names in the config.');
  }
  return new ProviderError('github.unavailable', `${prefix}: GitHub answered ${String(status)} (${said})`, 'GitHub had trouble and mosaic retried; run again later or check https://www.githubstatus.com.');
}

function describeApiMessage(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  const details = Array.isArray(errors)
    ? errors.map((e: unknown) => (typeof e === 'string' ? e : typeof e === 'object' && e !== null ? describeFieldError(e as Record<string, unknown>) : '')).filter((e) => e !== '')
    : [];
  const head = typeof message === 'string' ? message : undefined;
  if (details.length === 0) return head;
  return `${head ?? 'Validation Failed'}: ${details.join('; ')}`;
}

function describeFieldError(error: Record<string, unknown>): string {
  if (typeof error['message'] === 'string') return error['message'];
  const field = typeof error['field'] === 'string' ? error['field'] : '';
  const code = typeof error['code'] === 'string' ? error['code'] : '';
  return [field, code].filter((part) => part !== '').join(' ');
}

function isRateLimited(headers: Readonly<Record<string, string | number | undefined>>, said: string): boolean {
  return headers['retry-after'] !== undefined || String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(said);
}

function describeReset(headers: Readonly<Record<string, string | number | undefined>>): string {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && /^\d+$/.test(String(retryAfter))) return `; GitHub asks to wait ${String(retryAfter)} s`;
  const reset = headers['x-ratelimit-reset'];
  if (reset !== undefined && /^\d+$/.test(String(reset))) return `; the limit resets at ${new Date(Number(reset) * 1000).toISOString()}`;
  return '';
}
