// A local provider on a fresh temp folder, with a git runner that records every call, and a
// way to ask real git about the result.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitRunner, type GitRunner } from '../../../providers/local/git.js';
import { createLocalProvider } from '../../../providers/local/index.js';
import type { KindHandler, ProviderInstance } from '../../../src/resources/provider-contract.js';
import type { ResourceKind } from '../../../src/resources/resource-kind.js';
import { testContext } from '../test-context.js';

export interface LocalFixture {
  readonly configDir: string;
  /** The provider's root folder (configDir/.mosaic/local). */
  readonly root: string;
  readonly provider: ProviderInstance;
  /** Arguments of every git process the provider started, in order. */
  readonly gitCalls: (readonly string[])[];
  handler(kind: ResourceKind): KindHandler;
  removeFolder(): Promise<void>;
}

export async function createLocalFixture(): Promise<LocalFixture> {
  const configDir = await mkdtemp(join(tmpdir(), 'mosaic-local-'));
  const gitCalls: (readonly string[])[] = [];
  const realGit = createGitRunner();
  const countingGit: GitRunner = (request) => {
    gitCalls.push(request.args);
    return realGit(request);
  };
  const provider = await createLocalProvider(await testContext('local', {}, configDir), { git: countingGit });
  return {
    configDir,
    root: join(configDir, '.mosaic', 'local'),
    provider,
    gitCalls,
    handler(kind) {
      const found = provider.handlers[kind];
      if (found === undefined) throw new Error(`no ${kind} handler`);
      return found;
    },
    removeFolder: () => rm(configDir, { recursive: true, force: true }),
  };
}

/** Runs real git (outside the provider) and returns stdout. */
export function runGitSync(gitDir: string, args: readonly string[]): string {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8' });
}

export function runGitSyncBuffer(gitDir: string, args: readonly string[]): Buffer {
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args]);
}
