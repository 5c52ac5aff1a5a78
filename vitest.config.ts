import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One PostgreSQL server for the whole run; each test file makes a database on it.
    globalSetup: ['./test/global-setup.ts'],
    // vitest's default is one worker fewer than the cores: one on a 2-core machine. Most test
    // time is spent waiting on child CLIs, emulators and git, so two files at once run in 401 s
    // instead of 468–610 s for the whole suite here (no test asserts wall-clock time).
    maxWorkers: 2,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
