// The github provider's repository kind through Octokit against the emulator: create with
// every field and read it back equal, update each field, ownership of list settings, and
// what GitHub cannot do (check).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError, type Spec } from '../../../src/resources/provider-contract.js';
import { startGithubFixture, type GithubFixture } from './github-fixture.js';

const protection = {
  required_reviews: 1,
  dismiss_stale_reviews: false,
  require_code_owner_reviews: true,
  required_status_checks: ['ci/build'],
  strict_status_checks: true,
  enforce_admins: false,
  linear_history: true,
  allow_force_pushes: false,
  allow_deletions: false,
};

const fullSpec = {
  name: 'full',
  description: 'Every field mosaic manages',
  visibility: 'private',
  default_branch: 'main',
  topics: ['api', 'mosaic'],
  homepage: 'https://full.example',
  archived: false,
  features: { issues: true, wiki: false, projects: false },
  merge: { merge_commit: false, squash: true, rebase: false, delete_branch_on_merge: true },
  branch_protection: { main: protection },
  webhooks: [
    { url: 'https://chat.example.com/hook', events: ['issues'], active: false, content_type: 'form' },
    { url: 'https://ci.example.com/hook', events: ['push', 'pull_request'], active: true, content_type: 'json', secret: 'hook-s3cret' },
  ],
  collaborators: { octocat: 'write', 'outside-contributor': 'read' },
  teams: { developers: 'maintain' },
};

/** What the provider reads back: the spec without webhook secrets (GitHub never returns them). */
function withoutSecrets(spec: Spec): Spec {
  const webhooks = spec['webhooks'];
  if (!Array.isArray(webhooks)) return spec;
  return { ...spec, webhooks: (webhooks as Record<string, unknown>[]).map(({ secret: _secret, ...hook }) => hook) };
}

describe('github repository', () => {
  let f: GithubFixture;
  beforeAll(async () => {
    f = await startGithubFixture();
  });
  afterAll(() => f.close());

  const read = async (id: string): Promise<Spec> => {
    const raw = await f.repositories.read(id);
    if (!raw) throw new Error(`${id} is gone`);
    return f.repositories.normalize(raw).spec;
  };

  it('creates a repository with every field and reads it back as it was applied', async () => {
    const created = await f.repositories.create(fullSpec);
    expect(created.id).toBe('full');
    expect(f.repositories.normalize(created).spec).toEqual(withoutSecrets(fullSpec));
    expect(await read('full')).toEqual(withoutSecrets(fullSpec));
    // The secret went to GitHub, and nothing the provider returns carries it.
    expect(f.hosted.store.repo('full')?.hooks.find((h) => h.config.url === 'https://ci.example.com/hook')?.config.secret).toBe('hook-s3cret');
    expect(JSON.stringify(created)).not.toContain('hook-s3cret');
    // outside-contributor is not a member: GitHub invited them, and the invitation counts.
    expect(f.hosted.store.repo('full')?.invitations.map((i) => i.login)).toEqual(['outside-contributor']);
  });

  const updates: [string, unknown][] = [
    ['description', 'A new description'],
    ['description', ''],
    ['visibility', 'public'],
    ['visibility', 'internal'],
    ['default_branch', 'trunk'],
    ['topics', ['mosaic', 'platform']],
    ['homepage', 'https://new.example'],
    ['features', { issues: false, wiki: true, projects: true }],
    ['merge', { merge_commit: true, squash: false, rebase: true, delete_branch_on_merge: false }],
    ['branch_protection', { main: { ...protection, required_reviews: 3, dismiss_stale_reviews: true, required_status_checks: ['ci/build', 'ci/lint'], enforce_admins: true, allow_deletions: true }, release: { ...protection, required_reviews: 0, require_code_owner_reviews: false, required_status_checks: [], strict_status_checks: false } }],
    ['webhooks', [{ url: 'https://ci.example.com/hook', events: ['push'], active: false, content_type: 'form', secret: 'rotated' }, { url: 'https://deploy.example.com/hook', events: ['release', 'push'], active: true, content_type: 'json' }]],
    ['collaborators', { octocat: 'admin', hubot: 'triage', 'outside-contributor': 'maintain' }],
    ['teams', { developers: 'write', security: 'read' }],
    ['archived', true],
    ['description', 'Changed while archived'],
    ['archived', false],
  ];
  let current: Record<string, unknown> = { ...fullSpec };
  for (const [field, value] of updates) {
    it(`updates ${field} to ${JSON.stringify(value)}`, async () => {
      const before = current[field];
      current = { ...current, [field]: value, ownership: { webhooks: 'exclusive', collaborators: 'exclusive', teams: 'exclusive' } };
      const updated = await f.repositories.update('full', current, [{ field, before, after: value }]);
      const expected = withoutSecrets(current)[field];
      expect(f.repositories.normalize(updated).spec[field]).toEqual(expected);
      expect((await read('full'))[field]).toEqual(expected);
    });
  }

  it('keeps a repository archived when another field changes, and sends rotated secrets', () => {
    const repo = f.hosted.store.repo('full');
    expect(repo?.archived).toBe(false);
    expect(repo?.description).toBe('Changed while archived');
    expect(repo?.hooks.find((h) => h.config.url === 'https://ci.example.com/hook')?.config.secret).toBe('rotated');
    expect(repo?.branches.has('release')).toBe(true);
  });

  it('renames a repository and answers with the new id', async () => {
    const renamed = await f.repositories.update('full', { name: 'full-renamed' }, [{ field: 'name', before: 'full', after: 'full-renamed' }]);
    expect(renamed.id).toBe('full-renamed');
    expect(await f.repositories.read('full')).toBeUndefined();
    expect((await read('full-renamed'))['name']).toBe('full-renamed');
    expect(f.repositories.naturalKey({ name: 'Full-Renamed' })).toBe('full-renamed');
  });

  it('makes no request for an update without changes beyond reading the result', async () => {
    f.hosted.emulator.resetCounts();
    await f.repositories.update('full-renamed', { description: 'Changed while archived' }, []);
    expect(Object.keys(f.hosted.emulator.counts())).toEqual(['GET /repos/:owner/:repo']);
  });

  it('leaves live members alone under additive ownership and removes them under exclusive', async () => {
    await f.repositories.create({ name: 'owned', topics: ['live'], webhooks: [{ url: 'https://live.example/hook' }], collaborators: { monalisa: 'read', 'outside-contributor': 'read' }, teams: { docs: 'read' } });
    const additive = {
      name: 'owned',
      topics: ['config'],
      webhooks: [{ url: 'https://config.example/hook', events: ['push'], active: true, content_type: 'json' }],
      collaborators: { hubot: 'write' },
      teams: { developers: 'write' },
      ownership: { topics: 'additive', webhooks: 'additive', collaborators: 'additive', teams: 'additive' },
    };
    const fields = ['topics', 'webhooks', 'collaborators', 'teams'].map((field) => ({ field }));
    const kept = f.repositories.normalize(await f.repositories.update('owned', additive, fields)).spec;
    expect(kept['topics']).toEqual(['config', 'live']);
    expect((kept['webhooks'] as { url: string }[]).map((h) => h.url)).toEqual(['https://config.example/hook', 'https://live.example/hook']);
    expect(kept['collaborators']).toEqual({ hubot: 'write', monalisa: 'read', 'outside-contributor': 'read' });
    expect(kept['teams']).toEqual({ developers: 'write', docs: 'read' });

    const exclusive = { ...additive, ownership: { topics: 'exclusive', webhooks: 'exclusive', collaborators: 'exclusive', teams: 'exclusive' } };
    const owned = f.repositories.normalize(await f.repositories.update('owned', exclusive, [...fields, { field: 'ownership' }])).spec;
    expect(owned['topics']).toEqual(['config']);
    expect(owned['webhooks']).toEqual(additive.webhooks);
    expect(owned['collaborators']).toEqual({ hubot: 'write' });
    expect(owned['teams']).toEqual({ developers: 'write' });
    expect(f.hosted.store.repo('owned')?.invitations).toEqual([]);
  });

  it('defaults to exclusive topics and webhooks, additive collaborators and teams', async () => {
    await f.repositories.create({ name: 'defaults', topics: ['old'], webhooks: [{ url: 'https://old.example/hook' }], collaborators: { monalisa: 'read' }, teams: { docs: 'read' } });
    const spec = { name: 'defaults', topics: ['new'], webhooks: [{ url: 'https://new.example/hook' }], collaborators: { hubot: 'read' }, teams: { security: 'read' } };
    const live = f.repositories.normalize(await f.repositories.update('defaults', spec, ['topics', 'webhooks', 'collaborators', 'teams'].map((field) => ({ field })))).spec;
    expect(live['topics']).toEqual(['new']);
    expect((live['webhooks'] as { url: string }[]).map((h) => h.url)).toEqual(['https://new.example/hook']);
    expect(live['collaborators']).toEqual({ hubot: 'read', monalisa: 'read' });
    expect(live['teams']).toEqual({ docs: 'read', security: 'read' });
  });

  it('reports GitHub’s refusals as ProviderErrors with the API’s words', async () => {
    const conflict = await f.repositories.create({ name: 'DEFAULTS' }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ProviderError);
    expect(conflict).toMatchObject({ code: 'github.conflict' });
    expect((conflict as Error).message).toContain('name already exists on this account');
    const invalid = await f.repositories.update('defaults', { topics: ['Not A Topic'] }, [{ field: 'topics' }]).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ code: 'github.invalid' });
    expect((invalid as Error).message).toContain('Topics must start with a lowercase letter');
    const missing = await f.repositories.update('never-was', { description: 'x' }, [{ field: 'description' }]).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'github.not-found' });
    const stranger = await f.repositories.update('defaults', { collaborators: { 'no-such-user': 'read' } }, [{ field: 'collaborators' }]).catch((e: unknown) => e);
    expect(stranger).toMatchObject({ code: 'github.not-found' });
    expect((stranger as Error).message).toContain('the collaborator "no-such-user" does not exist on GitHub');
    const noTeam = await f.repositories.update('defaults', { teams: { 'no-such-team': 'read' } }, [{ field: 'teams' }]).catch((e: unknown) => e);
    expect((noTeam as Error).message).toContain('the team "no-such-team" does not exist on GitHub');
  });

  it('says what GitHub cannot do', () => {
    const problems = f.repositories.check?.({
      name: 'odd',
      mirror: { url: 'https://example.com/upstream.git' },
      branch_protection: { main: { required_reviews: 8 } },
      webhooks: [{ url: 'ssh://hooks.example.com/x', events: ['push', 'merge_request'] }],
    });
    expect(problems).toEqual([
      'GitHub has no pull mirrors: remove `mirror`, or place this repository on a provider that has them (Gitea).',
      'Branch "main": GitHub requires at most 6 approving reviews, not 8.',
      'Webhook ssh://hooks.example.com/x: GitHub delivers webhooks over http(s) only.',
      'Webhook ssh://hooks.example.com/x: GitHub has no repository webhook event "merge_request".',
    ]);
    expect(f.repositories.check?.(fullSpec)).toEqual([]);
  });

  it('deletes a repository, and a second delete is no error', async () => {
    await f.repositories.delete('defaults');
    expect(await f.repositories.read('defaults')).toBeUndefined();
    await expect(f.repositories.delete('defaults')).resolves.toBeUndefined();
  });
});

describe('github repository of a user account', () => {
  let f: GithubFixture;
  beforeAll(async () => {
    f = await startGithubFixture({ ownerType: 'user', owner: 'mona' });
  });
  afterAll(() => f.close());

  it('creates and lists the user’s repositories', async () => {
    f.hosted.seedRepositories(['dotfiles']);
    const created = await f.repositories.create({ name: 'notes', visibility: 'private', topics: ['notes'] });
    expect(f.repositories.normalize(created).spec).toMatchObject({ name: 'notes', visibility: 'private', topics: ['notes'] });
    const listed = await f.repositories.list({ details: new Map() });
    expect(listed.map((raw) => raw.id).sort()).toEqual(['dotfiles', 'notes']);
    const updated = await f.repositories.update('notes', { visibility: 'public' }, [{ field: 'visibility' }]);
    expect(f.repositories.normalize(updated).spec['visibility']).toBe('public');
  });

  it('rejects teams and internal visibility for a user account', () => {
    expect(f.repositories.check?.({ name: 'x', visibility: 'internal', teams: { developers: 'read' } })).toEqual([
      '`visibility: internal` needs an organization on GitHub Enterprise; a user account has only public and private repositories.',
      'A user account has no teams: remove `teams`, or set `owner_type: organization` on the provider.',
    ]);
  });
});
