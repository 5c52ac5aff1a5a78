// What every provider emulator module offers the conformance suite, the benchmarks and the
// `npm run emulator` command: the server and the few ways to act on it behind mosaic's back.
import type { Emulator } from './emulator.js';

export interface HostOptions {
  /** The token the emulator accepts; requests without it get the API's 401. */
  readonly token: string;
  /** The organization / group / workspace the repositories live in. */
  readonly owner?: string;
}

export interface SeedOptions {
  /** Protect this branch (required reviews 1, one status check) on each seeded repository. */
  readonly protectedBranch?: string;
  /** Add this many webhooks to each seeded repository. */
  readonly webhooks?: number;
}

export interface HostedEmulator {
  readonly emulator: Emulator;
  /** Provider settings that point mosaic at this emulator, the token left out. */
  providerSettings(): Record<string, unknown>;
  /** Creates repositories live, as someone would outside mosaic. */
  seedRepositories(names: readonly string[], options?: SeedOptions): void;
  /** Changes a repository's description live (drift behind mosaic's back). */
  setDescription(name: string, description: string): void;
  /** Names of the repositories that exist live. */
  repositoryNames(): string[];
  /** The largest page the repository list endpoint serves. */
  readonly maxPageSize: number;
}

export type EmulatorFactory = (options: HostOptions) => HostedEmulator;
