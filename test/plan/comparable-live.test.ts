import { describe, expect, it } from 'vitest';
import { comparableDesired, comparableLive } from '../../src/plan/comparable-live.js';
import { compareSpecs } from '../../src/plan/compare-specs.js';
import { maskSecrets, revealSecrets, secretHash } from '../../src/plan/mask-secrets.js';

const diff = (live: Record<string, unknown>, desired: Record<string, unknown>, recorded?: Record<string, unknown>) => {
  const wanted = comparableDesired('repository', desired);
  return compareSpecs(Object.keys(wanted), comparableLive('repository', live, wanted, recorded), wanted);
};

describe('comparing a live repository with the config', () => {
  it('leaves out live collaborators an additive list does not own, and shows them when exclusive', () => {
    const live = { collaborators: { alice: 'write', mallory: 'admin' } };
    expect(diff(live, { collaborators: { alice: 'write' } })).toEqual([]);
    expect(diff(live, { collaborators: { alice: 'write' }, ownership: { collaborators: 'exclusive' } })).toEqual([
      { field: 'collaborators', before: { alice: 'write', mallory: 'admin' }, after: { alice: 'write' } },
    ]);
  });

  it('matches collaborators and teams without case, as the hosts do', () => {
    expect(diff({ collaborators: { octocat: 'write' }, teams: { Platform: 'read' } }, { collaborators: { OctoCat: 'write' }, teams: { platform: 'read' } })).toEqual([]);
    expect(diff({ collaborators: { octocat: 'read' } }, { collaborators: { OctoCat: 'write' } })).toEqual([
      { field: 'collaborators', before: { OctoCat: 'read' }, after: { OctoCat: 'write' } },
    ]);
  });

  it('treats topics as exclusive by default and additive on request', () => {
    expect(diff({ topics: ['b', 'a', 'x'] }, { topics: ['a', 'b'] })).toHaveLength(1);
    expect(diff({ topics: ['b', 'a', 'x'] }, { topics: ['a', 'b'], ownership: { topics: 'additive' } })).toEqual([]);
  });

  it('compares webhooks by url, whatever their order, and only the keys the config writes', () => {
    const live = {
      webhooks: [
        { url: 'https://b.example/hook', events: ['push', 'issues'], active: true, content_type: 'json' },
        { url: 'https://a.example/hook', events: ['push'], active: true, content_type: 'json' },
      ],
    };
    expect(diff(live, { webhooks: [{ url: 'https://a.example/hook', events: ['push'] }, { url: 'https://b.example/hook', events: ['issues', 'push'] }] })).toEqual([]);
    expect(diff(live, { webhooks: [{ url: 'https://a.example/hook' }] })).toHaveLength(1); // exclusive: b is removed
  });

  it('compares nested settings only where the config writes them', () => {
    const live = { features: { issues: true, wiki: false, projects: true }, branch_protection: { main: { required_reviews: 1, enforce_admins: false }, dev: { required_reviews: 0 } } };
    expect(diff(live, { features: { issues: true }, branch_protection: { main: { required_reviews: 1 } } })).toEqual([]);
    expect(diff(live, { branch_protection: { main: { required_reviews: 2 } } })).toEqual([
      { field: 'branch_protection', before: { main: { required_reviews: 1 } }, after: { main: { required_reviews: 2 } } },
    ]);
  });

  it('takes a webhook secret the API does not return from state, so only a changed secret is a change', () => {
    const desired = maskSecrets('repository', { webhooks: [{ url: 'https://a.example/hook', secret: 's3cret' }] });
    const live = { webhooks: [{ url: 'https://a.example/hook' }] };
    expect(diff(live, desired, desired)).toEqual([]);
    const rotated = maskSecrets('repository', { webhooks: [{ url: 'https://a.example/hook', secret: 'rotated' }] });
    expect(diff(live, rotated, desired)).toHaveLength(1);
    // Never applied (an import): the secret is set once.
    expect(diff(live, desired, undefined)).toHaveLength(1);
  });

  it('never compares ownership itself, which no API reports', () => {
    expect(diff({ topics: ['a'] }, { topics: ['a'], ownership: { topics: 'additive' } })).toEqual([]);
  });
});

describe('secrets in specs', () => {
  it('masks webhook secrets as SHA-256 and reveals them from the config', () => {
    const plain = { name: 'api', webhooks: [{ url: 'https://a.example', secret: 'hunter2' }, { url: 'https://b.example' }] };
    const masked = maskSecrets('repository', plain);
    expect(JSON.stringify(masked)).not.toContain('hunter2');
    expect(masked).toEqual({ name: 'api', webhooks: [{ url: 'https://a.example', secret: secretHash('hunter2') }, { url: 'https://b.example' }] });
    expect(maskSecrets('repository', masked)).toEqual(masked);
    expect(revealSecrets('repository', masked, plain)).toEqual(plain);
    expect(maskSecrets('project', { key: 'x' })).toEqual({ key: 'x' });
  });
});
