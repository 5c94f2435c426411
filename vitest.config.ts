import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`:
 * - server: unit and integration tests beside the code and in test/, each
 *   touching the database on SQLite and PostgreSQL (test/global-setup.ts
 *   provides PostgreSQL: TEST_DATABASE_URL, else a throwaway embedded server);
 * - e2e: browser journeys through a real server and Chromium, with axe-core.
 *
 * The server files run two at a time (they mostly wait on databases and child
 * processes), then the browser journeys one at a time, alone on the machine,
 * so their timings never compete with the integration tests.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'server',
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          globalSetup: ['test/global-setup.ts'],
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
