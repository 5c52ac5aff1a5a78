// A small typed client of the Bitbucket Cloud REST 2.0 endpoints mosaic uses, over the fetch the
// core gives (counting, ETag cache, retries). Lists follow the body's `next` at the largest page.
import { ProviderError } from '../../src/resources/provider-contract.js';
import { describeHttpFailure, describeNetworkFailure, type FailedRequest } from './bitbucket-errors.js';
import type { BitbucketSettings } from './bitbucket-settings.js';
import type {
  BitbucketPage,
  BitbucketRepository,
  BranchRestriction,
  BranchRestrictionWrite,
  PermissionWrite,
  RepositoryGroupPermission,
  RepositoryUserPermission,
  RepositoryWrite,
  WebhookSubscription,
  WebhookWrite,
  WorkspaceMembership,
} from './bitbucket-shapes.js';

/** Bitbucket's largest page (pagelen) for the lists used here. */
export const maxPageLength = 100;

export interface BitbucketClient {
  readonly workspace: string;
  /** One cheap authenticated request: the first repository of the workspace. */
  probe(): Promise<void>;
  listRepositories(): Promise<BitbucketRepository[]>;
  /** A repository by slug or {uuid}; undefined when Bitbucket answers 404. */
  getRepository(repository: string): Promise<BitbucketRepository | undefined>;
  createRepository(slug: string, body: RepositoryWrite): Promise<BitbucketRepository>;
  updateRepository(repository: string, body: RepositoryWrite): Promise<BitbucketRepository>;
  /** false when it was already gone. */
  deleteRepository(repository: string): Promise<boolean>;

  listBranchRestrictions(repository: string): Promise<BranchRestriction[]>;
  createBranchRestriction(repository: string, body: BranchRestrictionWrite): Promise<BranchRestriction>;
  updateBranchRestriction(repository: string, id: number, body: BranchRestrictionWrite): Promise<BranchRestriction>;
  deleteBranchRestriction(repository: string, id: number): Promise<void>;

  listHooks(repository: string): Promise<WebhookSubscription[]>;
  createHook(repository: string, body: WebhookWrite): Promise<WebhookSubscription>;
  updateHook(repository: string, uid: string, body: WebhookWrite): Promise<WebhookSubscription>;
  deleteHook(repository: string, uid: string): Promise<void>;

  listUserPermissions(repository: string): Promise<RepositoryUserPermission[]>;
  /** selectedUser: an Atlassian account id or an account {uuid}. */
  putUserPermission(repository: string, selectedUser: string, body: PermissionWrite): Promise<RepositoryUserPermission>;
  deleteUserPermission(repository: string, selectedUser: string): Promise<void>;
  listGroupPermissions(repository: string): Promise<RepositoryGroupPermission[]>;
  putGroupPermission(repository: string, groupSlug: string, body: PermissionWrite): Promise<RepositoryGroupPermission>;
  deleteGroupPermission(repository: string, groupSlug: string): Promise<void>;

  listMembers(): Promise<WorkspaceMembership[]>;
}

export interface BitbucketClientOptions {
  readonly instance: string;
  readonly settings: BitbucketSettings;
  readonly fetch: typeof globalThis.fetch;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export function createBitbucketClient(options: BitbucketClientOptions): BitbucketClient {
  const { settings, instance } = options;
  const base = settings.url;
  const origin = new URL(base).origin;
  const segment = encodeURIComponent;
  const workspacePath = `/repositories/${segment(settings.workspace)}`;
  const repoPath = (repository: string): string => `${workspacePath}/${segment(repository)}`;

  const failed = (method: string, path: string): FailedRequest => ({ instance, method, path, credentialSetting: settings.credential.setting });

  async function send(method: Method, url: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { authorization: settings.credential.authorization, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await options.fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    } catch (error) {
      throw describeNetworkFailure(failed(method, path), error);
    }
  }

  async function readJson(response: Response): Promise<unknown> {
    let text: string;
    try {
      text = await response.text();
    } catch {
      // The last answer of a retried failure arrives with its body already discarded.
      return undefined;
    }
    if (text === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }

  /** The parsed answer of a 2xx; a ProviderError otherwise (or undefined for a 404 when asked). */
  async function request(method: Method, path: string, body?: unknown, allowMissing = false): Promise<unknown> {
    const response = await send(method, base + path, path, body);
    const parsed = await readJson(response);
    if (response.ok) return parsed;
    if (allowMissing && response.status === 404) return undefined;
    throw describeHttpFailure(failed(method, path), response.status, parsed, response.headers.get('retry-after'));
  }

  async function paginate<T>(path: string): Promise<T[]> {
    const values: T[] = [];
    let url: string | undefined = `${base}${path}${path.includes('?') ? '&' : '?'}pagelen=${String(maxPageLength)}`;
    for (let pages = 0; url !== undefined; pages += 1) {
      // The credential goes only to the configured API, whatever a `next` link says.
      if (new URL(url).origin !== origin || pages > 100_000) {
        throw new ProviderError('bitbucket.invalid', `bitbucket provider "${instance}": GET ${path} answered a next page outside ${base}`, 'Check `url`: it must be the API root the answers link to.');
      }
      const response = await send('GET', url, path);
      const parsed = await readJson(response);
      if (!response.ok) throw describeHttpFailure(failed('GET', path), response.status, parsed, response.headers.get('retry-after'));
      const page = parsed as Partial<BitbucketPage<T>> | undefined;
      values.push(...(page?.values ?? []));
      url = typeof page?.next === 'string' && page.next !== '' ? page.next : undefined;
    }
    return values;
  }

  /** A 404 means someone else removed it already: the goal is reached. */
  const deleteIfPresent = async (path: string): Promise<void> => {
    await request('DELETE', path, undefined, true);
  };

  return {
    workspace: settings.workspace,

    async probe() {
      await request('GET', `${workspacePath}?pagelen=1`);
    },

    listRepositories: () => paginate<BitbucketRepository>(workspacePath),
    getRepository: async (repository) => (await request('GET', repoPath(repository), undefined, true)) as BitbucketRepository | undefined,
    createRepository: async (slug, body) => (await request('POST', repoPath(slug), body)) as BitbucketRepository,
    updateRepository: async (repository, body) => (await request('PUT', repoPath(repository), body)) as BitbucketRepository,
    async deleteRepository(repository) {
      const response = await send('DELETE', base + repoPath(repository), repoPath(repository));
      if (response.status === 404) return false;
      const parsed = await readJson(response);
      if (!response.ok) throw describeHttpFailure(failed('DELETE', repoPath(repository)), response.status, parsed, response.headers.get('retry-after'));
      return true;
    },

    listBranchRestrictions: (repository) => paginate<BranchRestriction>(`${repoPath(repository)}/branch-restrictions`),
    createBranchRestriction: async (repository, body) => (await request('POST', `${repoPath(repository)}/branch-restrictions`, body)) as BranchRestriction,
    updateBranchRestriction: async (repository, id, body) => (await request('PUT', `${repoPath(repository)}/branch-restrictions/${String(id)}`, body)) as BranchRestriction,
    async deleteBranchRestriction(repository, id) {
      await deleteIfPresent(`${repoPath(repository)}/branch-restrictions/${String(id)}`);
    },

    listHooks: (repository) => paginate<WebhookSubscription>(`${repoPath(repository)}/hooks`),
    createHook: async (repository, body) => (await request('POST', `${repoPath(repository)}/hooks`, body)) as WebhookSubscription,
    updateHook: async (repository, uid, body) => (await request('PUT', `${repoPath(repository)}/hooks/${segment(uid)}`, body)) as WebhookSubscription,
    async deleteHook(repository, uid) {
      await deleteIfPresent(`${repoPath(repository)}/hooks/${segment(uid)}`);
    },

    listUserPermissions: (repository) => paginate<RepositoryUserPermission>(`${repoPath(repository)}/permissions-config/users`),
    putUserPermission: async (repository, user, body) => (await request('PUT', `${repoPath(repository)}/permissions-config/users/${segment(user)}`, body)) as RepositoryUserPermission,
    async deleteUserPermission(repository, user) {
      await deleteIfPresent(`${repoPath(repository)}/permissions-config/users/${segment(user)}`);
    },
    listGroupPermissions: (repository) => paginate<RepositoryGroupPermission>(`${repoPath(repository)}/permissions-config/groups`),
    putGroupPermission: async (repository, group, body) => (await request('PUT', `${repoPath(repository)}/permissions-config/groups/${segment(group)}`, body)) as RepositoryGroupPermission,
    async deleteGroupPermission(repository, group) {
      await deleteIfPresent(`${repoPath(repository)}/permissions-config/groups/${segment(group)}`);
    },

    listMembers: () => paginate<WorkspaceMembership>(`/workspaces/${segment(settings.workspace)}/members`),
  };
}
