// The settings of a gitlab provider instance, checked again here (the manifest schema is the
// first line) so a plugin started outside mosaic's config loader fails with a clear error.
import { ProviderError } from '../../src/resources/provider-contract.js';

export interface GitlabSettings {
  /** Instance base URL without a trailing slash or /api/v4. */
  readonly url: string;
  /** Full path of the group holding the projects. */
  readonly group: string;
  readonly token: string;
  readonly maxConcurrency: number;
}

export const defaultUrl = 'https://gitlab.com';
export const defaultMaxConcurrency = 16;
const groupPattern = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*(\/[A-Za-z0-9_.][A-Za-z0-9_.-]*)*$/;

export function readGitlabSettings(instance: string, settings: Readonly<Record<string, unknown>>): GitlabSettings {
  const invalid = (setting: string, message: string, hint: string): ProviderError =>
    new ProviderError('gitlab.invalid-settings', `provider "${instance}": ${message}`, hint, setting);

  const token = settings['token'];
  if (typeof token !== 'string' || token.trim() === '') {
    throw invalid('token', '`token` is missing', 'Set `token: ${env:GITLAB_TOKEN}` and export a GitLab access token with the api scope.');
  }
  const group = settings['group'];
  if (typeof group !== 'string' || !groupPattern.test(group)) {
    throw invalid('group', '`group` must be the full path of a GitLab group', 'Set `group` to the path shown in the group URL, e.g. acme or acme/platform.');
  }
  const rawUrl = settings['url'] ?? defaultUrl;
  if (typeof rawUrl !== 'string' || !/^https?:\/\/\S+$/.test(rawUrl)) {
    throw invalid('url', '`url` must be an http(s) URL', 'Set `url` to the address of the GitLab instance, e.g. https://gitlab.example.com.');
  }
  // gitbeaker appends /api/v4 itself; a URL copied from the API docs must not get it twice.
  const url = rawUrl.replace(/\/+$/, '').replace(/\/api\/v4$/, '');
  const concurrency = settings['max_concurrency'] ?? defaultMaxConcurrency;
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw invalid('max_concurrency', '`max_concurrency` must be a whole number from 1 to 64', `Leave it out for the default of ${String(defaultMaxConcurrency)}.`);
  }
  return { url, group, token, maxConcurrency: concurrency };
}
