// check: what in a repository spec GitHub cannot do, one sentence each, reported by the plan
// before any request is made.
import type { Spec } from '../../src/resources/provider-contract.js';
import type { OwnerType } from './github-settings.js';
import { readObject, readObjectList, readRecord, readString } from './spec-fields.js';
import { repositoryWebhookEvents } from './webhook-events.js';

/** GitHub's limit on required approving reviews. */
const maxRequiredReviews = 6;

export function checkRepository(spec: Spec, ownerType: OwnerType): string[] {
  const problems: string[] = [];
  if (spec['mirror'] !== undefined) problems.push('GitHub has no pull mirrors: remove `mirror`, or place this repository on a provider that has them (Gitea).');
  if (ownerType === 'user' && readString(spec, 'visibility') === 'internal') {
    problems.push('`visibility: internal` needs an organization on GitHub Enterprise; a user account has only public and private repositories.');
  }
  if (ownerType === 'user' && spec['teams'] !== undefined) problems.push('A user account has no teams: remove `teams`, or set `owner_type: organization` on the provider.');
  for (const [branch, value] of Object.entries(readObject(spec, 'branch_protection') ?? {})) {
    const reviews = readRecord(value)['required_reviews'];
    if (typeof reviews === 'number' && reviews > maxRequiredReviews) {
      problems.push(`Branch "${branch}": GitHub requires at most ${String(maxRequiredReviews)} approving reviews, not ${String(reviews)}.`);
    }
  }
  for (const hook of readObjectList(spec, 'webhooks') ?? []) {
    const url = readString(hook, 'url') ?? '';
    if (!/^https?:\/\//.test(url)) problems.push(`Webhook ${url}: GitHub delivers webhooks over http(s) only.`);
    const events = Array.isArray(hook['events']) ? (hook['events'] as unknown[]) : [];
    for (const event of events) {
      if (typeof event === 'string' && !repositoryWebhookEvents.has(event)) problems.push(`Webhook ${url}: GitHub has no repository webhook event "${event}".`);
    }
  }
  return problems;
}
