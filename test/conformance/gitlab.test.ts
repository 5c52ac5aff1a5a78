// The gitlab provider passes the conformance suite against its emulator. Values are whole
// objects as the provider reads them back (features, merge settings, branch protection and
// hooks compare exactly); teams are subgroups of the emulator's group and collaborators its
// seeded users. archived comes last: the later updates would otherwise run on an archived
// project, which GitLab allows but no one does.
import { createGitlabEmulator } from '../emulators/gitlab/index.js';
import { describeConformance } from './conformance-suite.js';

const protection = {
  allow_force_pushes: false,
  allow_deletions: false,
  require_code_owner_reviews: false,
  required_reviews: 0,
  dismiss_stale_reviews: false,
  required_status_checks: [],
  strict_status_checks: false,
};

describeConformance({
  provider: 'gitlab',
  tokenVariable: 'GITLAB_TOKEN',
  emulator: createGitlabEmulator,
  fields: [
    { field: 'description', values: ['first description', 'second description'] },
    { field: 'visibility', values: ['private', 'internal'] },
    { field: 'default_branch', values: ['main', 'trunk'] },
    { field: 'topics', values: [['alpha', 'beta'], ['beta', 'gamma']] },
    { field: 'features', values: [{ issues: true, wiki: false }, { issues: false, wiki: true }] },
    {
      field: 'merge',
      values: [
        { merge_commit: true, squash: true, rebase: false, delete_branch_on_merge: true },
        { merge_commit: false, squash: false, rebase: true, delete_branch_on_merge: false },
      ],
    },
    { field: 'branch_protection', values: [{ main: protection }, { main: { ...protection, allow_force_pushes: true, require_code_owner_reviews: true }, release: protection }] },
    {
      field: 'webhooks',
      values: [
        [{ url: 'https://ci.example.com/hook', events: ['push'], active: true, content_type: 'json', secret: '${env:CONFORMANCE_HOOK_SECRET}' }],
        [
          { url: 'https://ci.example.com/hook', events: ['pull_request', 'push'], active: true, content_type: 'json', secret: '${env:CONFORMANCE_HOOK_SECRET}' },
          { url: 'https://chat.example.com/hook', events: ['issues'], active: true, content_type: 'json' },
        ],
      ],
    },
    { field: 'collaborators', values: [{ alice: 'write' }, { alice: 'admin', bob: 'read' }] },
    { field: 'teams', values: [{ platform: 'read' }, { platform: 'write', security: 'read' }] },
    { field: 'archived', values: [false, true] },
  ],
});
