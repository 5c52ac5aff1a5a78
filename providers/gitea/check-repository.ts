// What in a repository spec Gitea cannot do, one sentence each, for the plan to report before
// anything is sent.
import type { Spec } from '../../src/resources/provider-contract.js';
import { mirrorProblems } from './mirror.js';
import { giteaPermission } from './permissions.js';
import { repositorySpecOf, type Permission } from './repository-spec.js';
import { isKnownGithubEvent, knownGithubEvents } from './webhook-events.js';

/** Gitea's topic rules: at most 25 per repository, each at most 35 characters. */
const maxTopics = 25;
const maxTopicLength = 35;

export function checkRepository(spec: Spec): string[] {
  const repo = repositorySpecOf(spec);
  const problems: string[] = [];
  if (['.', '..', '-'].includes(repo.name) || /\.(git|wiki|rss|atom)$/i.test(repo.name)) problems.push(`name "${repo.name}" is reserved on Gitea (as are names ending in .git, .wiki, .rss or .atom).`);
  if (repo.visibility === 'internal') problems.push('visibility "internal": Gitea repositories are public or private (an organization\'s own visibility decides who sees its public ones).');
  for (const topic of repo.topics ?? []) {
    if (topic.length > maxTopicLength) problems.push(`topic "${topic}" is longer than Gitea's ${String(maxTopicLength)} characters.`);
  }
  if ((repo.topics?.length ?? 0) > maxTopics) problems.push(`${String(repo.topics?.length ?? 0)} topics: Gitea allows at most ${String(maxTopics)} per repository.`);
  for (const [branch, rule] of Object.entries(repo.branch_protection ?? {})) {
    if (rule.linear_history === true) problems.push(`branch_protection.${branch}.linear_history: Gitea has no rule requiring a linear history.`);
    if (rule.allow_deletions === true) problems.push(`branch_protection.${branch}.allow_deletions: Gitea never lets a protected branch be deleted.`);
    if (rule.allow_force_pushes === true && (rule.required_reviews ?? 0) > 0) {
      problems.push(`branch_protection.${branch}.allow_force_pushes: with required_reviews Gitea disables pushing to the branch, and force pushes with it.`);
    }
  }
  for (const hook of repo.webhooks ?? []) {
    if (!/^https?:\/\//.test(hook.url)) problems.push(`webhook ${hook.url}: Gitea delivers webhooks over http(s) only.`);
    for (const event of hook.events ?? []) {
      if (!isKnownGithubEvent(event)) problems.push(`webhook ${hook.url}: Gitea has no event for "${event}" (it has ${knownGithubEvents.join(', ')}).`);
    }
  }
  const permissionProblem = (what: string, permission: Permission): void => {
    if (!giteaPermission(permission)) problems.push(`${what}: Gitea has no "${permission}" permission; use read, write or admin.`);
  };
  for (const [login, permission] of Object.entries(repo.collaborators ?? {})) permissionProblem(`collaborator ${login}`, permission);
  for (const [team, permission] of Object.entries(repo.teams ?? {})) permissionProblem(`team ${team}`, permission);
  problems.push(...mirrorProblems(repo));
  return problems;
}
