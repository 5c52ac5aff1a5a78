// Turns what gitea-js throws (the failed Response with its parsed body, or a network error)
// into a ProviderError with a stable gitea.* code, naming the instance and never the token.
import { ProviderError } from '../../src/resources/provider-contract.js';

/** What gitea-js throws for an answer that is not 2xx: the Response, body parsed into `error`. */
interface FailedAnswer {
  readonly status: number;
  readonly statusText?: string;
  readonly headers?: Headers;
  readonly error?: unknown;
}

function isFailedAnswer(error: unknown): error is FailedAnswer {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/** The status of a failed answer, or undefined for anything else. */
export function failedStatus(error: unknown): number | undefined {
  return isFailedAnswer(error) ? error.status : undefined;
}

/** Gitea's error body is {message, url}; topics add invalidTopics, 404s an errors list. */
function apiMessage(answer: FailedAnswer): string {
  const body = answer.error;
  if (typeof body === 'object' && body !== null) {
    const { message, invalidTopics } = body as { message?: unknown; invalidTopics?: unknown };
    const topics = Array.isArray(invalidTopics) && invalidTopics.length > 0 ? ` (${invalidTopics.map(String).join(', ')})` : '';
    if (typeof message === 'string' && message !== '') return message + topics;
  }
  return answer.statusText !== undefined && answer.statusText !== '' ? answer.statusText : `HTTP ${String(answer.status)}`;
}

/**
 * A ProviderError for a failed call. `instance` is the provider's name in the config; `doing`
 * says what was attempted ("creating repository acme/api").
 */
export function describeGiteaFailure(error: unknown, instance: string, doing: string): ProviderError {
  if (error instanceof ProviderError) return error;
  const where = `Gitea provider "${instance}"`;
  if (!isFailedAnswer(error)) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return new ProviderError('gitea.unreachable', `${where} could not reach the server while ${doing}: ${reason}`, 'Check `url` and that the server is up; mosaic already retried what was safe to retry.', 'url');
  }
  const message = apiMessage(error);
  const said = `${where}: ${doing} failed (${String(error.status)}): ${message}`;
  switch (error.status) {
    case 401:
      return new ProviderError('gitea.unauthorized', `${where} was refused the token while ${doing}: ${message}`, 'The token is missing, wrong or expired. Create one in Gitea under Settings > Applications (scopes write:repository and, for an organization, write:organization) and put it in the variable `token` names.', 'token');
    case 403:
      if (error.headers?.get('retry-after') != null) return rateLimited(where, doing, error.headers);
      return new ProviderError('gitea.forbidden', said, "The token's user needs admin rights on the repository (owner rights in the organization to create repositories), and the token the write:repository scope.");
    case 404:
      return new ProviderError('gitea.not-found', said, 'It no longer exists on Gitea or the token cannot see it; check `owner`, then run `mosaic plan` again.');
    case 405:
      return new ProviderError('gitea.invalid', said, 'Teams can be given access only to repositories of an organization.');
    case 409:
      return new ProviderError('gitea.conflict', said, 'A repository with this name already exists; run `mosaic plan` so mosaic imports it instead of creating it.');
    case 422:
      return new ProviderError('gitea.invalid', said, 'Gitea rejected the value; change it in the config.');
    case 423:
      return new ProviderError('gitea.conflict', said, 'The repository is archived and Gitea refuses changes to it; set `archived: false` to change it, then archive it again.');
    case 429:
      return rateLimited(where, doing, error.headers);
    default:
      if (error.status >= 500) return new ProviderError('gitea.server-error', said, 'Gitea failed on its side and kept failing after retries; check the server, then run the command again.');
      return new ProviderError('gitea.error', said);
  }
}

function rateLimited(where: string, doing: string, headers: Headers | undefined): ProviderError {
  const retryAfter = headers?.get('retry-after');
  const when = retryAfter != null && /^\d+$/.test(retryAfter) ? `it asks to wait ${retryAfter} s more` : 'it did not say for how long';
  return new ProviderError('gitea.rate-limited', `${where} is still rate-limited after retries while ${doing}; ${when}`, 'Run the command again later, or lower `max_concurrency`.');
}
