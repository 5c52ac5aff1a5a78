// Reading request bodies and the repository a path names, for the GitHub emulator's routes.
import type { EmulatorRequest, EmulatorResponse } from '../framework/emulator.js';
import { notFound } from './github-answers.js';
import type { GithubStore, RepoState } from './github-store.js';

export type Body = Record<string, unknown>;

export function bodyOf(request: EmulatorRequest): Body {
  const body = request.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Body) : {};
}

export function stringField(body: Body, field: string): string | undefined {
  const value = body[field];
  return typeof value === 'string' ? value : undefined;
}

export function booleanField(body: Body, field: string): boolean | undefined {
  const value = body[field];
  return typeof value === 'boolean' ? value : undefined;
}

export function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/** The repository of /repos/:owner/:repo/..., or GitHub's 404 when there is none. */
export function repoOf(store: GithubStore, request: EmulatorRequest, documentation?: string): RepoState | EmulatorResponse {
  const owner = request.params['owner'] ?? '';
  const repo = owner.toLowerCase() === store.owner.toLowerCase() ? store.repo(request.params['repo'] ?? '') : undefined;
  return repo ?? notFound(documentation);
}

export function isAnswer(value: RepoState | EmulatorResponse): value is EmulatorResponse {
  return 'status' in value && !('branches' in value);
}
