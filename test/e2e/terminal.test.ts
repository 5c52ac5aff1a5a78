// On a terminal: apply asks, and only "yes" approves; output is coloured unless NO_COLOR.
// util-linux `script` gives the CLI a pseudo-terminal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, cliPath } from './run-cli.js';
import { tempProject } from './temp-project.js';

function onTerminal(command: string, cwd: string, input: string, env: Record<string, string> = {}) {
  const r = spawnSync('script', ['-qec', `${process.execPath} ${cliPath} ${command}`, '/dev/null'], { cwd, input, encoding: 'utf8', env: cleanEnv(env), timeout: 60_000 });
  return { code: r.status ?? -1, out: r.stdout };
}

const yaml = 'version: 1\nproviders:\n  local: { type: local, root: data }\nresources:\n  repository:\n    api: { description: x }\n';

describe('apply on a terminal', () => {
  it('asks for approval and does nothing unless the answer is yes', () => {
    const dir = tempProject({ 'mosaic.yaml': yaml });
    const declined = onTerminal('apply', dir, 'no\n');
    expect(declined.out).toContain('Do you want to perform these actions?');
    expect(declined.out).toContain('Apply cancelled.');
    expect(declined.code).toBe(1);
    expect(existsSync(join(dir, 'data', 'repositories', 'api.git'))).toBe(false);

    const approved = onTerminal('apply', dir, 'yes\n');
    expect(approved.code).toBe(0);
    expect(approved.out).toContain('Apply complete!');
    expect(existsSync(join(dir, 'data', 'repositories', 'api.git'))).toBe(true);
  });

  it('colours output on a terminal, and not with NO_COLOR', () => {
    const dir = tempProject({ 'mosaic.yaml': yaml });
    expect(onTerminal('plan', dir, '').out).toContain('\u001b[');
    expect(onTerminal('plan', dir, '', { NO_COLOR: '1' }).out).not.toContain('\u001b[3');
  });
});
