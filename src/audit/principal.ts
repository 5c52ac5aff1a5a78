// Resolves who a run acts as, for the audit log and the state lock.
import { userInfo } from 'node:os';

/** CI variables naming the person or account that started the job, most specific first. */
const CI_ACTOR_VARIABLES = [
  'GITHUB_ACTOR',
  'GITLAB_USER_LOGIN',
  'CI_COMMIT_AUTHOR', // Woodpecker
  'BUILD_USER_ID', // Jenkins (build-user-vars plugin)
  'BITBUCKET_STEP_TRIGGERER_UUID',
] as const;

/** `--as`, then MOSAIC_PRINCIPAL, then a CI actor, then the OS user, then "unknown". */
export function resolvePrincipal(options: { readonly as?: string; readonly env: Readonly<Record<string, string | undefined>> }): string {
  const candidates = [options.as, options.env['MOSAIC_PRINCIPAL'], ...CI_ACTOR_VARIABLES.map((name) => options.env[name])];
  for (const candidate of candidates) {
    const trimmed = candidate?.trim();
    if (trimmed !== undefined && trimmed !== '') return trimmed;
  }
  return readOsUsername() ?? 'unknown';
}

function readOsUsername(): string | undefined {
  try {
    const name = userInfo().username.trim();
    return name === '' ? undefined : name;
  } catch {
    // No passwd entry for this uid, as in some containers.
    return undefined;
  }
}
