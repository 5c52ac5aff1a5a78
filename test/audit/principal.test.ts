import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { resolvePrincipal } from '../../src/audit/principal.js';

describe('resolvePrincipal', () => {
  const ci = {
    GITHUB_ACTOR: 'gh-user',
    GITLAB_USER_LOGIN: 'gl-user',
    CI_COMMIT_AUTHOR: 'wp-user',
    BUILD_USER_ID: 'jenkins-user',
    BITBUCKET_STEP_TRIGGERER_UUID: '{bb-uuid}',
  };

  it('prefers --as, then MOSAIC_PRINCIPAL, then the CI actors in order, then the OS user', () => {
    expect(resolvePrincipal({ as: 'cli', env: { MOSAIC_PRINCIPAL: 'env', ...ci } })).toBe('cli');
    expect(resolvePrincipal({ env: { MOSAIC_PRINCIPAL: 'env', ...ci } })).toBe('env');
    expect(resolvePrincipal({ env: { ...ci } })).toBe('gh-user');
    expect(resolvePrincipal({ env: { ...ci, GITHUB_ACTOR: undefined } })).toBe('gl-user');
    expect(resolvePrincipal({ env: { CI_COMMIT_AUTHOR: 'wp-user', BUILD_USER_ID: 'jenkins-user' } })).toBe('wp-user');
    expect(resolvePrincipal({ env: { BUILD_USER_ID: 'jenkins-user', BITBUCKET_STEP_TRIGGERER_UUID: '{bb}' } })).toBe('jenkins-user');
    expect(resolvePrincipal({ env: { BITBUCKET_STEP_TRIGGERER_UUID: '{bb}' } })).toBe('{bb}');
    expect(resolvePrincipal({ env: {} })).toBe(userInfo().username);
  });

  it('skips empty values', () => {
    expect(resolvePrincipal({ as: '', env: { MOSAIC_PRINCIPAL: '  ', GITHUB_ACTOR: 'gh-user' } })).toBe('gh-user');
  });
});
