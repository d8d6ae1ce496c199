// Generates the Prisma client offline. `prisma generate` needs no schema engine, but the CLI
// tries to download one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file.
import { spawnSync } from "node:child_process";
import path from "node:path";

const result = spawnSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || path.resolve("package.json"),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
