// Webhook event names: mosaic writes GitHub's, Gitea has its own finer ones. Each GitHub event
// stands for a set of Gitea events; a hook has the GitHub event when it has the whole set.
// Gitea events left over (set outside mosaic) are reported as gitea_<name>, so they show in a
// diff instead of passing for a GitHub event they only partly cover.

const giteaEventsOf: Readonly<Record<string, readonly string[]>> = {
  create: ['create'],
  delete: ['delete'],
  fork: ['fork'],
  push: ['push'],
  issues: ['issues', 'issue_assign', 'issue_label', 'issue_milestone'],
  // GitHub sends comments on issues and on pull requests' conversations as issue_comment.
  issue_comment: ['issue_comment', 'pull_request_comment'],
  pull_request: ['pull_request', 'pull_request_assign', 'pull_request_label', 'pull_request_milestone', 'pull_request_sync', 'pull_request_review_request'],
  pull_request_review: ['pull_request_review'],
  gollum: ['wiki'],
  repository: ['repository'],
  release: ['release'],
  package: ['package'],
  status: ['status'],
  workflow_job: ['workflow_job'],
};

/**
 * What to send for a Gitea event: "issues" and "pull_request" alone would switch on their whole
 * families (comments and reviews too), so the event itself is asked for as *_only.
 */
const sentAs: Readonly<Record<string, string>> = { issues: 'issues_only', pull_request: 'pull_request_only' };

/** Older Gitea reports the review event by outcome. */
const readAliases: Readonly<Record<string, string>> = {
  pull_request_review_approved: 'pull_request_review',
  pull_request_review_rejected: 'pull_request_review',
  pull_request_review_comment: 'pull_request_review',
};

/** Events Gitea's hook edit cannot switch (only a new hook gets them). */
export const createOnlyGiteaEvents: ReadonlySet<string> = new Set(['package', 'status', 'workflow_job']);

export function isKnownGithubEvent(event: string): boolean {
  return event in giteaEventsOf;
}

export const knownGithubEvents: readonly string[] = Object.keys(giteaEventsOf).sort();

/** The Gitea events a list of GitHub events stands for. */
export function giteaEventsFor(events: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const event of events) for (const gitea of giteaEventsOf[event] ?? []) out.add(gitea);
  return out;
}

/** The names to send in a hook's `events` for a set of Gitea events. */
export function eventsToSend(giteaEvents: ReadonlySet<string>): string[] {
  return [...giteaEvents].map((event) => sentAs[event] ?? event).sort();
}

/** A hook's Gitea events as read, in mosaic's (GitHub's) names, sorted. */
export function githubEventsOf(giteaEvents: readonly string[]): string[] {
  const present = new Set(giteaEvents.map((event) => readAliases[event] ?? event));
  const consumed = new Set<string>();
  const out: string[] = [];
  for (const [github, needed] of Object.entries(giteaEventsOf)) {
    if (!needed.every((event) => present.has(event))) continue;
    out.push(github);
    for (const event of needed) consumed.add(event);
  }
  for (const event of present) if (!consumed.has(event)) out.push(`gitea_${event}`);
  return out.sort();
}

/** The Gitea events of a hook as read (aliases resolved). */
export function giteaEventsRead(giteaEvents: readonly string[]): Set<string> {
  return new Set(giteaEvents.map((event) => readAliases[event] ?? event));
}
