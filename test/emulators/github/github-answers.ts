// Answers as api.github.com sends them: the headers every answer carries, and its error
// bodies (basic-error, validation-error) with GitHub's messages and documentation links.
import type { EmulatorResponse } from '../framework/emulator.js';

const docs = 'https://docs.github.com/rest';
let requestCounter = 0;

/** Headers api.github.com puts on every answer (the framework adds x-ratelimit-* itself). */
export function commonHeaders(): Record<string, string> {
  requestCounter += 1;
  return {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-resource': 'core',
    'x-github-request-id': `E1A0:${requestCounter.toString(16).toUpperCase().padStart(6, '0')}:0:0:0`,
    vary: 'Accept, Authorization, Cookie, X-GitHub-OTP',
    'cache-control': 'private, max-age=60, s-maxage=60',
  };
}

export function ok(body: unknown, status = 200, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, body, headers: { ...commonHeaders(), ...headers } };
}

export function noContent(): EmulatorResponse {
  return { status: 204, headers: commonHeaders() };
}

function error(status: number, message: string, documentation: string, extra: Record<string, unknown> = {}): EmulatorResponse {
  return { status, body: { message, ...extra, documentation_url: documentation, status: String(status) }, headers: commonHeaders() };
}

export function notFound(documentation = docs, message = 'Not Found'): EmulatorResponse {
  return error(404, message, documentation);
}

export function forbidden(message: string, documentation = docs): EmulatorResponse {
  return error(403, message, documentation);
}

export function unauthorized(message: 'Bad credentials' | 'Requires authentication'): EmulatorResponse {
  return error(401, message, docs);
}

/** The primary rate limit spent: 403 (the framework adds x-ratelimit-remaining: 0 and the reset). */
export function rateLimitExceeded(): EmulatorResponse {
  return error(403, 'API rate limit exceeded for user ID 9000002. If you reach out to GitHub Support for help, please include the request ID.', `${docs}/overview/rate-limits-for-the-rest-api`);
}

export function conflict(message: string, documentation = docs): EmulatorResponse {
  return error(409, message, documentation);
}

export interface FieldError {
  readonly resource: string;
  readonly code: string;
  readonly field?: string;
  readonly message?: string;
  readonly value?: unknown;
}

/** 422 validation-error: `errors` of objects (resource, code, field, message). */
export function validationFailed(message: string, errors: readonly FieldError[], documentation = docs): EmulatorResponse {
  return error(422, message, documentation, { errors });
}

/** 422 validation-error-simple: `errors` of strings (topics, branch protection). */
export function validationFailedSimply(message: string, errors: readonly string[], documentation = docs): EmulatorResponse {
  return error(422, message, documentation, { errors });
}

export const documentation = {
  createRepo: `${docs}/repos/repos#create-an-organization-repository`,
  createUserRepo: `${docs}/repos/repos#create-a-repository-for-the-authenticated-user`,
  getRepo: `${docs}/repos/repos#get-a-repository`,
  updateRepo: `${docs}/repos/repos#update-a-repository`,
  topics: `${docs}/repos/repos#replace-all-repository-topics`,
  protection: `${docs}/branches/branch-protection#get-branch-protection`,
  updateProtection: `${docs}/branches/branch-protection#update-branch-protection`,
  hooks: `${docs}/repos/webhooks#create-a-repository-webhook`,
  collaborators: `${docs}/collaborators/collaborators#add-a-repository-collaborator`,
  teams: `${docs}/teams/teams#add-or-update-team-repository-permissions`,
  refs: `${docs}/git/refs#create-a-reference`,
};
