import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests run on the server anyway.
      { find: /^server-only$/, replacement: `${root}/tests/helpers/empty.ts` },
    ],
  },
  test: {
    include: ["lib/**/*.test.ts", "i18n/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two at a time: most database tests wait on PostgreSQL or on a child process, so on a
    // two-core machine the second worker nearly halves the run.
    maxWorkers: 2,
    globalSetup: ["tests/helpers/global-setup.ts"],
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
