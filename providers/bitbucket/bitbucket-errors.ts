// Turns a failed Bitbucket answer (or a request that got none) into a ProviderError the user can
// act on. Messages name the provider instance and the request, never the credential.
import { ProviderError } from '../../src/resources/provider-contract.js';
import type { BitbucketErrorBody } from './bitbucket-shapes.js';

export interface FailedRequest {
  readonly instance: string;
  readonly method: string;
  /** Path below the API's base URL, e.g. /repositories/acme/api/hooks */
  readonly path: string;
  /** The setting that holds the credential, named when Bitbucket refuses it. */
  readonly credentialSetting: 'token' | 'app_password';
}

/** The message of Bitbucket's error envelope {"type": "error", "error": {"message": ...}}, if any. */
export function readErrorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as Partial<BitbucketErrorBody>).error;
  const message = typeof error?.message === 'string' ? error.message : undefined;
  const detail = typeof error?.detail === 'string' && error.detail !== '' ? error.detail : undefined;
  return message !== undefined && detail !== undefined ? `${message} (${detail})` : message;
}

export function describeHttpFailure(request: FailedRequest, status: number, body: unknown, retryAfter: string | null): ProviderError {
  const where = `bitbucket provider "${request.instance}": ${request.method} ${request.path}`;
  const said = readErrorMessage(body);
  const because = said === undefined ? '' : `: ${said}`;
  switch (true) {
    case status === 401:
      return new ProviderError(
        'bitbucket.unauthorized',
        `${where} was refused (HTTP 401): the credential in \`${request.credentialSetting}\` is missing, invalid or expired`,
        request.credentialSetting === 'token'
          ? 'Give `token` a valid access token (workspace, project or repository access token) with the repository, repository:admin, webhook and repository:delete scopes.'
          : 'Check `username` and `app_password`; the app password needs the repository, repository:admin, webhook and repository:delete permissions.',
        request.credentialSetting,
      );
    case status === 403:
      return new ProviderError(
        'bitbucket.forbidden',
        `${where} is forbidden (HTTP 403)${because}`,
        'The credential lacks a scope or a permission on this workspace or repository: repository administration, webhooks and deletion need admin rights and the matching scopes.',
        request.credentialSetting,
      );
    case status === 404:
      return new ProviderError('bitbucket.not-found', `${where} found nothing (HTTP 404)${because}`, 'Check `workspace` and that the repository still exists; Bitbucket also answers 404 when the credential may not see it.');
    case status === 429:
      return new ProviderError(
        'bitbucket.rate-limited',
        `${where} is still rate limited after retries (HTTP 429)${retryAfter === null ? '' : `; Bitbucket asks to wait ${retryAfter} s`}`,
        'Bitbucket limits API requests per rolling hour (1,000 and more per hour for repository data); wait, or narrow the run with --target.',
      );
    case status >= 500:
      return new ProviderError('bitbucket.server-error', `${where} failed on Bitbucket's side (HTTP ${status})${because}`, 'Bitbucket is having trouble; try again later (https://bitbucket.status.atlassian.com).');
    case said !== undefined && /already exists/i.test(said):
      return new ProviderError('bitbucket.conflict', `${where} conflicts with what exists (HTTP ${status})${because}`, 'A repository with this slug already exists in the workspace; choose another name, or let mosaic import it.');
    default:
      return new ProviderError('bitbucket.invalid', `${where} was rejected (HTTP ${status})${because}`, 'Fix the value Bitbucket names in its message.');
  }
}

export function describeNetworkFailure(request: FailedRequest, error: unknown): ProviderError {
  const reason = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.message) : String(error);
  return new ProviderError(
    'bitbucket.unreachable',
    `bitbucket provider "${request.instance}": ${request.method} ${request.path} got no answer (${reason})`,
    'Check `url` and the network; a create that got no answer may still have happened, and the next run imports it.',
  );
}
