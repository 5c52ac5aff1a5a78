// Webhook events in GitHub's vocabulary (mosaic's) and the *_events switches of a GitLab
// project hook. An event is on when all its switches are on: GitHub's push also covers tag
// pushes, which GitLab switches apart, so `push` is push_events plus tag_push_events.

export const eventSwitches: Readonly<Record<string, readonly string[]>> = {
  push: ['push_events', 'tag_push_events'],
  pull_request: ['merge_requests_events'],
  issues: ['issues_events'],
  issue_comment: ['note_events'],
  release: ['releases_events'],
  deployment: ['deployment_events'],
  workflow_run: ['pipeline_events'],
  workflow_job: ['job_events'],
  gollum: ['wiki_page_events'],
};

/** Why a GitHub event has no GitLab switch of its own, and what to write instead. */
const nearest: Readonly<Record<string, string>> = {
  commit_comment: "GitLab's comment events (note_events) cover comments on commits, merge requests and issues alike; write issue_comment",
  pull_request_review: 'GitLab sends approvals and reviews as merge request events; write pull_request',
  pull_request_review_comment: "GitLab's comment events (note_events) cover comments on merge requests; write issue_comment",
  pull_request_review_thread: "GitLab's comment events (note_events) cover merge request threads; write issue_comment",
  deployment_status: "GitLab's deployment events include every status change; write deployment",
  create: 'GitLab reports new branches as push events and new tags as tag push events; write push',
  delete: 'GitLab reports deleted branches as push events and deleted tags as tag push events; write push',
  check_run: "GitLab's pipeline and job events stand for checks; write workflow_run or workflow_job",
  check_suite: "GitLab's pipeline events stand for check suites; write workflow_run",
  status: "GitLab's pipeline events stand for commit statuses; write workflow_run",
};

export function unsupportedEventReason(event: string): string | undefined {
  if (eventSwitches[event] !== undefined) return undefined;
  return nearest[event] ?? `GitLab project hooks have no "${event}" event; the events GitLab can send are ${Object.keys(eventSwitches).join(', ')}`;
}

/** The switches to send for `events`: every switch mosaic knows, on or off. */
export function encodeEvents(events: readonly string[]): Record<string, boolean> {
  const switches: Record<string, boolean> = {};
  for (const list of Object.values(eventSwitches)) for (const name of list) switches[name] = false;
  for (const event of events) for (const name of eventSwitches[event] ?? []) switches[name] = true;
  return switches;
}

export function readEvents(hook: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(eventSwitches)
    .filter(([, switches]) => switches.every((name) => hook[name] === true))
    .map(([event]) => event)
    .sort();
}
