import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/plan.js';
import { renderPlan } from '../../src/cli/views/render-plan.js';
import { renderPlanMarkdown } from '../../src/cli/views/render-plan-markdown.js';

const plain = new Chalk({ level: 0 });

const plan: Plan = {
  format_version: 1,
  mosaic_version: '0.1.0',
  command: 'apply',
  lineage: 'L',
  serial: 4,
  config_hash: 'h',
  options: { target: [], exclude: [], replace: [] },
  drift: [
    { address: 'repository.api', kind: 'repository', provider: 'local', id: 'api', deleted: false, fields: [{ field: 'description', before: 'API', after: 'edited by hand' }] },
    { address: 'space.old', kind: 'space', provider: 'local', id: 'old', deleted: true, fields: [] },
  ],
  changes: [
    { address: 'issue.t', kind: 'issue', name: 't', provider: 'local', action: 'import', id: 'PLAT-1', reason: 'exists on local but not in state', fields: [], spec: { project: 'p', title: 'T' }, depends_on: ['project.p'] },
    {
      address: 'page.intro',
      kind: 'page',
      name: 'intro',
      provider: 'local',
      action: 'update',
      id: 'eng/intro',
      fields: [{ field: 'content', before: 'one\ntwo\nthree\n', after: 'one\n2\nthree\n' }, { field: 'title', before: 'Intro', after: 'Introduction' }],
      spec: { space: 'eng', slug: 'intro', title: 'Introduction', content: 'one\n2\nthree\n' },
      depends_on: ['space.eng'],
    },
    { address: 'pipeline.ci', kind: 'pipeline', name: 'ci', provider: 'local', action: 'replace', id: 'api:Jenkinsfile', reason: 'path cannot change in place', fields: [{ field: 'path', before: 'Jenkinsfile', after: '.gitlab-ci.yml', forces_replacement: true }], spec: {}, depends_on: [] },
    { address: 'repository.api', kind: 'repository', name: 'api', provider: 'local', action: 'update', id: 'api', fields: [{ field: 'description', before: 'edited by hand', after: 'API' }], spec: { name: 'api', description: 'API' }, depends_on: [] },
    { address: 'repository.new', kind: 'repository', name: 'new', provider: 'local', action: 'create', reason: 'routing.defaults.repository', fields: [{ field: 'name', after: 'new' }, { field: 'topics', after: ['a', 'b'] }], spec: { name: 'new', topics: ['a', 'b'] }, depends_on: [] },
    { address: 'repository.old', kind: 'repository', name: 'old', provider: 'local', action: 'delete', id: 'old', reason: 'no longer in the config', fields: [{ field: 'name', before: 'old' }], depends_on: [] },
    { address: 'repository.same', kind: 'repository', name: 'same', provider: 'local', action: 'no-op', id: 'same', fields: [], spec: { name: 'same' }, depends_on: [] },
  ],
  summary: { create: 1, update: 2, replace: 1, delete: 1, import: 1, no_op: 1, drifted: 2 },
};

describe('renderPlan', () => {
  it('renders drift, every action and the summary like Terraform (reviewed snapshot)', async () => {
    await expect(renderPlan(plan, plain)).toMatchFileSnapshot('__snapshots__/plan.txt');
  });

  it('renders a pull-request comment in Markdown (reviewed snapshot)', async () => {
    await expect(renderPlanMarkdown(plan)).toMatchFileSnapshot('__snapshots__/plan.md');
  });

  it('says there is nothing to do when only no-ops remain', () => {
    expect(renderPlan({ ...plan, drift: [], changes: plan.changes.slice(-1), summary: { ...plan.summary, create: 0, update: 0, replace: 0, delete: 0, import: 0 } }, plain)).toBe(
      'No changes. The live objects match the configuration.\n',
    );
  });
});
