// Pull mirrors (made by migration, interval changed in place, source fixed) and check(): what
// a spec asks that Gitea cannot do.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Spec } from '../../../src/resources/provider-contract.js';
import { fullSpec, startGitea, type GiteaFixture } from './gitea-fixture.js';

describe('gitea pull mirrors', () => {
  let gitea: GiteaFixture;
  beforeEach(async () => {
    gitea = await startGitea();
  });
  afterEach(async () => {
    await gitea.close();
  });

  it('creates a mirror by migration and reads back its source and interval', async () => {
    const spec: Spec = { name: 'upstream', description: 'Mirror of upstream', visibility: 'public', mirror: { url: 'https://git.example.test/upstream.git', interval: '1h0m0s' }, topics: ['mirror'] };
    const created = gitea.handler.normalize(await gitea.handler.create(spec));
    expect(created.spec).toMatchObject(spec);
    expect(gitea.host.emulator.counts()['POST /api/v1/repos/migrate']).toBe(1);
    expect(gitea.host.emulator.counts()['POST /api/v1/orgs/:org/repos']).toBeUndefined();
  });

  it('takes the default interval when none is written, and changes the interval in place', async () => {
    const spec: Spec = { name: 'tracked', mirror: { url: 'https://git.example.test/tracked.git' } };
    const created = gitea.handler.normalize(await gitea.handler.create(spec));
    expect(created.spec['mirror']).toEqual({ url: 'https://git.example.test/tracked.git', interval: '8h0m0s' });
    const next: Spec = { name: 'tracked', mirror: { url: 'https://git.example.test/tracked.git', interval: '30m0s' } };
    const updated = gitea.handler.normalize(await gitea.handler.update(created.id, next, [{ field: 'mirror', before: created.spec['mirror'], after: next['mirror'] }]));
    expect(updated.spec['mirror']).toEqual(next['mirror']);
    expect(updated.id).toBe(created.id);
  });

  it('treats the source as immutable and refuses to change it in place', async () => {
    expect(gitea.handler.immutable).toContain('mirror.url');
    const spec: Spec = { name: 'fixed', mirror: { url: 'https://git.example.test/a.git' } };
    const created = gitea.handler.normalize(await gitea.handler.create(spec));
    const next: Spec = { name: 'fixed', mirror: { url: 'https://git.example.test/b.git' } };
    await expect(gitea.handler.update(created.id, next, [{ field: 'mirror', before: spec['mirror'], after: next['mirror'] }])).rejects.toMatchObject({ code: 'gitea.invalid', message: expect.stringContaining('change the source') as unknown });
  });

  it('does not report mirror on a repository that is not one', async () => {
    const created = gitea.handler.normalize(await gitea.handler.create({ name: 'plain' }));
    expect(created.spec).not.toHaveProperty('mirror');
  });
});

describe('gitea check', () => {
  let gitea: GiteaFixture;
  beforeEach(async () => {
    gitea = await startGitea();
  });
  afterEach(async () => {
    await gitea.close();
  });
  const check = (spec: Spec): readonly string[] => gitea.handler.check?.(spec) ?? [];

  it('finds nothing wrong with a spec Gitea can do whole, and sends no request to say so', () => {
    expect(check(fullSpec('fine'))).toEqual([]);
    expect(check({ name: 'mirror', mirror: { url: 'git://git.example.test/m.git', interval: '0s' } })).toEqual([]);
    expect(gitea.requests()).toBe(0);
  });

  it('names each thing Gitea lacks, one sentence each', () => {
    const problems = check({
      name: 'wishful.git',
      visibility: 'internal',
      topics: ['a'.repeat(36), ...Array.from({ length: 25 }, (_, i) => `t${String(i)}`)],
      branch_protection: { main: { linear_history: true, allow_deletions: true, required_reviews: 1, allow_force_pushes: true } },
      webhooks: [
        { url: 'https://hooks.example.test/x', events: ['push', 'deployment', 'pull_request_review_comment'] },
        { url: 'ssh://hooks.example.test/y' },
      ],
      collaborators: { alice: 'triage' },
      teams: { developers: 'maintain' },
    });
    expect(problems).toEqual([
      expect.stringContaining('name "wishful.git" is reserved'),
      expect.stringContaining('visibility "internal"'),
      expect.stringContaining(`topic "${'a'.repeat(36)}" is longer`),
      expect.stringContaining('26 topics'),
      expect.stringContaining('branch_protection.main.linear_history'),
      expect.stringContaining('branch_protection.main.allow_deletions'),
      expect.stringContaining('branch_protection.main.allow_force_pushes'),
      expect.stringContaining('no event for "deployment"'),
      expect.stringContaining('no event for "pull_request_review_comment"'),
      expect.stringContaining('webhook ssh://hooks.example.test/y: Gitea delivers webhooks over http(s) only'),
      expect.stringContaining('collaborator alice: Gitea has no "triage" permission'),
      expect.stringContaining('team developers: Gitea has no "maintain" permission'),
    ]);
  });

  it('names what Gitea cannot do with a mirror', () => {
    expect(check({ name: 'm', archived: true, mirror: { url: 'ssh://git@example.test/m.git', interval: '8h' } })).toEqual([
      'mirror.url "ssh://git@example.test/m.git": Gitea mirrors only http(s) and git:// sources, not ssh.',
      'mirror.interval "8h": Gitea reports it as "8h0m0s"; write it that way, or every plan shows a change.',
      'archived: Gitea cannot archive a pull mirror.',
    ]);
    expect(check({ name: 'm', mirror: { url: 'https://example.test/m.git', interval: '5m0s' } })).toEqual([
      'mirror.interval "5m0s" is below Gitea\'s minimum of 10m0s (0s switches syncing off).',
    ]);
  });
});
