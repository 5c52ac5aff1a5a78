// check() and the vocabulary mappings of the gitlab provider, without a server: what GitLab
// cannot do is one sentence each; permissions, events, merge settings and team names map
// both ways.
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../../providers/gitlab/check-repository.js';
import { encodeMergeSettings, newProjectMergeFields, readMergeSettings } from '../../../providers/gitlab/merge-settings.js';
import { accessLevelOf, permissionOf } from '../../../providers/gitlab/permissions.js';
import { teamNameOf, teamPathOf } from '../../../providers/gitlab/teams.js';
import { encodeEvents, eventSwitches, readEvents, unsupportedEventReason } from '../../../providers/gitlab/webhook-events.js';

describe('gitlab check()', () => {
  it('accepts everything GitLab can do', () => {
    expect(
      checkRepository({
        name: 'api',
        description: 'x',
        visibility: 'internal',
        default_branch: 'main',
        topics: ['a'],
        archived: false,
        features: { issues: true, wiki: false },
        merge: { merge_commit: true, squash: true, rebase: false, delete_branch_on_merge: true },
        branch_protection: { main: { allow_force_pushes: false, allow_deletions: false, require_code_owner_reviews: true, required_reviews: 0, dismiss_stale_reviews: false, required_status_checks: [], strict_status_checks: false } },
        webhooks: [{ url: 'https://x.example.com', events: Object.keys(eventSwitches), active: true, content_type: 'json', secret: 's' }],
        collaborators: { alice: 'read', bob: 'write', carol: 'maintain', dave: 'admin' },
        teams: { platform: 'admin' },
        ownership: { topics: 'additive' },
      }),
    ).toEqual([]);
  });

  it('names each thing GitLab cannot do, one sentence each', () => {
    const problems = checkRepository({
      name: '-api.git',
      homepage: 'https://api.example.com',
      features: { projects: false },
      mirror: { url: 'https://github.com/acme/api.git' },
      merge: { merge_commit: false, squash: false, rebase: false },
      branch_protection: {
        main: { required_reviews: 2, dismiss_stale_reviews: true, required_status_checks: ['ci'], strict_status_checks: true, enforce_admins: true, linear_history: false, allow_deletions: true },
      },
      webhooks: [
        { url: 'https://x.example.com', events: ['push', 'pull_request_review', 'member'], content_type: 'form', active: false },
        { url: 'https://x.example.com' },
      ],
      collaborators: { alice: 'triage' },
      teams: { platform: 'triage' },
    });
    const fields = problems.map((problem) => problem.split(':')[0]);
    expect(fields).toEqual([
      'name',
      'homepage',
      'features.projects',
      'mirror',
      'merge',
      'branch_protection.main.required_reviews',
      'branch_protection.main.dismiss_stale_reviews',
      'branch_protection.main.required_status_checks',
      'branch_protection.main.strict_status_checks',
      'branch_protection.main.allow_deletions',
      'branch_protection.main.enforce_admins',
      'branch_protection.main.linear_history',
      'webhooks[https',
      'webhooks[https',
      'webhooks[https',
      'webhooks[https',
      'webhooks[https',
      'collaborators.alice',
      'teams.platform',
    ]);
    for (const problem of problems) expect(problem).toMatch(/\.$/);
    expect(problems.join('\n')).toContain('write pull_request');
    expect(problems.join('\n')).toContain('no "member" event');
    expect(problems.join('\n')).toContain('listed twice');
    expect(problems.join('\n')).toContain('so use read');
  });
});

describe('gitlab vocabulary', () => {
  it('maps permissions to access levels and back', () => {
    for (const permission of ['read', 'write', 'maintain', 'admin'] as const) expect(permissionOf(accessLevelOf(permission) ?? -1)).toBe(permission);
    expect(accessLevelOf('triage')).toBeUndefined();
    expect([5, 10, 15, 60].map(permissionOf)).toEqual(['minimal_access', 'guest', 'planner', 'access_level_60']);
  });

  it('maps webhook events to hook switches and back; push is push and tag push together', () => {
    const switches = encodeEvents(['push', 'issues']);
    expect(switches).toMatchObject({ push_events: true, tag_push_events: true, issues_events: true, merge_requests_events: false });
    expect(readEvents(switches)).toEqual(['issues', 'push']);
    expect(readEvents({ push_events: true, tag_push_events: false })).toEqual([]);
    for (const event of Object.keys(eventSwitches)) expect(readEvents(encodeEvents([event]))).toEqual([event]);
    expect(unsupportedEventReason('deployment_status')).toContain('write deployment');
    expect(unsupportedEventReason('push')).toBeUndefined();
  });

  it('maps merge buttons to one GitLab merge method plus a squash option', () => {
    const encode = (merge_commit: boolean, squash: boolean, rebase: boolean): Record<string, unknown> => encodeMergeSettings({ merge_commit, squash, rebase, delete_branch_on_merge: true }, newProjectMergeFields);
    expect(encode(true, true, false)).toEqual({});
    expect(encode(true, false, false)).toEqual({ squash_option: 'never' });
    expect(encode(false, false, true)).toEqual({ merge_method: 'ff', squash_option: 'never' });
    expect(encode(true, true, true)).toEqual({ merge_method: 'rebase_merge' });
    expect(encode(false, true, false)).toEqual({ merge_method: 'ff', squash_option: 'always' });
    // An optional squash setting already on the project is kept.
    expect(encodeMergeSettings({ merge_commit: true, squash: true, rebase: false, delete_branch_on_merge: false }, { ...newProjectMergeFields, squash_option: 'default_on' })).toEqual({ remove_source_branch_after_merge: false });
    expect(readMergeSettings({ merge_method: 'ff', squash_option: 'always', remove_source_branch_after_merge: false })).toEqual({ merge_commit: false, squash: true, rebase: false, delete_branch_on_merge: false });
  });

  it('names teams relative to the provider’s group, and outside groups by absolute path', () => {
    expect(teamNameOf('acme/platform', 'acme')).toBe('platform');
    expect(teamNameOf('ACME/Platform/backend', 'acme')).toBe('Platform/backend');
    expect(teamNameOf('other-org/ops', 'acme')).toBe('/other-org/ops');
    expect(teamPathOf('platform', 'acme')).toBe('acme/platform');
    expect(teamPathOf('/other-org/ops', 'acme')).toBe('other-org/ops');
  });
});
