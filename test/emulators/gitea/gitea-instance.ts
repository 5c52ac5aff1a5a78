// What every route module of the Gitea emulator shares: the store, the token's user, the
// ROOT_URL links are built from, and finding the repository a /repos/{owner}/{repo} path names.
import type { EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';
import { notFound } from './gitea-http.js';
import type { ShapeContext } from './gitea-shapes.js';
import type { GiteaStore, StoredRepository, StoredUser } from './gitea-store.js';

export interface GiteaInstance {
  readonly store: GiteaStore;
  /** The user the accepted token belongs to. */
  readonly doer: StoredUser;
  /** ROOT_URL with its trailing slash; known once the server listens. */
  appUrl(): string;
  shapes(): ShapeContext;
}

/** The repository of /repos/{owner}/{repo}, or Gitea's 404 (also for one the doer cannot see). */
export function findRepository(instance: GiteaInstance, request: EmulatorRequest): StoredRepository | EmulatorResponse {
  const repo = instance.store.repository(request.params['owner'] ?? '', request.params['repo'] ?? '');
  if (!repo || instance.store.accessOf(repo, instance.doer.id) === 'none') return notFound(instance.appUrl());
  return repo;
}

export function isResponse(value: unknown): value is EmulatorResponse {
  return typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'number';
}

/** Go's time.Duration.String() for whole seconds: 8h0m0s, 10m0s, 45s, 0s. */
export function goDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${String(h)}h${String(m)}m${String(s)}s`;
  if (m > 0) return `${String(m)}m${String(s)}s`;
  return `${String(s)}s`;
}

/** Go's time.ParseDuration for h/m/s units (what a mirror interval uses); undefined if invalid. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!parts || text === '') return undefined;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}

/** [mirror] MIN_INTERVAL and DEFAULT_INTERVAL of a default Gitea. */
export const minMirrorSeconds = 10 * 60;
export const defaultMirrorInterval = '8h0m0s';
