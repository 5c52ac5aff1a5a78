// Pull mirrors: Gitea makes one by migrating with mirror: true, keeps the source URL fixed, and
// reports the sync interval as Go prints a duration (8h0m0s), so mosaic asks for it that way.
import type { MigrateRepoOptions } from 'gitea-js';
import type { RepositorySpec } from './repository-spec.js';

/** [mirror] MIN_INTERVAL of a default Gitea; 0 switches periodic syncing off. */
const minimumSeconds = 10 * 60;

/** Seconds of an interval written h/m/s (e.g. 1h30m), or undefined when it is not one. */
export function intervalSeconds(interval: string): number | undefined {
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(interval);
  if (!parts || interval === '') return undefined;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}

/** Go's time.Duration.String() of whole seconds, as Gitea reports mirror_interval. */
export function canonicalInterval(seconds: number): string {
  if (seconds === 0) return '0s';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${String(h)}h${String(m)}m${String(s)}s`;
  if (m > 0) return `${String(m)}m${String(s)}s`;
  return `${String(s)}s`;
}

/** What is wrong with a mirror spec for Gitea, one sentence each. */
export function mirrorProblems(spec: RepositorySpec): string[] {
  const mirror = spec.mirror;
  if (!mirror) return [];
  const problems: string[] = [];
  if (!/^(https?|git):\/\//.test(mirror.url)) problems.push(`mirror.url "${mirror.url}": Gitea mirrors only http(s) and git:// sources, not ssh.`);
  if (mirror.interval !== undefined) {
    const seconds = intervalSeconds(mirror.interval);
    if (seconds === undefined) problems.push(`mirror.interval "${mirror.interval}" is not a duration like 8h0m0s.`);
    else if (seconds !== 0 && seconds < minimumSeconds) problems.push(`mirror.interval "${mirror.interval}" is below Gitea's minimum of 10m0s (0s switches syncing off).`);
    else if (canonicalInterval(seconds) !== mirror.interval) problems.push(`mirror.interval "${mirror.interval}": Gitea reports it as "${canonicalInterval(seconds)}"; write it that way, or every plan shows a change.`);
  }
  if (spec.archived === true) problems.push('archived: Gitea cannot archive a pull mirror.');
  return problems;
}

export function migrateOption(spec: RepositorySpec, owner: string): MigrateRepoOptions {
  const mirror = spec.mirror;
  return {
    clone_addr: mirror?.url ?? '',
    repo_name: spec.name,
    repo_owner: owner,
    service: 'git',
    mirror: true,
    ...(mirror?.interval !== undefined ? { mirror_interval: mirror.interval } : {}),
    ...(spec.visibility !== undefined ? { private: spec.visibility === 'private' } : {}),
    ...(spec.description !== undefined ? { description: spec.description } : {}),
  };
}
