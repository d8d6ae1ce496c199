import { defineConfig } from "prisma/config";

// The app connects through driver adapters (lib/db); the CLI only generates the client here.
// DATABASE_URL is passed on when set so that the standard Prisma CLI can take over a server.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
