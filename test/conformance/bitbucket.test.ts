// The bitbucket provider passes the conformance suite against its emulator. Values are whole
// objects as the provider reads them back (features, protection and hooks compare exactly).
import { createBitbucketEmulator } from '../emulators/bitbucket/index.js';
import { describeConformance } from './conformance-suite.js';

const protection = {
  required_reviews: 1,
  dismiss_stale_reviews: false,
  require_code_owner_reviews: false,
  required_status_checks: ['build-1'],
  strict_status_checks: false,
  linear_history: false,
  allow_force_pushes: false,
  allow_deletions: false,
};

describeConformance({
  provider: 'bitbucket',
  tokenVariable: 'BITBUCKET_TOKEN',
  emulator: createBitbucketEmulator,
  fields: [
    { field: 'description', values: ['first description', 'second description'] },
    { field: 'visibility', values: ['private', 'public'] },
    { field: 'homepage', values: ['https://one.example', 'https://two.example'] },
    { field: 'default_branch', values: ['main', 'trunk'] },
    { field: 'features', values: [{ issues: true, wiki: false, projects: false }, { issues: false, wiki: true, projects: false }] },
    {
      field: 'branch_protection',
      values: [
        { main: protection },
        { main: { ...protection, required_reviews: 2, dismiss_stale_reviews: true, required_status_checks: ['build-1', 'build-2'], allow_force_pushes: true } },
      ],
    },
    {
      field: 'webhooks',
      values: [
        [{ url: 'https://ci.example.com/hook', events: ['push'], active: true, content_type: 'json', secret: '${env:CONFORMANCE_HOOK_SECRET}' }],
        [
          { url: 'https://ci.example.com/hook', events: ['pull_request', 'push'], active: false, content_type: 'json', secret: '${env:CONFORMANCE_HOOK_SECRET}' },
          { url: 'https://chat.example.com/hook', events: ['issues'], active: true, content_type: 'json' },
        ],
      ],
    },
    { field: 'collaborators', values: [{ alice: 'write' }, { alice: 'admin', bob: 'read' }] },
    { field: 'teams', values: [{ developers: 'read' }, { developers: 'write', qa: 'read' }] },
  ],
});
