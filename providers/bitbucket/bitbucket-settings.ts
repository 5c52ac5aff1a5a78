// The settings of a bitbucket provider instance, checked and decoded: where the API is, which
// workspace and project, how to authenticate. Never echoes a credential in an error.
import { ProviderError } from '../../src/resources/provider-contract.js';
import { basicAuthorization } from '../../src/resources/git-remote.js';

export const defaultApiUrl = 'https://api.bitbucket.org/2.0';
export const defaultMaxConcurrency = 16;

/** How requests authenticate, and which setting holds the secret (for "rejected" diagnostics). */
export interface BitbucketCredential {
  readonly authorization: string;
  /**
   * The same credential for git over HTTPS, which takes only Basic: an access token with the
   * user x-token-auth; an app password with its Bitbucket username; an Atlassian API token
   * (whose API username is an email) with the user x-bitbucket-api-token-auth.
   */
  readonly gitAuthorization: string;
  readonly setting: 'token' | 'app_password';
}

export interface BitbucketSettings {
  /** Base URL without a trailing slash, e.g. https://api.bitbucket.org/2.0 */
  readonly url: string;
  readonly workspace: string;
  readonly projectKey: string | undefined;
  readonly credential: BitbucketCredential;
  readonly maxConcurrency: number;
}

export function decodeBitbucketSettings(instance: string, settings: Readonly<Record<string, unknown>>): BitbucketSettings {
  const url = optionalString(instance, settings, 'url') ?? defaultApiUrl;
  if (!/^https?:\/\/[^\s/]+/.test(url)) {
    throw invalidSetting(instance, 'url', 'must be an http(s) URL such as https://api.bitbucket.org/2.0');
  }
  const workspace = optionalString(instance, settings, 'workspace');
  if (workspace === undefined || workspace === '') throw invalidSetting(instance, 'workspace', 'is required: the slug of the workspace whose repositories mosaic manages');
  const maxConcurrency = settings['max_concurrency'] ?? defaultMaxConcurrency;
  if (typeof maxConcurrency !== 'number' || !Number.isInteger(maxConcurrency) || maxConcurrency < 1 || maxConcurrency > 64) {
    throw invalidSetting(instance, 'max_concurrency', 'must be a whole number from 1 to 64');
  }
  return {
    url: url.replace(/\/+$/, ''),
    workspace,
    projectKey: optionalString(instance, settings, 'project_key'),
    credential: decodeCredential(instance, settings),
    maxConcurrency,
  };
}

function decodeCredential(instance: string, settings: Readonly<Record<string, unknown>>): BitbucketCredential {
  const token = optionalString(instance, settings, 'token');
  const username = optionalString(instance, settings, 'username');
  const password = optionalString(instance, settings, 'app_password');
  if (token !== undefined && (username !== undefined || password !== undefined)) {
    throw invalidSetting(instance, 'token', 'and username/app_password exclude each other: set either token or username with app_password');
  }
  if (token !== undefined && token !== '') return { authorization: `Bearer ${token}`, gitAuthorization: basicAuthorization('x-token-auth', token), setting: 'token' };
  if (username !== undefined && username !== '' && password !== undefined && password !== '') {
    const gitUser = username.includes('@') ? 'x-bitbucket-api-token-auth' : username;
    return { authorization: basicAuthorization(username, password), gitAuthorization: basicAuthorization(gitUser, password), setting: 'app_password' };
  }
  if (username !== undefined || password !== undefined) {
    throw invalidSetting(instance, username === undefined ? 'username' : 'app_password', 'needs its partner: set both username and app_password');
  }
  throw new ProviderError(
    'bitbucket.unauthorized',
    `bitbucket provider "${instance}" has no credential`,
    'Set `token: ${env:BITBUCKET_TOKEN}` (an access token), or `username` with `app_password: ${env:BITBUCKET_APP_PASSWORD}`.',
    'token',
  );
}

function optionalString(instance: string, settings: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = settings[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidSetting(instance, key, 'must be a string');
  return value;
}

function invalidSetting(instance: string, setting: string, problem: string): ProviderError {
  // The value is never shown: it may be a credential resolved from the environment.
  return new ProviderError('bitbucket.invalid-settings', `bitbucket provider "${instance}": \`${setting}\` ${problem}`, `Fix \`${setting}\` under providers.${instance}.`, setting);
}
