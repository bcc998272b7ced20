import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        // Tests on the built site: the global setup builds it once before they run.
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/editors/**', 'tests/hostile/**', 'tests/scale/**'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The editor tools and hostile articles end to end, in throw-away copies of the project (one of them built in the global setup).
        test: {
          name: 'editors',
          include: ['tests/editors/**/*.test.ts', 'tests/hostile/**/*.test.ts'],
          globalSetup: ['tests/editors/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxConcurrency: 2,
        },
      },
      {
        // A province-sized synthetic copy (issue 16), built once in its own throw-away folder.
        test: { name: 'scale', include: ['tests/scale/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 900_000 },
      },
    ],
  },
});
