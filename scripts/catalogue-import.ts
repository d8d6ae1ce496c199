import path from "node:path";
import { runCli } from "@/lib/db/cli";
import { env } from "@/lib/env";
import { importCommand } from "@/lib/catalogue/interchange/cli-import";
import { performCatalogueOperation } from "@/lib/catalogue/interchange/perform";

// npm run catalogue:import -- <file> [--replace] [--lang nl|en]
runCli(() =>
  importCommand(process.argv.slice(2), {
    perform: performCatalogueOperation,
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    env: process.env,
    uploadsDir: path.join(env().dataDir, "uploads"),
  }),
);
