import path from "node:path";
import { runCli } from "@/lib/db/cli";
import { env } from "@/lib/env";
import { exportCommand } from "@/lib/catalogue/interchange/cli-export";
import { performCatalogueOperation } from "@/lib/catalogue/interchange/perform";

// npm run catalogue:export -- <file> [--lang nl|en]
runCli(() =>
  exportCommand(process.argv.slice(2), {
    perform: performCatalogueOperation,
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    env: process.env,
    uploadsDir: path.join(env().dataDir, "uploads"),
  }),
);
