import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One PostgreSQL server for the whole run; each test file makes a database on it.
    globalSetup: ['./test/global-setup.ts'],
    // vitest's default is one worker fewer than the cores: one on a 2-core machine; two files at
    // once keep both cores busy (a third worker measured no faster: the suite is CPU-bound).
    maxWorkers: 2,
    // A worker runs its files one after another in one module graph instead of importing the CLI,
    // the SDKs and the emulators afresh for each file: 99 s instead of 145 s here. Tests restore
    // what they change of the process (PATH, fetch, fake timers) and share nothing else.
    isolate: false,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
