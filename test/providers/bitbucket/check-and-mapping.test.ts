// check(): what Bitbucket cannot do, one sentence each; and the vocabularies mapped both ways
// (GitHub's webhook events, permission names, status checks as a count of builds).
import { describe, expect, it } from 'vitest';
import { buildCheckNames, desiredRestrictions, normalizeBranchProtection } from '../../../providers/bitbucket/branch-protection.js';
import { checkRepository } from '../../../providers/bitbucket/check-repository.js';
import { toBitbucketEvents, toGithubEvents, unmappedEvents } from '../../../providers/bitbucket/webhook-events.js';
import { fullSpec } from './bitbucket-fixture.js';

describe('bitbucket check()', () => {
  it('accepts everything the provider can express', () => {
    expect(checkRepository(fullSpec)).toEqual([]);
    expect(checkRepository({ name: 'x', topics: [], archived: false, features: { projects: false }, branch_protection: { main: { linear_history: false, strict_status_checks: false } } })).toEqual([]);
  });

  it('names each thing Bitbucket cannot do', () => {
    const problems = checkRepository({
      name: 'x',
      visibility: 'internal',
      topics: ['api'],
      archived: true,
      mirror: { url: 'https://example.com/x.git' },
      features: { issues: true, projects: true },
      merge: { squash: true, delete_branch_on_merge: true },
      branch_protection: { main: { enforce_admins: true, linear_history: true, require_code_owner_reviews: true, strict_status_checks: true, required_status_checks: ['ci/test'] } },
      webhooks: [{ url: 'https://h.example', events: ['push', 'release', 'deployment'], content_type: 'form' }, { url: 'https://e.example', events: [] }],
      collaborators: { alice: 'triage' },
      teams: { developers: 'maintain' },
    });
    const expected = [
      /internal visibility/,
      /no topics/,
      /cannot archive/,
      /no pull mirrors/,
      /no project boards/,
      /merge strategies.*delete_branch_on_merge, squash/,
      /branch_protection\.main\.enforce_admins/,
      /linear history/,
      /code owner reviews/,
      /up to date/,
      /\[build-1\] to require 1 passing build\./,
      /JSON only/,
      /"release", "deployment"/,
      /at least one event/,
      /"triage".*collaborators\.alice/,
      /"maintain".*teams\.developers/,
    ];
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => { expect(problems[i]).toMatch(pattern); });
  });

  it('accepts required_status_checks only as build-1 … build-N, in order', () => {
    expect(checkRepository({ branch_protection: { main: { required_status_checks: ['build-1', 'build-2'] } } })).toEqual([]);
    expect(checkRepository({ branch_protection: { main: { required_status_checks: ['build-2', 'build-1'] } } })).toHaveLength(1);
  });
});

describe('bitbucket vocabularies', () => {
  it('maps GitHub webhook events to the Bitbucket events covering them and back', () => {
    const events = ['issue_comment', 'issues', 'pull_request', 'push', 'status'];
    expect(toGithubEvents(toBitbucketEvents(events))).toEqual(events);
    expect(toBitbucketEvents(['push'])).toEqual(['repo:push']);
    expect(unmappedEvents(['push', 'release'])).toEqual(['release']);
  });

  it('reads a partial subscription as not covering the GitHub event, so apply completes it', () => {
    expect(toGithubEvents(['repo:push', 'pullrequest:created'])).toEqual(['push']);
    expect(toGithubEvents(['repo:imported'])).toEqual([]);
  });

  it('maps protection fields to restriction kinds and reads them back', () => {
    expect([...desiredRestrictions({ required_reviews: 0, dismiss_stale_reviews: true, required_status_checks: buildCheckNames(3), allow_force_pushes: true, allow_deletions: false })]).toEqual([
      ['require_approvals_to_merge', false],
      ['reset_pullrequest_approvals_on_change', true],
      ['require_passing_builds_to_merge', 3],
      ['force', false],
      ['delete', true],
    ]);
    const live = normalizeBranchProtection([
      { type: 'branchrestriction', id: 1, kind: 'require_passing_builds_to_merge', branch_match_kind: 'glob', pattern: 'main', value: 3 },
      { type: 'branchrestriction', id: 2, kind: 'push', branch_match_kind: 'glob', pattern: 'release/*', value: null },
      { type: 'branchrestriction', id: 3, kind: 'delete', branch_match_kind: 'branching_model', branch_type: 'production', value: null },
    ]);
    // Wildcard patterns and branching-model rules have no branch name mosaic could manage.
    expect(Object.keys(live)).toEqual(['main']);
    expect(live['main']).toMatchObject({ required_status_checks: ['build-1', 'build-2', 'build-3'], allow_deletions: true, required_reviews: 0 });
  });
});
