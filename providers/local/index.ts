// The embedded `local` provider: bare git repositories, pipelines committed in them, markdown
// spaces and pages, a JSON store of projects and issues. Imports only src/resources/.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ProviderError, type ProviderFactory, type ProviderHealth, type ProviderInstance, type ProviderContext } from '../../src/resources/provider-contract.js';
import { createGitRunner, runGit, type GitRunner } from './git.js';
import { createIssueHandler } from './issue.js';
import { createKeyedQueue } from './keyed-queue.js';
import { isMissingFile } from './local-errors.js';
import { createLocalLayout, type LocalLayout } from './local-layout.js';
import { createPageHandler } from './page.js';
import { createPipelineHandler } from './pipeline.js';
import { createPipelineCache } from './pipeline-cache.js';
import { createProjectHandler } from './project.js';
import { createProjectStore } from './project-store.js';
import { createRepositoryHandler } from './repository.js';
import { createSpaceHandler } from './space.js';

export const defaultRoot = '.mosaic/local';

export interface LocalProviderOptions {
  /** Runs git; tests pass a counting wrapper. Defaults to spawning `git` from PATH. */
  readonly git?: GitRunner;
}

export const createProvider: ProviderFactory = (context) => createLocalProvider(context);

export function createLocalProvider(context: ProviderContext, options: LocalProviderOptions = {}): Promise<ProviderInstance> {
  const rootSetting = context.settings.root;
  if (rootSetting !== undefined && typeof rootSetting !== 'string') {
    return Promise.reject(
      new ProviderError('local.invalid-settings', '`root` must be a string', 'Set `root` to a folder path, relative to the config.'),
    );
  }
  const layout = createLocalLayout(resolve(context.configDir, rootSetting ?? defaultRoot));
  const git = options.git ?? createGitRunner();
  const repositoryQueue = createKeyedQueue();
  const spaceQueue = createKeyedQueue();
  const store = createProjectStore(layout.store);
  const instance: ProviderInstance = {
    handlers: {
      repository: createRepositoryHandler({ layout, git, queue: repositoryQueue }),
      pipeline: createPipelineHandler({ layout, git, queue: repositoryQueue, cache: createPipelineCache(layout.pipelineCache) }),
      space: createSpaceHandler({ layout, queue: spaceQueue }),
      page: createPageHandler({ layout, queue: spaceQueue }),
      project: createProjectHandler({ store }),
      issue: createIssueHandler({ store }),
    },
    health: () => checkHealth(layout, git),
    close: () => Promise.resolve(),
  };
  return Promise.resolve(instance);
}

async function checkHealth(layout: LocalLayout, git: GitRunner): Promise<ProviderHealth> {
  const writable = await checkWritable(layout.root);
  if (!writable.reachable) return writable;
  try {
    const version = (await runGit(git, { args: ['--version'] })).trim();
    return { reachable: true, detail: `${layout.root} is writable; ${version}` };
  } catch (error) {
    const detail = error instanceof ProviderError ? error.message : 'git could not run';
    return { reachable: false, detail };
  }
}

/** The root is usable when it, or the nearest folder above it that exists, is writable. */
async function checkWritable(root: string): Promise<ProviderHealth> {
  let folder = root;
  for (;;) {
    try {
      await access(folder, constants.W_OK);
      return { reachable: true };
    } catch (error) {
      const parent = dirname(folder);
      if (!isMissingFile(error) || parent === folder) {
        return { reachable: false, detail: `${root} is not writable (checked ${folder})` };
      }
      folder = parent;
    }
  }
}
