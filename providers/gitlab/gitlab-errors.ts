// GitLab's failed answers as one error type (thrown by the requester), and their translation
// into ProviderErrors with gitlab.* codes that name the instance and never the token.
import { ProviderError } from '../../src/resources/provider-contract.js';

/** A non-2xx answer of the GitLab API, with the API's own message. */
export class GitlabHttpError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly apiMessage: string,
    /** When the rate limit resets, from RateLimit-Reset or Retry-After; undefined when not said. */
    readonly resetsAt: Date | undefined,
  ) {
    super(`GitLab answered ${String(status)} to ${method} ${path}: ${apiMessage}`);
    this.name = 'GitlabHttpError';
  }
}

export function isStatus(error: unknown, ...statuses: number[]): error is GitlabHttpError {
  return error instanceof GitlabHttpError && statuses.includes(error.status);
}

/**
 * Runs a removal; a 404 means it is already gone, which is what was asked (a retried DELETE
 * whose first answer was lost lands here).
 */
export async function removeIfPresent(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!isStatus(error, 404)) throw error;
  }
}

/** GitLab reports a taken name or path as a 400 validation error, not a 409. */
export function isTakenName(error: unknown): boolean {
  return isStatus(error, 400, 409) && /has already been taken|already exists/i.test(error.apiMessage);
}

/** What `subject` (e.g. 'creating project "api"') failing with `error` means to the user. */
export function describeGitlabError(instance: string, subject: string, error: unknown): unknown {
  const where = `provider "${instance}" (GitLab)`;
  if (isNetworkFailure(error)) {
    const cause = (error.cause as { code?: unknown } | undefined)?.code;
    return new ProviderError(
      'gitlab.unreachable',
      `${where} could not be reached while ${subject}${typeof cause === 'string' ? ` (${cause})` : error.name === 'TimeoutError' ? ' (timed out)' : ''}`,
      'Check `url` and the network. A create or change whose answer was lost may still have happened; the next `mosaic plan` finds it.',
      'url',
    );
  }
  if (!(error instanceof GitlabHttpError)) return error;
  const said = error.apiMessage === '' ? '' : `: ${error.apiMessage}`;
  switch (error.status) {
    case 401:
      return new ProviderError('gitlab.unauthorized', `${where} refused the token while ${subject}${said}`, 'The token is missing, expired or revoked; create an access token with the api scope and set it in the variable `token` names.', 'token');
    case 403:
      return new ProviderError('gitlab.forbidden', `${where} does not allow ${subject}${said}`, 'The token needs the api scope, and its user the Maintainer role (Owner to delete or archive projects) in the group.', 'token');
    case 404:
      return new ProviderError('gitlab.not-found', `${where} found nothing while ${subject}${said}`, 'Check `group` and the names in the config; the object may have been deleted outside mosaic, or the token cannot see it.');
    case 409:
      return new ProviderError('gitlab.conflict', `${where} reports a conflict while ${subject}${said}`, 'Something with that name already exists; run `mosaic plan` again so mosaic imports it instead of creating it.');
    case 400:
    case 422:
      if (isTakenName(error)) {
        return new ProviderError('gitlab.conflict', `${where} reports that the name is taken while ${subject}${said}`, 'A project with that name or path already exists in the group; run `mosaic plan` again so mosaic imports it.');
      }
      return new ProviderError('gitlab.invalid', `${where} rejected ${subject}${said}`, 'Change the value GitLab names in the config.');
    case 429: {
      const when = error.resetsAt === undefined ? 'later' : `after ${error.resetsAt.toISOString()}`;
      return new ProviderError('gitlab.rate-limited', `${where} is still rate limiting requests while ${subject}`, `The rate limit resets ${when}; run mosaic again then, or lower max_concurrency.`);
    }
    default:
      return new ProviderError('gitlab.unavailable', `${where} failed with HTTP ${String(error.status)} while ${subject}${said}`, 'GitLab kept failing after retries; try again later.');
  }
}

/** fetch's failures without an answer: a refused or dropped connection, a timeout. */
function isNetworkFailure(error: unknown): error is Error {
  return (error instanceof TypeError && error.message === 'fetch failed') || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'));
}
