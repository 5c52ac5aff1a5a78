// mosaic init: writes a starter config that applies as-is on the embedded local provider.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DiagnosticError, errorDiagnostic } from '../../diagnostics/diagnostic.js';
import type { Terminal } from '../terminal.js';

const starter = `# mosaic configuration; docs/config.md of mosaic describes every field.
version: 1

providers:
  local:
    type: local          # the embedded provider: git repositories and files on this machine
    root: .mosaic/local  # where it keeps them, relative to this file

resources:
  repository:
    hello:
      description: My first repository managed by mosaic
      default_branch: main
      topics: [mosaic, example]

  pipeline:
    hello-ci:
      repository: hello
      engine: woodpecker
      content: |
        steps:
          test:
            image: node:20
            commands: [npm ci, npm test]

  space:
    handbook:
      title: Team handbook

  page:
    welcome:
      space: handbook
      title: Welcome
      content: |
        # Welcome
        This page is managed by mosaic.

  project:
    platform:
      name: Platform

  issue:
    first-task:
      project: platform
      title: Try mosaic plan and apply
      priority: medium
`;

export async function runInit(terminal: Terminal, dir: string, flags: { force?: boolean }): Promise<number> {
  const path = join(dir, 'mosaic.yaml');
  const folder = resolve(terminal.io.cwd, dir);
  if (existsSync(join(folder, 'mosaic.yaml')) && !flags.force) {
    throw new DiagnosticError([errorDiagnostic('init.exists', `${path} already exists`, { hint: 'Pass --force to overwrite it, or run `mosaic init` in another folder.' })]);
  }
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'mosaic.yaml'), starter);
  const gitignore = join(folder, '.gitignore');
  if (!existsSync(gitignore)) await writeFile(gitignore, 'state/\n.mosaic/\n');
  terminal.print(`Wrote ${path}. Next:\n  mosaic plan${dir === '.' ? '' : ` --config ${dir}`}\n  mosaic apply${dir === '.' ? '' : ` --config ${dir}`}`);
  return 0;
}
