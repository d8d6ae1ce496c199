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
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
