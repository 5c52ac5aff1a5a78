// The settings of a gitea provider instance, checked here as well as by the manifest's schema
// (a plugin may be started by code that skipped it). Never echoes the token.
import { ProviderError, type ProviderContext } from '../../src/resources/provider-contract.js';

export interface GiteaSettings {
  /** Root URL without a trailing slash (and without /api/v1). */
  readonly url: string;
  readonly token: string;
  /** The organization or user; undefined means the token's user. */
  readonly owner: string | undefined;
  readonly maxConcurrency: number;
}

export const defaultMaxConcurrency = 16;

export function readGiteaSettings(context: ProviderContext): GiteaSettings {
  const { settings, name } = context;
  const url = settings['url'];
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) {
    throw invalidSetting(name, 'url', '`url` must be the http(s) root URL of the Gitea instance', 'Set `url` to e.g. https://gitea.example.com.');
  }
  const token = settings['token'];
  if (typeof token !== 'string' || token.trim() === '') {
    throw invalidSetting(name, 'token', '`token` is missing or empty', 'Set `token: ${env:GITEA_TOKEN}` and export a Gitea access token in that variable.');
  }
  const owner = settings['owner'];
  if (owner !== undefined && (typeof owner !== 'string' || owner === '')) {
    throw invalidSetting(name, 'owner', '`owner` must be the name of an organization or user', 'Set `owner` to the organization, or leave it out to use the token\'s user.');
  }
  const concurrency = settings['max_concurrency'] ?? defaultMaxConcurrency;
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw invalidSetting(name, 'max_concurrency', '`max_concurrency` must be a whole number from 1 to 64', 'Leave it out for the default of 16.');
  }
  return { url: rootUrl(url), token: token.trim(), owner, maxConcurrency: concurrency };
}

/** Accepts the root URL with or without a trailing slash or /api/v1, as users copy it. */
function rootUrl(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
}

function invalidSetting(instance: string, setting: string, message: string, hint: string): ProviderError {
  return new ProviderError('gitea.invalid-settings', `provider "${instance}": ${message}`, hint, setting);
}
