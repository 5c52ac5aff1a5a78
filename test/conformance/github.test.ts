// The github provider passes the conformance suite against its emulator. Values are whole
// objects as the provider reads them back; the collaborators include a user outside the
// organization, whom GitHub invites rather than adds (the invitation counts as access).
import { createGithubEmulator } from '../emulators/github/index.js';
import { describeConformance } from './conformance-suite.js';

const protection = {
  required_reviews: 1,
  dismiss_stale_reviews: false,
  require_code_owner_reviews: false,
  required_status_checks: ['ci/build'],
  strict_status_checks: false,
  enforce_admins: false,
  linear_history: false,
  allow_force_pushes: false,
  allow_deletions: false,
};

describeConformance({
  provider: 'github',
  tokenVariable: 'GITHUB_TOKEN',
  emulator: createGithubEmulator,
  settings: { write_interval_ms: 0 },
  fields: [
    { field: 'description', values: ['first description', 'second description'] },
    { field: 'visibility', values: ['private', 'public'] },
    { field: 'default_branch', values: ['main', 'trunk'] },
    { field: 'topics', values: [['alpha', 'beta'], ['beta', 'gamma']] },
    { field: 'homepage', values: ['https://one.example', 'https://two.example'] },
    { field: 'features', values: [{ issues: true, wiki: false, projects: false }, { issues: false, wiki: true, projects: true }] },
    { field: 'merge', values: [{ merge_commit: true, squash: true, rebase: true, delete_branch_on_merge: false }, { merge_commit: false, squash: true, rebase: false, delete_branch_on_merge: true }] },
    {
      field: 'branch_protection',
      values: [
        { main: protection },
        {
          main: { ...protection, required_reviews: 2, dismiss_stale_reviews: true, require_code_owner_reviews: true, required_status_checks: ['ci/build', 'ci/test'], strict_status_checks: true, enforce_admins: true, linear_history: true },
          release: { ...protection, allow_deletions: false, allow_force_pushes: false, required_reviews: 0, required_status_checks: [] },
        },
      ],
    },
    {
      field: 'webhooks',
      values: [
        [{ url: 'https://ci.example.com/hook', events: ['push'], active: true, content_type: 'json', secret: '${env:CONFORMANCE_HOOK_SECRET}' }],
        [
          { url: 'https://ci.example.com/hook', events: ['pull_request', 'push'], active: false, content_type: 'json', secret: '${env:CONFORMANCE_HOOK_SECRET}' },
          { url: 'https://chat.example.com/hook', events: ['issues', 'issue_comment'], active: true, content_type: 'form' },
        ],
      ],
    },
    { field: 'collaborators', values: [{ octocat: 'write' }, { octocat: 'admin', 'outside-contributor': 'read' }] },
    { field: 'teams', values: [{ developers: 'write' }, { developers: 'maintain', security: 'read' }] },
    { field: 'archived', values: [false, true] },
  ],
});
