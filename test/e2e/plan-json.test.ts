// `mosaic plan --json` and saved plan files follow schemas/plan.schema.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';
import { projectRoot, tempProject } from './temp-project.js';

const yaml = `version: 1
providers:
  local: { type: local, root: data }
resources:
  repository:
    api: { description: API, topics: [a] }
  space:
    docs: {}
  page:
    home: { space: docs, title: Home, content: "hello\\n" }
`;

describe('plan JSON', () => {
  it('validates against schemas/plan.schema.json, before and after apply, with drift', async () => {
    const ajv = new Ajv({ allErrors: true });
    ajv.addKeyword('tsType');
    const validate = ajv.compile(JSON.parse(readFileSync(join(projectRoot, 'schemas', 'plan.schema.json'), 'utf8')) as object);
    const dir = tempProject({ 'mosaic.yaml': yaml });
    const check = (text: string) => {
      const plan: unknown = JSON.parse(text);
      expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
      return plan as { summary: Record<string, number>; drift: unknown[] };
    };
    expect(check((await runCli(['plan', '--json'], { cwd: dir })).stdout).summary.create).toBe(3);
    expect((await runCli(['apply', '--auto-approve'], { cwd: dir })).code).toBe(0);
    const page = join(dir, 'data', 'spaces', 'docs', 'home.md');
    const edited = readFileSync(page, 'utf8').replace('hello', 'changed by hand');
    writeFileSync(page, edited);
    const drifted = check((await runCli(['plan', '--json'], { cwd: dir })).stdout);
    expect(drifted.summary).toMatchObject({ update: 1, drifted: 1 });
    expect((await runCli(['plan', '--out', 'p.json'], { cwd: dir })).code).toBe(0);
    check(readFileSync(join(dir, 'p.json'), 'utf8'));
  });
});
