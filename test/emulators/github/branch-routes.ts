// Branch routes of the GitHub emulator: the branch list, git refs (to read a tip and create a
// branch), and branch protection (GET, PUT replacing every rule, DELETE).
import type { Emulator, EmulatorResponse } from '../framework/emulator.js';
import { linkHeader, pageOf } from '../framework/pagination.js';
import { conflict, documentation, forbidden, noContent, notFound, ok, validationFailed, validationFailedSimply } from './github-answers.js';
import type { GithubShapes } from './github-shapes.js';
import { defaultProtection, type GithubStore, type ProtectionState, type RepoState } from './github-store.js';
import { bodyOf, isAnswer, repoOf, stringList, type Body } from './request-reading.js';
import { maxPerPage } from './repository-routes.js';

export function registerBranchRoutes(emulator: Emulator, store: GithubStore, shapes: GithubShapes): void {
  emulator.route('GET', '/repos/:owner/:repo/branches', (request) => {
    const repo = repoOf(store, request);
    if (isAnswer(repo)) return repo;
    const onlyProtected = request.query.get('protected') === 'true';
    const branches = [...repo.branches.entries()].filter(([name]) => !onlyProtected || repo.protection.has(name)).sort(([a], [b]) => (a < b ? -1 : 1));
    const slice = pageOf(branches, request.query, { defaultPerPage: 30, maxPerPage });
    const link = linkHeader(request.url, emulator.url, slice);
    return ok(slice.items.map(([name, sha]) => shapes.shortBranch(repo, name, sha)), 200, link ? { link } : {});
  });

  emulator.route('GET', '/repos/:owner/:repo/git/ref/*ref', (request) => {
    const repo = repoOf(store, request);
    if (isAnswer(repo)) return repo;
    if (repo.branches.size === 0) return conflict('Git Repository is empty.', documentation.refs);
    const ref = request.params['ref'] ?? '';
    const branch = ref.startsWith('heads/') ? ref.slice('heads/'.length) : undefined;
    const sha = branch === undefined ? undefined : repo.branches.get(branch);
    return branch !== undefined && sha !== undefined ? ok(shapes.gitRef(repo, branch, sha)) : notFound(documentation.refs);
  });

  emulator.route('POST', '/repos/:owner/:repo/git/refs', (request) => {
    const repo = repoOf(store, request, documentation.refs);
    if (isAnswer(repo)) return repo;
    if (repo.archived) return forbidden('Repository was archived so is read-only.', documentation.refs);
    const body = bodyOf(request);
    const ref = typeof body['ref'] === 'string' ? body['ref'] : '';
    const sha = typeof body['sha'] === 'string' ? body['sha'] : '';
    if (!ref.startsWith('refs/heads/') || ref.split('/').length < 3) return validationFailed('Reference name is not valid', [], documentation.refs);
    if (repo.branches.size === 0) return conflict('Git Repository is empty.', documentation.refs);
    if (![...repo.branches.values()].includes(sha)) return validationFailed('Object does not exist', [], documentation.refs);
    const branch = ref.slice('refs/heads/'.length);
    if (repo.branches.has(branch)) return validationFailed('Reference already exists', [], documentation.refs);
    repo.branches.set(branch, sha);
    store.touch(repo);
    return ok(shapes.gitRef(repo, branch, sha), 201);
  });

  const branchOf = (repo: RepoState, raw: string | undefined): string | EmulatorResponse => {
    const branch = raw ?? '';
    return repo.branches.has(branch) ? branch : notFound(documentation.protection, 'Branch not found');
  };

  emulator.route('GET', '/repos/:owner/:repo/branches/:branch/protection', (request) => {
    const repo = repoOf(store, request, documentation.protection);
    if (isAnswer(repo)) return repo;
    const branch = branchOf(repo, request.params['branch']);
    if (typeof branch !== 'string') return branch;
    const rules = repo.protection.get(branch);
    return rules ? ok(shapes.protection(repo, branch, rules)) : notFound(documentation.protection, 'Branch not protected');
  });

  emulator.route('PUT', '/repos/:owner/:repo/branches/:branch/protection', (request) => {
    const repo = repoOf(store, request, documentation.updateProtection);
    if (isAnswer(repo)) return repo;
    if (repo.archived) return forbidden('Repository was archived so is read-only.', documentation.updateProtection);
    const branch = branchOf(repo, request.params['branch']);
    if (typeof branch !== 'string') return branch;
    const rules = readProtection(bodyOf(request), store);
    if (typeof rules === 'string') return validationFailedSimply(rules, [], documentation.updateProtection);
    repo.protection.set(branch, rules);
    store.touch(repo);
    return ok(shapes.protection(repo, branch, rules));
  });

  emulator.route('DELETE', '/repos/:owner/:repo/branches/:branch/protection', (request) => {
    const repo = repoOf(store, request, documentation.protection);
    if (isAnswer(repo)) return repo;
    const branch = branchOf(repo, request.params['branch']);
    if (typeof branch !== 'string') return branch;
    if (!repo.protection.delete(branch)) return notFound(documentation.protection, 'Branch not protected');
    store.touch(repo);
    return noContent();
  });
}

/** The rules of a PUT body, or GitHub's message when the body is not acceptable. */
function readProtection(body: Body, store: GithubStore): ProtectionState | string {
  for (const field of ['required_status_checks', 'enforce_admins', 'required_pull_request_reviews', 'restrictions']) {
    if (!(field in body)) return `Invalid request.\n\n"${field}" wasn't supplied.`;
  }
  const rules = defaultProtection();
  const checks = body['required_status_checks'];
  if (checks !== null) {
    const record = typeof checks === 'object' ? (checks as Body) : {};
    const contexts = stringList(record['contexts']);
    if (typeof record['strict'] !== 'boolean' || !contexts) return 'Invalid request.\n\nNo subschema in "anyOf" matched.\n"strict", "contexts" weren\'t supplied.';
    const listed = Array.isArray(record['checks'])
      ? (record['checks'] as unknown[]).map((c) => {
          const check = (typeof c === 'object' && c !== null ? c : {}) as Body;
          return { context: String(check['context']), app_id: typeof check['app_id'] === 'number' ? check['app_id'] : null };
        })
      : contexts.map((context) => ({ context, app_id: null }));
    rules.required_status_checks = { strict: record['strict'], checks: listed };
  }
  if (typeof body['enforce_admins'] !== 'boolean' && body['enforce_admins'] !== null) return 'Invalid request.\n\nFor \'properties/enforce_admins\', "yes" is not a boolean or null.';
  rules.enforce_admins = body['enforce_admins'] === true;
  const reviews = body['required_pull_request_reviews'];
  if (reviews !== null) {
    const record = (typeof reviews === 'object' ? reviews : {}) as Body;
    const count = record['required_approving_review_count'] ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 6) {
      return 'Invalid request.\n\nrequired_approving_review_count must be between 0 and 6.';
    }
    rules.required_pull_request_reviews = {
      required_approving_review_count: count,
      dismiss_stale_reviews: record['dismiss_stale_reviews'] === true,
      require_code_owner_reviews: record['require_code_owner_reviews'] === true,
      require_last_push_approval: record['require_last_push_approval'] === true,
    };
  }
  const restrictions = body['restrictions'];
  if (restrictions !== null) {
    if (store.ownerType !== 'organization') return 'Only organization repositories can have users and team restrictions';
    const record = (typeof restrictions === 'object' ? restrictions : {}) as Body;
    rules.restrictions = { users: stringList(record['users']) ?? [], teams: stringList(record['teams']) ?? [], apps: stringList(record['apps']) ?? [] };
  }
  for (const flag of ['required_linear_history', 'allow_force_pushes', 'allow_deletions', 'block_creations', 'required_conversation_resolution', 'lock_branch', 'allow_fork_syncing'] as const) {
    rules[flag] = body[flag] === true;
  }
  return rules;
}
