// Webhook events: mosaic speaks GitHub's event names, Bitbucket has its own, finer ones. Each
// GitHub event maps to the set of Bitbucket events that together cover it.

const bitbucketEventsOf: Readonly<Record<string, readonly string[]>> = {
  push: ['repo:push'],
  pull_request: ['pullrequest:created', 'pullrequest:updated', 'pullrequest:fulfilled', 'pullrequest:rejected'],
  pull_request_review: ['pullrequest:approved', 'pullrequest:unapproved', 'pullrequest:changes_request_created', 'pullrequest:changes_request_removed'],
  pull_request_review_comment: ['pullrequest:comment_created', 'pullrequest:comment_updated', 'pullrequest:comment_deleted', 'pullrequest:comment_resolved', 'pullrequest:comment_reopened'],
  issues: ['issue:created', 'issue:updated'],
  issue_comment: ['issue:comment_created'],
  commit_comment: ['repo:commit_comment_created'],
  status: ['repo:commit_status_created', 'repo:commit_status_updated'],
  fork: ['repo:fork'],
  repository: ['repo:updated', 'repo:transfer'],
};

/** The GitHub event names Bitbucket has a word for, sorted. */
export const mappedEvents: readonly string[] = Object.keys(bitbucketEventsOf).sort();

/** GitHub's event names in a spec that Bitbucket cannot deliver. */
export function unmappedEvents(events: readonly string[]): string[] {
  return events.filter((event) => bitbucketEventsOf[event] === undefined);
}

/** The Bitbucket events to subscribe for GitHub events (unmapped ones are check()'s business). */
export function toBitbucketEvents(events: readonly string[]): string[] {
  const result = new Set<string>();
  for (const event of events) for (const name of bitbucketEventsOf[event] ?? []) result.add(name);
  return [...result].sort();
}

/**
 * The GitHub events a hook's Bitbucket events cover, sorted. A GitHub event counts only when
 * every Bitbucket event it stands for is subscribed, so a partial subscription shows as a
 * difference that the next apply completes; Bitbucket events with no GitHub word are not shown.
 */
export function toGithubEvents(events: readonly string[]): string[] {
  const subscribed = new Set(events);
  return mappedEvents.filter((event) => (bitbucketEventsOf[event] ?? []).every((name) => subscribed.has(name)));
}
