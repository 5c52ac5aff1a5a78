// RepositoryRecord: the raw data of a live repository as mosaic keeps it between list and
// normalize: GitHub's own field names, only the fields mosaic reads (a list answer carries
// ~80 more per repository; dropping them early keeps a 10,000-repository refresh small).
import { readRecord, type Json } from './spec-fields.js';

export type Visibility = 'public' | 'private' | 'internal';

export interface MergeRecord {
  readonly allow_merge_commit: boolean;
  readonly allow_squash_merge: boolean;
  readonly allow_rebase_merge: boolean;
  readonly delete_branch_on_merge: boolean;
}

export interface ProtectionRecord {
  readonly required_status_checks: { readonly strict: boolean; readonly contexts: readonly string[] } | null;
  readonly enforce_admins: boolean;
  readonly required_pull_request_reviews: {
    readonly required_approving_review_count: number;
    readonly dismiss_stale_reviews: boolean;
    readonly require_code_owner_reviews: boolean;
  } | null;
  readonly required_linear_history: boolean;
  readonly allow_force_pushes: boolean;
  readonly allow_deletions: boolean;
}

export interface HookRecord {
  readonly id: number;
  readonly active: boolean;
  readonly events: readonly string[];
  readonly config: { readonly url: string; readonly content_type: string; readonly insecure_ssl: string; readonly has_secret: boolean };
}

/** A direct collaborator (role_name as GitHub reports it) or a pending invitation. */
export interface CollaboratorRecord {
  readonly login: string;
  readonly role_name: string;
  readonly permissions?: Readonly<Record<string, boolean>>;
  /** Set for an invitation the user has not accepted yet. */
  readonly invitation_id?: number;
}

export interface TeamRecord {
  readonly slug: string;
  readonly permission: string;
}

export interface RepositoryRecord {
  readonly name: string;
  readonly description: string | null;
  readonly homepage: string | null;
  readonly visibility: Visibility;
  readonly default_branch: string;
  readonly topics: readonly string[];
  readonly archived: boolean;
  readonly has_issues: boolean;
  readonly has_wiki: boolean;
  readonly has_projects: boolean;
  /** Only the single-repository answers carry merge settings; list answers lack them. */
  readonly merge?: MergeRecord;
  /** By branch name: its protection, or null when the branch is not protected. */
  readonly branch_protection?: Readonly<Record<string, ProtectionRecord | null>>;
  readonly hooks?: readonly HookRecord[];
  readonly collaborators?: readonly CollaboratorRecord[];
  readonly teams?: readonly TeamRecord[];
}

/** The record of a repository as a list, GET, POST or PATCH answer describes it. */
export function pickRepository(answer: unknown): RepositoryRecord {
  const repo = readRecord(answer);
  const visibility = repo['visibility'];
  const record: RepositoryRecord = {
    name: String(repo['name']),
    description: typeof repo['description'] === 'string' ? repo['description'] : null,
    homepage: typeof repo['homepage'] === 'string' ? repo['homepage'] : null,
    visibility: visibility === 'public' || visibility === 'private' || visibility === 'internal' ? visibility : repo['private'] === true ? 'private' : 'public',
    default_branch: typeof repo['default_branch'] === 'string' ? repo['default_branch'] : 'main',
    topics: Array.isArray(repo['topics']) ? repo['topics'].filter((t): t is string => typeof t === 'string') : [],
    archived: repo['archived'] === true,
    has_issues: repo['has_issues'] !== false,
    has_wiki: repo['has_wiki'] !== false,
    has_projects: repo['has_projects'] !== false,
  };
  return typeof repo['allow_merge_commit'] === 'boolean' ? { ...record, merge: pickMerge(repo) } : record;
}

function pickMerge(repo: Json): MergeRecord {
  return {
    allow_merge_commit: repo['allow_merge_commit'] === true,
    allow_squash_merge: repo['allow_squash_merge'] === true,
    allow_rebase_merge: repo['allow_rebase_merge'] === true,
    delete_branch_on_merge: repo['delete_branch_on_merge'] === true,
  };
}

export function pickProtection(answer: unknown): ProtectionRecord {
  const protection = readRecord(answer);
  const checks = protection['required_status_checks'] === null || protection['required_status_checks'] === undefined ? undefined : readRecord(protection['required_status_checks']);
  const reviews = protection['required_pull_request_reviews'] === null || protection['required_pull_request_reviews'] === undefined ? undefined : readRecord(protection['required_pull_request_reviews']);
  const enabled = (field: string): boolean => readRecord(protection[field])['enabled'] === true;
  return {
    required_status_checks: checks ? { strict: checks['strict'] === true, contexts: contextsOf(checks) } : null,
    enforce_admins: enabled('enforce_admins'),
    required_pull_request_reviews: reviews
      ? {
          required_approving_review_count: typeof reviews['required_approving_review_count'] === 'number' ? reviews['required_approving_review_count'] : 0,
          dismiss_stale_reviews: reviews['dismiss_stale_reviews'] === true,
          require_code_owner_reviews: reviews['require_code_owner_reviews'] === true,
        }
      : null,
    required_linear_history: enabled('required_linear_history'),
    allow_force_pushes: enabled('allow_force_pushes'),
    allow_deletions: enabled('allow_deletions'),
  };
}

/** Required checks by name: `checks` (which may name the app) when given, else `contexts`. */
function contextsOf(checks: Json): string[] {
  const list = checks['checks'];
  if (Array.isArray(list) && list.length > 0) return list.map((c) => readRecord(c)['context']).filter((c): c is string => typeof c === 'string');
  const contexts = checks['contexts'];
  return Array.isArray(contexts) ? contexts.filter((c): c is string => typeof c === 'string') : [];
}

export function pickHook(answer: unknown): HookRecord {
  const hook = readRecord(answer);
  const config = readRecord(hook['config']);
  const insecure = config['insecure_ssl'];
  return {
    id: Number(hook['id']),
    active: hook['active'] !== false,
    events: Array.isArray(hook['events']) ? hook['events'].filter((e): e is string => typeof e === 'string') : [],
    config: {
      url: typeof config['url'] === 'string' ? config['url'] : '',
      content_type: config['content_type'] === 'json' ? 'json' : 'form',
      insecure_ssl: typeof insecure === 'string' || typeof insecure === 'number' ? String(insecure) : '0',
      // GitHub answers "********" for a set secret; mosaic keeps only whether there is one.
      has_secret: typeof config['secret'] === 'string' && config['secret'] !== '',
    },
  };
}

export function pickCollaborator(answer: unknown): CollaboratorRecord {
  const user = readRecord(answer);
  const permissions = readRecord(user['permissions']);
  const flags: Record<string, boolean> = {};
  for (const [name, value] of Object.entries(permissions)) if (typeof value === 'boolean') flags[name] = value;
  return { login: String(user['login']), role_name: typeof user['role_name'] === 'string' ? user['role_name'] : '', permissions: flags };
}

export function pickInvitation(answer: unknown): CollaboratorRecord | undefined {
  const invitation = readRecord(answer);
  const invitee = readRecord(invitation['invitee']);
  if (typeof invitee['login'] !== 'string' || invitation['expired'] === true) return undefined;
  return { login: invitee['login'], role_name: String(invitation['permissions']), invitation_id: Number(invitation['id']) };
}

export function pickTeam(answer: unknown): TeamRecord {
  const team = readRecord(answer);
  return { slug: String(team['slug']), permission: String(team['permission']) };
}
