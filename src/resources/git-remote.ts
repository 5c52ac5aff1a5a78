// Git remotes of hosted repositories, as providers hand them to a move: the clone URL the API
// gives, stripped of any user part, and the credential as an HTTP Basic header only.
import type { GitRemote } from './provider-contract.js';

/** The Authorization header for git over HTTPS with `username` and `secret`. */
export function basicAuthorization(username: string, secret: string): string {
  return `Basic ${Buffer.from(`${username}:${secret}`).toString('base64')}`;
}

/** A remote at `cloneUrl` (its user and password removed) that authenticates with `authorization`. */
export function httpsGitRemote(cloneUrl: string, authorization: string): GitRemote {
  const parsed = new URL(cloneUrl);
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), headers: { Authorization: authorization } };
}
