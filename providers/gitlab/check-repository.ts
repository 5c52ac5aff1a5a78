// What in a repository spec GitLab cannot do, one sentence each, so the plan reports it
// before any request is made.
import type { Spec } from '../../src/resources/provider-contract.js';
import { branchProtectionProblems } from './branch-protection.js';
import { collaboratorProblems } from './collaborators.js';
import { asRecord } from './spec-fields.js';
import { teamProblems } from './teams.js';
import { webhookProblems, type WebhookSpec } from './webhooks.js';

export function checkRepository(spec: Spec): string[] {
  const problems: string[] = [];
  const name = spec['name'];
  if (typeof name === 'string' && (/^[-.]/.test(name) || /\.(git|atom)$/.test(name))) {
    problems.push(`name: GitLab project paths cannot start with "-" or ".", nor end in ".git" or ".atom"; rename "${name}".`);
  }
  if (spec['homepage'] !== undefined) {
    problems.push('homepage: GitLab projects have no homepage field; leave homepage out (a project badge or the description can carry the link).');
  }
  if (asRecord(spec['features'])?.['projects'] !== undefined) {
    problems.push('features.projects: GitLab has no per-project switch for project boards; leave features.projects out.');
  }
  if (spec['mirror'] !== undefined) {
    problems.push('mirror: the gitlab provider does not manage pull mirrors (a GitLab Premium feature); leave mirror out.');
  }
  const merge = asRecord(spec['merge']);
  if (merge !== undefined && merge['merge_commit'] === false && merge['rebase'] === false && merge['squash'] === false) {
    problems.push('merge: merge_commit, rebase and squash are all false; GitLab needs at least one way to merge.');
  }
  for (const [branch, rule] of Object.entries(asRecord(spec['branch_protection']) ?? {})) problems.push(...branchProtectionProblems(branch, rule));
  const webhooks = spec['webhooks'];
  if (Array.isArray(webhooks)) problems.push(...webhookProblems(webhooks.filter((hook): hook is WebhookSpec => typeof asRecord(hook)?.['url'] === 'string')));
  problems.push(...collaboratorProblems(asRecord(spec['collaborators']) ?? {}));
  problems.push(...teamProblems(asRecord(spec['teams']) ?? {}));
  return problems;
}
