// The emulators by provider type, imported only when asked for.
import type { EmulatorFactory } from './framework/hosted-emulator.js';

export const emulatorNames = ['github', 'gitea', 'gitlab', 'bitbucket'] as const;
export type EmulatorName = (typeof emulatorNames)[number];

export async function loadEmulator(name: EmulatorName): Promise<EmulatorFactory> {
  switch (name) {
    case 'github':
      return (await import('./github/index.js')).createGithubEmulator;
    case 'gitea':
      return (await import('./gitea/index.js')).createGiteaEmulator;
    case 'gitlab':
      return (await import('./gitlab/index.js')).createGitlabEmulator;
    case 'bitbucket':
      return (await import('./bitbucket/index.js')).createBitbucketEmulator;
  }
}
