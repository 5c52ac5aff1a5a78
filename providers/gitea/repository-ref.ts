// How the API addresses one repository (/repos/{owner}/{repo}), taken from its live object.
import type { Repository } from 'gitea-js';

export interface RepositoryRef {
  readonly owner: string;
  readonly name: string;
  /** owner/name, for messages. */
  readonly fullName: string;
}

export function refOf(repository: Repository): RepositoryRef {
  const owner = repository.owner?.login ?? repository.full_name?.split('/')[0] ?? '';
  const name = repository.name ?? '';
  return { owner, name, fullName: `${owner}/${name}` };
}
