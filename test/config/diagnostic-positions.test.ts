// Table-driven: each case is inline YAML and the one diagnostic it must produce, with the
// exact code, line and column (and hint where the wording matters).
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createFakePluginCatalog } from './fake-plugin-catalog.js';
import { writeTempConfig } from './temp-config.js';

interface Case {
  readonly name: string;
  readonly yaml: string;
  readonly code: string;
  readonly line: number;
  readonly column: number;
  readonly summary?: string;
  readonly hint?: string;
}

const repo = (body: string): string => `version: 1\nresources:\n  repository:\n    api:\n${body}`;

const cases: readonly Case[] = [
  {
    name: 'unknown field, did you mean',
    yaml: repo('      descriptin: x\n'),
    code: 'config.unknown-field',
    line: 5,
    column: 7,
    summary: 'unknown field "descriptin" in repository',
    hint: 'Did you mean "description"?',
  },
  {
    name: 'unknown field, nothing close',
    yaml: repo('      colour: red\n'),
    code: 'config.unknown-field',
    line: 5,
    column: 7,
    hint: 'Allowed fields: provider, labels, tenant, lifecycle, name, description, default_branch, visibility, topics, homepage, archived, features, merge, branch_protection, webhooks, collaborators, teams, mirror, ownership.',
  },
  { name: 'unknown resource kind', yaml: 'version: 1\nresources:\n  repositories: {}\n', code: 'config.unknown-field', line: 3, column: 3, hint: 'Did you mean "repository"?' },
  { name: 'unknown top-level key', yaml: 'version: 1\nprovider: {}\n', code: 'config.unknown-field', line: 2, column: 1, hint: 'Did you mean "providers"?' },
  {
    name: 'wrong type',
    yaml: repo('      archived: "yes"\n'),
    code: 'config.wrong-type',
    line: 5,
    column: 17,
    summary: 'field "archived" must be a boolean, got string',
  },
  {
    name: 'enum with did you mean',
    yaml: repo('      visibility: publc\n'),
    code: 'config.wrong-type',
    line: 5,
    column: 19,
    summary: 'field "visibility" must be one of: private, internal, public',
    hint: 'Did you mean "public"?',
  },
  {
    name: 'missing field points at the mapping',
    yaml: 'version: 1\nresources:\n  repository:\n    api: {}\n  pipeline:\n    ci:\n      repository: api\n      engine: jenkins\n',
    code: 'config.missing-field',
    line: 7,
    column: 7,
    summary: 'pipeline "ci" is missing required field "content"',
  },
  { name: 'missing field in a flow mapping', yaml: 'version: 1\nresources:\n  page:\n    intro: {title: Intro}\n', code: 'config.missing-field', line: 4, column: 12 },
  { name: 'yaml syntax', yaml: 'version: 1\nresources:\n  repository:\n    api: [a, b\n', code: 'config.yaml-syntax', line: 5, column: 1 },
  { name: 'duplicate key', yaml: 'version: 1\nversion: 1\n', code: 'config.yaml-syntax', line: 2, column: 1 },
  {
    name: 'unknown provider',
    yaml: 'version: 1\nproviders:\n  main: {type: local}\nresources:\n  repository:\n    api:\n      provider: mian\n',
    code: 'config.unknown-provider',
    line: 7,
    column: 17,
    hint: 'Did you mean "main"?',
  },
  {
    name: 'unknown provider type',
    yaml: 'version: 1\nproviders:\n  main:\n    type: gitub\n',
    code: 'config.unknown-provider-type',
    line: 4,
    column: 11,
    hint: 'Known provider types: docsonly, local.',
  },
  {
    name: 'provider settings',
    yaml: 'version: 1\nproviders:\n  main:\n    type: local\n    rot: /x\n',
    code: 'config.provider-settings',
    line: 5,
    column: 5,
    hint: 'Did you mean "root"?',
  },
  {
    name: 'unsupported kind',
    yaml: 'version: 1\nproviders:\n  docs:\n    type: docsonly\nresources:\n  repository:\n    api: {provider: docs}\n',
    code: 'config.unsupported-kind',
    line: 7,
    column: 21,
    summary: 'provider "docs" (type docsonly) cannot manage repository resources',
  },
  {
    name: 'dangling reference',
    yaml: 'version: 1\nresources:\n  project:\n    plat: {}\n  issue:\n    bug:\n      title: Bug\n      project: plta\n',
    code: 'config.dangling-reference',
    line: 8,
    column: 16,
    hint: 'Did you mean "plat"?',
  },
  {
    name: 'reference cycle',
    yaml: 'version: 1\nresources:\n  space:\n    s: {}\n  page:\n    b: {space: s, title: B, parent: a}\n    a: {space: s, title: A, parent: b}\n',
    code: 'config.reference-cycle',
    line: 7,
    column: 37,
    summary: 'page parents form a cycle: page.a → page.b → page.a',
  },
  {
    name: 'unset env in an embedded reference',
    yaml: repo('      description: "team-${env:MOSAIC_NOT_SET}-api"\n'),
    code: 'config.unset-env',
    line: 5,
    column: 20,
    hint: 'Set MOSAIC_NOT_SET in the environment, e.g. export MOSAIC_NOT_SET=…',
  },
  {
    name: 'unknown ignore_changes field',
    yaml: repo('      lifecycle: {ignore_changes: [archived, descripton]}\n'),
    code: 'config.unknown-ignore-field',
    line: 5,
    column: 46,
    hint: 'Did you mean "description"?',
  },
  { name: 'version', yaml: 'version: "1"\n', code: 'config.wrong-type', line: 1, column: 10, summary: 'field "version" must be an integer, got string' },
];

describe('diagnostic positions', () => {
  test.each(cases)('$name', async (c) => {
    const dir = writeTempConfig({ 'mosaic.yaml': c.yaml });
    const result = await loadConfig(join(dir, 'mosaic.yaml'), { cwd: process.cwd(), env: {}, plugins: createFakePluginCatalog() });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect({ code: d?.code, line: d?.range?.line, column: d?.range?.column }).toEqual({ code: c.code, line: c.line, column: c.column });
    expect(d?.range?.file).toBe(join(dir, 'mosaic.yaml'));
    if (c.summary !== undefined) expect(d?.summary).toBe(c.summary);
    if (c.hint !== undefined) expect(d?.hint).toContain(c.hint);
  });
});
