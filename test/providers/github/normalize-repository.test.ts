// normalize in mosaic's words: permissions mapped both ways (push is write), custom roles by
// their strongest base permission, pending invitations as access, sorted keys and hooks, and
// GitHub's nulls as mosaic's empty values.
import { describe, expect, it } from 'vitest';
import { normalizeRepository } from '../../../providers/github/normalize-repository.js';
import { toGithubPermission, toMosaicPermission } from '../../../providers/github/permissions.js';
import type { RepositoryRecord } from '../../../providers/github/repository-record.js';

const base: RepositoryRecord = {
  name: 'api',
  description: null,
  homepage: null,
  visibility: 'internal',
  default_branch: 'main',
  topics: ['zeta', 'alpha'],
  archived: false,
  has_issues: true,
  has_wiki: false,
  has_projects: true,
};

describe('github normalize', () => {
  it('maps permission names both ways', () => {
    expect(['read', 'triage', 'write', 'maintain', 'admin'].map((p) => toGithubPermission(p as never))).toEqual(['pull', 'triage', 'push', 'maintain', 'admin']);
    expect(['pull', 'triage', 'push', 'maintain', 'admin', 'read', 'write'].map((p) => toMosaicPermission(p))).toEqual(['read', 'triage', 'write', 'maintain', 'admin', 'read', 'write']);
    expect(toMosaicPermission('release-manager', { pull: true, triage: true, push: true, maintain: false, admin: false })).toBe('write');
    expect(toMosaicPermission('nothing', {})).toBeUndefined();
  });

  it('gives a shallow repository in mosaic’s words, with GitHub’s nulls as empty strings', () => {
    expect(normalizeRepository({ id: 'api', data: base })).toEqual({
      id: 'api',
      spec: {
        name: 'api',
        description: '',
        default_branch: 'main',
        visibility: 'internal',
        topics: ['alpha', 'zeta'],
        homepage: '',
        archived: false,
        features: { issues: true, wiki: false, projects: true },
      },
    });
  });

  it('orders members and hooks, counts invitations, and reports unprotected branches as absent', () => {
    const record: RepositoryRecord = {
      ...base,
      branch_protection: { main: { required_status_checks: null, enforce_admins: true, required_pull_request_reviews: null, required_linear_history: false, allow_force_pushes: true, allow_deletions: false }, dev: null },
      hooks: [
        { id: 2, active: true, events: ['push'], config: { url: 'https://z.example/hook', content_type: 'form', insecure_ssl: '0', has_secret: true } },
        { id: 1, active: false, events: ['issues', 'push'], config: { url: 'https://a.example/hook', content_type: 'json', insecure_ssl: '0', has_secret: false } },
        { id: 3, active: true, events: ['release'], config: { url: 'https://a.example/hook', content_type: 'json', insecure_ssl: '0', has_secret: false } },
      ],
      collaborators: [
        { login: 'zed', role_name: 'write', permissions: { pull: true, push: true } },
        { login: 'amy', role_name: 'triage', invitation_id: 7 },
        { login: 'zed', role_name: 'admin', invitation_id: 8 },
      ],
      teams: [{ slug: 'web', permission: 'push' }, { slug: 'api', permission: 'pull' }],
    };
    const spec = normalizeRepository({ id: 'api', data: record }).spec;
    expect(spec['branch_protection']).toEqual({
      main: { required_reviews: 0, dismiss_stale_reviews: false, require_code_owner_reviews: false, required_status_checks: [], strict_status_checks: false, enforce_admins: true, linear_history: false, allow_force_pushes: true, allow_deletions: false },
    });
    expect(spec['webhooks']).toEqual([
      { url: 'https://a.example/hook', events: ['issues', 'push'], active: false, content_type: 'json' },
      { url: 'https://z.example/hook', events: ['push'], active: true, content_type: 'form' },
    ]);
    expect(Object.entries(spec['collaborators'] as object)).toEqual([['amy', 'triage'], ['zed', 'write']]);
    expect(Object.entries(spec['teams'] as object)).toEqual([['api', 'read'], ['web', 'write']]);
    expect(JSON.stringify(spec)).not.toContain('secret');
  });
});
