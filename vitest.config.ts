import { defineConfig } from "vitest/config";

/*
 * One run, every part: the policy rules, the API on SQLite and again on Postgres (the same
 * files, a fresh database per test file), and the browser journeys against a real server.
 */
const postgresUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "policy", include: ["packages/policy/test/**/*.test.ts"] },
      },
      {
        test: { name: "cli", include: ["test/cli/**/*.test.ts"], testTimeout: 60_000 },
      },
      {
        // Platform clients against their fakes (and a real Bluesky PDS): no database of ours involved.
        test: { name: "connectors", include: ["apps/api/test/connectors/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        test: {
          name: "api-sqlite",
          include: ["apps/api/test/**/*.test.ts"],
          exclude: ["apps/api/test/connectors/**"],
          globalSetup: ["apps/api/test/support/setup-sqlite.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "api-postgres",
          include: ["apps/api/test/**/*.test.ts"],
          exclude: ["apps/api/test/connectors/**"],
          globalSetup: ["apps/api/test/support/setup-postgres.ts"],
          env: { TEST_DATABASE_URL: postgresUrl },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
