// normalize and the event mapping on Gitea objects made outside mosaic (web UI, older servers),
// where names and shapes differ from what mosaic writes.
import { describe, expect, it } from 'vitest';
import { normalizeRepository } from '../../../providers/gitea/normalize-repository.js';
import { eventsToSend, giteaEventsFor, githubEventsOf } from '../../../providers/gitea/webhook-events.js';

describe('gitea webhook events', () => {
  it('sends the GitHub events as Gitea events, asking for issues and pull requests alone', () => {
    expect(eventsToSend(giteaEventsFor(['issues', 'pull_request', 'gollum']))).toEqual([
      'issue_assign', 'issue_label', 'issue_milestone', 'issues_only',
      'pull_request_assign', 'pull_request_label', 'pull_request_milestone', 'pull_request_only', 'pull_request_review_request', 'pull_request_sync',
      'wiki',
    ]);
  });

  it('reads a hook made in the web UI with whole families as the GitHub events they cover, and names what is left', () => {
    const giteaUiHook = ['pull_request', 'pull_request_assign', 'pull_request_label', 'pull_request_milestone', 'pull_request_comment', 'pull_request_review', 'pull_request_sync', 'pull_request_review_request', 'push'];
    expect(githubEventsOf(giteaUiHook)).toEqual(['gitea_pull_request_comment', 'pull_request', 'pull_request_review', 'push']);
  });

  it('reads the review events of older servers, reported by outcome', () => {
    expect(githubEventsOf(['pull_request_review_approved', 'pull_request_review_rejected', 'pull_request_review_comment'])).toEqual(['pull_request_review']);
  });

  it('does not pass part of a family for the GitHub event', () => {
    expect(githubEventsOf(['issues', 'issue_label'])).toEqual(['gitea_issue_label', 'gitea_issues']);
  });
});

describe('gitea normalize', () => {
  it('maps a repository with what mosaic does not write (mirror, allowlists, other hook types, owner teams)', () => {
    const live = normalizeRepository({
      id: '7',
      data: {
        repository: { id: 7, name: 'legacy', description: 'old', private: false, default_branch: 'master', topics: null, website: '', archived: false, has_issues: true, has_wiki: true, has_projects: false, allow_merge_commits: true, allow_squash_merge: false, allow_rebase: true, default_delete_branch_after_merge: false, mirror: true, original_url: 'https://example.test/legacy.git', mirror_interval: '8h0m0s' },
        branch_protections: [
          { rule_name: 'release/*', enable_force_push: true, enable_force_push_allowlist: true, required_approvals: 0, enable_status_check: false, status_check_contexts: ['ignored'] },
          { branch_name: 'master', enable_force_push: true, required_approvals: 1, enable_status_check: true, status_check_contexts: ['ci'] },
        ],
        hooks: [
          { id: 2, type: 'slack', config: { url: 'https://slack.example.test/hook', content_type: 'json' }, events: ['push'], active: true },
          { id: 1, type: 'gitea', config: { url: 'https://a.example.test', content_type: 'form' }, events: ['release'], active: false },
        ],
        collaborators: [{ login: 'zed', permission: 'owner' }, { login: 'amy', permission: 'write' }, { login: 'kim', permission: 'none' }],
        teams: [{ name: 'Owners', permission: 'owner' }, { name: 'ui-made', permission: 'none', units_map: { 'repo.code': 'read' } }],
      },
    });
    expect(live).toEqual({
      id: '7',
      spec: {
        name: 'legacy',
        description: 'old',
        visibility: 'public',
        default_branch: 'master',
        topics: [],
        homepage: '',
        archived: false,
        features: { issues: true, wiki: true, projects: false },
        merge: { merge_commit: true, squash: false, rebase: true, delete_branch_on_merge: false },
        mirror: { url: 'https://example.test/legacy.git', interval: '8h0m0s' },
        branch_protection: {
          master: { required_reviews: 1, dismiss_stale_reviews: false, require_code_owner_reviews: false, required_status_checks: ['ci'], strict_status_checks: false, enforce_admins: false, linear_history: false, allow_force_pushes: true, allow_deletions: false },
          'release/*': { required_reviews: 0, dismiss_stale_reviews: false, require_code_owner_reviews: false, required_status_checks: [], strict_status_checks: false, enforce_admins: false, linear_history: false, allow_force_pushes: false, allow_deletions: false },
        },
        webhooks: [
          { url: 'https://a.example.test', events: ['release'], active: false, content_type: 'form' },
          { url: 'https://slack.example.test/hook', events: ['push'], active: true, content_type: 'json' },
        ],
        collaborators: { amy: 'write', kim: 'read', zed: 'admin' },
        teams: { Owners: 'admin', 'ui-made': 'read' },
      },
    });
  });

  it('refuses what is not a repository record', () => {
    expect(() => normalizeRepository({ id: '1', data: { name: 'x' } })).toThrow(/not a Gitea repository record/);
  });
});
