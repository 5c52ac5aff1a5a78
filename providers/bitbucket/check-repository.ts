// What a repository spec asks that Bitbucket Cloud cannot do, one sentence each; the plan
// reports them as errors before anything is sent.
import type { Spec } from '../../src/resources/provider-contract.js';
import { buildCheckNames } from './branch-protection.js';
import { isBitbucketPermission } from './permissions.js';
import { isRecord, type SpecRecord } from './spec-values.js';
import { mappedEvents, unmappedEvents } from './webhook-events.js';

export function checkRepository(spec: Spec): string[] {
  const problems: string[] = [];
  if (spec['visibility'] === 'internal') problems.push('Bitbucket has no internal visibility: use private (visible to the workspace members given access) or public.');
  if (Array.isArray(spec['topics']) && spec['topics'].length > 0) problems.push('Bitbucket repositories have no topics: remove `topics` (or leave it empty).');
  if (spec['archived'] === true) problems.push('Bitbucket Cloud cannot archive a repository through its API: remove `archived: true`.');
  if (spec['mirror'] !== undefined) problems.push('Bitbucket Cloud has no pull mirrors: remove `mirror`.');
  if (isRecord(spec['features']) && spec['features']['projects'] === true) problems.push('Bitbucket repositories have no project boards: remove `features.projects: true`.');
  if (isRecord(spec['merge']) && Object.keys(spec['merge']).length > 0) {
    problems.push(`Bitbucket's merge strategies are set per branch in its branching settings, not through the repository API: remove \`merge\` (${Object.keys(spec['merge']).sort().join(', ')}).`);
  }
  if (isRecord(spec['branch_protection'])) {
    for (const [branch, protection] of Object.entries(spec['branch_protection'])) {
      if (isRecord(protection)) problems.push(...checkProtection(branch, protection));
    }
  }
  if (Array.isArray(spec['webhooks'])) {
    for (const hook of spec['webhooks']) if (isRecord(hook)) problems.push(...checkWebhook(hook));
  }
  for (const field of ['collaborators', 'teams'] as const) {
    const members = spec[field];
    if (!isRecord(members)) continue;
    for (const [name, permission] of Object.entries(members)) {
      if (typeof permission === 'string' && !isBitbucketPermission(permission)) {
        problems.push(`Bitbucket has no "${permission}" permission (\`${field}.${name}\`): use read, write or admin.`);
      }
    }
  }
  return problems;
}

function checkProtection(branch: string, protection: SpecRecord): string[] {
  const problems: string[] = [];
  const at = `branch_protection.${branch}`;
  if (protection['enforce_admins'] !== undefined) problems.push(`Bitbucket has no switch for applying branch restrictions to admins: remove \`${at}.enforce_admins\`.`);
  if (protection['linear_history'] === true) problems.push(`Bitbucket cannot require a linear history on a branch: remove \`${at}.linear_history: true\`.`);
  if (protection['require_code_owner_reviews'] === true) problems.push(`Bitbucket has no code owner reviews: remove \`${at}.require_code_owner_reviews: true\`.`);
  if (protection['strict_status_checks'] === true) problems.push(`Bitbucket cannot require a branch to be up to date before merging: remove \`${at}.strict_status_checks: true\`.`);
  const checks = protection['required_status_checks'];
  if (Array.isArray(checks) && checks.length > 0) {
    const expected = buildCheckNames(checks.length);
    if (checks.some((name, i) => name !== expected[i])) {
      problems.push(
        `Bitbucket requires a number of passing builds, not status checks by name: write \`${at}.required_status_checks\` as [${expected.join(', ')}] to require ${String(checks.length)} passing build${checks.length === 1 ? '' : 's'}.`,
      );
    }
  }
  return problems;
}

function checkWebhook(hook: SpecRecord): string[] {
  const problems: string[] = [];
  const url = typeof hook['url'] === 'string' ? hook['url'] : '(no url)';
  if (hook['content_type'] === 'form') problems.push(`Bitbucket delivers webhooks as JSON only: remove \`content_type: form\` from the webhook ${url}.`);
  const events = Array.isArray(hook['events']) ? hook['events'].filter((e): e is string => typeof e === 'string') : [];
  if (Array.isArray(hook['events']) && events.length === 0) problems.push(`Bitbucket needs at least one event on the webhook ${url}.`);
  const unknown = unmappedEvents(events);
  if (unknown.length > 0) {
    problems.push(`Bitbucket has no event for ${unknown.map((e) => `"${e}"`).join(', ')} (webhook ${url}); it can deliver ${mappedEvents.join(', ')}.`);
  }
  return problems;
}
