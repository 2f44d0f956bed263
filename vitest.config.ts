import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Unit tests render theme components; tsconfig's `jsx: preserve` is for Docusaurus's own bundler.
        oxc: {jsx: {runtime: 'automatic'}},
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          // Integration tests run real commands (the sync, a build).
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // One browser, pages in sequence: the machines have two cores.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A real browser on two busy cores now and then misses a beat; a test that fails twice fails.
          retry: 1,
        },
      },
    ],
  },
});
