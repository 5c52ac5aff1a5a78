// Refresh of the repository kind: the owner's repositories in pages of 100 (a few requests
// for thousands of repositories), then the per-repository settings only for the repositories
// and fields the run manages, a bounded number at a time.
import pLimit from 'p-limit';
import type { ListScope, RawObject } from '../../src/resources/provider-contract.js';
import type { GithubConnection } from './github-client.js';
import { perPage, readAllPages } from './pages.js';
import { detailRequestOf, everyDetail, readDetails, type DetailRequest } from './repository-details.js';
import { pickRepository, type RepositoryRecord } from './repository-record.js';

/** GitHub names are case-insensitive: "API" and "api" are the same repository. */
export function naturalKeyOf(name: string): string {
  return name.toLowerCase();
}

export async function listRepositories(api: GithubConnection, scope?: ListScope): Promise<RawObject[]> {
  const records = await readRepositoryList(api);
  const limit = pLimit(api.maxConcurrency);
  return Promise.all(
    records.map((record) => {
      const request = detailsFor(record, scope);
      if (!request) return Promise.resolve({ id: record.name, data: record });
      return limit(async () => ({ id: record.name, data: await readDetails(api, record, request) }));
    }),
  );
}

function detailsFor(record: RepositoryRecord, scope: ListScope | undefined): DetailRequest | undefined {
  if (!scope) return everyDetail;
  const fields = scope.details.get(naturalKeyOf(record.name));
  return fields ? detailRequestOf(fields) : undefined;
}

/** Every repository of the owner, shallow; sorted by name so each page's ETag stays put. */
async function readRepositoryList(api: GithubConnection): Promise<RepositoryRecord[]> {
  const { client, owner } = api;
  if (api.ownerType === 'organization') {
    return readAllPages((page) =>
      client.rest.repos.listForOrg({ org: owner, type: 'all', sort: 'full_name', direction: 'asc', per_page: perPage, page }).then((answer) => ({ data: answer.data.map(pickRepository), headers: answer.headers })),
    );
  }
  // GET /users/{owner}/repos shows only public repositories; the owner's own list has all.
  const mine = await readAllPages((page) =>
    client.rest.repos.listForAuthenticatedUser({ affiliation: 'owner', sort: 'full_name', direction: 'asc', per_page: perPage, page }).then((answer) => ({
      data: answer.data.filter((repo) => repo.owner.login.toLowerCase() === owner.toLowerCase()).map(pickRepository),
      headers: answer.headers,
    })),
  );
  return mine;
}
