import path from "node:path";
import { z } from "zod";
import { importCatalogue } from "@/lib/catalogue/interchange/import";
import { validateCatalogue } from "@/lib/catalogue/interchange/validate";
import { log } from "@/lib/log";
import { parseCommandArgs, wrongCall } from "./cli-args";
import { routeText, say } from "./cli-language";
import { defineCommand } from "./command";
import { readCatalogueFile } from "./catalogue-file";
import { importSummary, problemReport } from "./catalogue-report";

/**
 * `npm run catalogue:import -- <file> [--replace] [--lang nl|en]`.
 * Exit codes: 0 imported, 1 the file has problems (nothing changed), 2 usage.
 */
export const importUsage = {
  nl: "Gebruik: npm run catalogue:import -- <bestand.json> [--replace] [--lang nl|en]\n  --replace  verwijder alles wat niet in het bestand staat",
  en: "Usage: npm run catalogue:import -- <file.json> [--replace] [--lang nl|en]\n  --replace  delete everything that is not in the file",
};

export const catalogueImport = defineCommand({
  payload: z.object({
    /** Checked in full by the importer, which reports problems as values. */
    document: z.unknown(),
    replace: z.boolean().optional(),
    /** Absolute folder of the catalogue file, for its photos. */
    sourceDir: z.string().optional(),
  }),

  async run(db, { document, replace, sourceDir }) {
    const result = await importCatalogue(db.prisma, document, { replace, sourceDir });
    if (result.ok) log().info({ event: "import", replace: replace ?? false, counts: result.counts }, "imported a catalogue");
    else log().warn({ event: "import refused", problems: result.problems.length }, "a catalogue import was refused; nothing changed");
    return result;
  },

  async cli(argv, context) {
    const args = parseCommandArgs(argv, { replace: { type: "boolean" } }, importUsage, context);
    if (args.exit !== undefined) return args.exit;
    const { language } = args;
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) return wrongCall(importUsage, language, context);

    const read = await readCatalogueFile(file);
    if (!read.ok) {
      context.err(say(read.message, language));
      return 2;
    }
    const name = path.basename(file);
    // Checked here first as well: a faulty file needs no database, nor a trip to the portal.
    const validation = validateCatalogue(read.json);
    if (!validation.ok) {
      context.err(problemReport(validation.problems, name, language));
      return 1;
    }
    const payload = { document: read.json, replace: args.values.replace ?? false, sourceDir: read.dir };
    const result = await context.perform(payload, (where) => context.out(say(routeText(where), language)));
    if (!result.ok) {
      context.err(problemReport(result.problems, name, language));
      return 1;
    }
    context.out(importSummary(result, name, language));
    return 0;
  },
});
