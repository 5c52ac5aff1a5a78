// `npm run test:soak`: long randomized trials kept out of npm test (random SIGKILLs of
// applies in flight); npm test kills at every exact step deterministically instead.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/soak/**/*.soak.ts'],
    testTimeout: 600_000,
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
