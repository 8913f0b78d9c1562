import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ once and fails the run when it is missing or stale (the end-to-end tests run the compiled CLI).
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // natural's root import prints dotenv tips; keep them quiet everywhere.
    env: { DOTENV_CONFIG_QUIET: 'true' },
    pool: 'forks',
    // vitest's default on 2 cores is one worker (cores - 1), which runs the files one after another
    // while the end-to-end files mostly wait on their child processes: two overlap that waiting.
    maxWorkers: 2,
  },
});
