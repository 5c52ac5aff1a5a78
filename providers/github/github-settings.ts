// The settings of one github provider instance, checked before any request: a clear
// github.invalid-settings error names the setting, never its value (it may be the token).
import { ProviderError } from '../../src/resources/provider-contract.js';

export type OwnerType = 'organization' | 'user';

export interface GithubSettings {
  /** API root without a trailing slash: https://api.github.com, or https://HOST/api/v3 (GHES). */
  readonly url: string;
  readonly owner: string;
  readonly ownerType: OwnerType;
  readonly token: string;
  /** Repositories whose settings are read (or written) at once. */
  readonly maxConcurrency: number;
  /** Least time between the starts of two mutative requests. */
  readonly writeIntervalMs: number;
}

export const defaultApiUrl = 'https://api.github.com';
export const defaultMaxConcurrency = 16;
/** GitHub's guidance against secondary rate limits: about one second between writes. */
export const defaultWriteIntervalMs = 1000;

const known = new Set(['url', 'owner', 'owner_type', 'token', 'max_concurrency', 'write_interval_ms']);

export function readGithubSettings(instance: string, settings: Readonly<Record<string, unknown>>): GithubSettings {
  const fail = (setting: string, problem: string, hint: string): ProviderError =>
    new ProviderError('github.invalid-settings', `provider "${instance}": \`${setting}\` ${problem}`, hint, setting);

  for (const key of Object.keys(settings)) {
    if (key !== 'type' && !known.has(key)) throw fail(key, 'is not a setting of the github provider', `Remove it; the settings are ${[...known].join(', ')}.`);
  }
  const token = settings['token'];
  if (typeof token !== 'string' || token.trim() === '') {
    throw fail('token', 'is missing or empty', 'Set `token: ${env:GITHUB_TOKEN}` and export a GitHub token with the repo (and admin:org for teams) scope.');
  }
  const owner = settings['owner'];
  if (typeof owner !== 'string' || !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(owner)) {
    throw fail('owner', 'must be a GitHub organization or user name', 'Set `owner` to the login of the organization (or user) that owns the repositories.');
  }
  const ownerType = settings['owner_type'] ?? 'organization';
  if (ownerType !== 'organization' && ownerType !== 'user') throw fail('owner_type', 'must be "organization" or "user"', 'Use `owner_type: user` for a personal account; the default is organization.');

  const rawUrl = settings['url'] ?? defaultApiUrl;
  let url: URL | undefined;
  try {
    url = typeof rawUrl === 'string' ? new URL(rawUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw fail('url', 'must be an http(s) URL', `Leave it out for github.com (${defaultApiUrl}); for GitHub Enterprise Server use https://HOST/api/v3.`);
  }

  const maxConcurrency = settings['max_concurrency'] ?? defaultMaxConcurrency;
  if (typeof maxConcurrency !== 'number' || !Number.isInteger(maxConcurrency) || maxConcurrency < 1 || maxConcurrency > 100) {
    throw fail('max_concurrency', 'must be a whole number from 1 to 100', `The default is ${String(defaultMaxConcurrency)}; requests in flight stay at most 4 × max_concurrency and never above GitHub's limit of 100.`);
  }
  const writeIntervalMs = settings['write_interval_ms'] ?? defaultWriteIntervalMs;
  if (typeof writeIntervalMs !== 'number' || !Number.isInteger(writeIntervalMs) || writeIntervalMs < 0) {
    throw fail('write_interval_ms', 'must be a whole number of milliseconds, 0 or more', `The default, ${String(defaultWriteIntervalMs)}, follows GitHub's guidance against secondary rate limits.`);
  }
  return { url: url.toString().replace(/\/+$/, ''), owner, ownerType, token, maxConcurrency, writeIntervalMs };
}
