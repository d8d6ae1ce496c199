/**
 * `npm start`: checks every setting and that the database can be opened, builds the
 * portal when the build is missing or older than the sources, then serves it with
 * `next start`. The server process itself opens the database, applies migrations and
 * loads the demo catalogue into an empty database (instrumentation.ts → lib/server/boot.ts).
 */
import { runMain } from "@/lib/commands/run-main";
import { checkDatabaseCanOpen } from "@/lib/db/preflight";
import { env } from "@/lib/env";
import { buildIfStale, serveBuild } from "@/lib/server/next-build";

runMain(async () => {
  // Every setting is checked here, before a build that a wrong one would waste.
  const config = env();
  await checkDatabaseCanOpen(config);
  const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(config.port) };
  const built = buildIfStale(childEnv);
  return built !== 0 ? built : serveBuild(config.port, childEnv);
});
