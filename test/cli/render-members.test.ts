import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/plan.js';
import { renderPlan } from '../../src/cli/views/render-plan.js';
import { secretHash } from '../../src/plan/mask-secrets.js';

const plain = new Chalk({ level: 0 });

const planWith = (fields: Plan['changes'][number]['fields'], requests?: Plan['requests']): Plan => ({
  format_version: 1,
  mosaic_version: '0',
  command: 'apply',
  lineage: 'L',
  serial: 1,
  config_hash: 'h',
  options: { target: [], exclude: [], replace: [] },
  drift: [],
  changes: [{ address: 'repository.api', kind: 'repository', name: 'api', provider: 'github', action: 'update', id: '1', fields, depends_on: [], spec: {} }],
  summary: { create: 0, update: 1, replace: 0, delete: 0, import: 0, no_op: 0, drifted: 0 },
  ...(requests ? { requests } : {}),
});

describe('plan output for list-valued settings', () => {
  it('shows each member added, removed or changed, and who owns the list', () => {
    const text = renderPlan(
      planWith([
        { field: 'collaborators', before: { alice: 'read', bob: 'write' }, after: { alice: 'admin', carol: 'write' }, ownership: 'exclusive' },
        { field: 'topics', before: ['api', 'old'], after: ['api', 'new'], ownership: 'exclusive' },
      ]),
      plain,
    );
    expect(text).toContain('~ collaborators  # exclusive: live members not in the config are removed');
    expect(text).toContain('~ alice = "read" -> "admin"');
    expect(text).toContain('- bob   = "write"');
    expect(text).toContain('+ carol = "write"');
    expect(text).toContain('+ "new"');
    expect(text).toContain('- "old"');
    expect(text).not.toMatch(/[-+~] "api"/);
  });

  it('prints webhook secrets as (sensitive), never their hash', () => {
    const text = renderPlan(
      planWith([
        {
          field: 'webhooks',
          before: [{ url: 'https://a.example', secret: secretHash('one') }],
          after: [{ url: 'https://a.example', secret: secretHash('two') }, { url: 'https://b.example', events: ['push'] }],
          ownership: 'additive',
          sensitive: true,
        },
      ]),
      plain,
    );
    expect(text).toContain('# additive: live members not in the config are left alone');
    expect(text).toContain('~ https://a.example = { secret = (sensitive) } -> { secret = (sensitive) }');
    expect(text).toContain('+ https://b.example = { events = ["push"] }');
    expect(text).not.toContain('sha256:');
  });

  it('reports what refresh cost per provider', () => {
    const text = renderPlan(planWith([], { github: { requests: 1012, not_modified: 1000, rate_limited: 12, retries: 1, rate_limit: { remaining: 4988, limit: 5000 } } }), plain);
    expect(text).toContain('Refresh of github: 1,012 requests, 1,000 answered 304 Not Modified from the cache, 12 counted against the rate limit, 1 retried (4,988 of 5,000 left).');
  });
});
