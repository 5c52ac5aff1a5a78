// Values taken from the environment for provider settings never reach output, plan files,
// state, the journal or the audit trail.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-harness.js';
import { tempProject } from './temp-project.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('secrets', () => {
  it('keeps a provider setting from ${env:…} out of every output and file mosaic writes', async () => {
    const marker = 'sEcReT-9f3b2c';
    const dir = tempProject({
      'mosaic.yaml': 'version: 1\nproviders:\n  local: { type: local, root: "${env:MOSAIC_E2E_ROOT}" }\nresources:\n  repository:\n    api: { description: x }\n',
    });
    const env = { MOSAIC_E2E_ROOT: `data-${marker}` };
    const outputs = [
      await runCli(['plan', '--out', 'plan.json'], { cwd: dir, env }),
      await runCli(['plan', '--json'], { cwd: dir, env }),
      await runCli(['apply', '--auto-approve'], { cwd: dir, env }),
      await runCli(['drift', '--json'], { cwd: dir, env }),
      await runCli(['state', 'show', 'repository.api', '--json'], { cwd: dir, env }),
      await runCli(['audit', 'log', '--json'], { cwd: dir, env }),
    ];
    for (const o of outputs) expect(`${o.stdout}${o.stderr}`).not.toContain(marker);
    const written = [join(dir, 'plan.json'), ...filesUnder(join(dir, 'state'))];
    expect(written.length).toBeGreaterThanOrEqual(3);
    for (const file of written) expect(readFileSync(file, 'utf8'), file).not.toContain(marker);
  });
});
