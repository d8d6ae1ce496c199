import path from "node:path";
import { parseArgs } from "node:util";
import { languageFrom, readCatalogueFile, say, unknownOption, type CommandDeps, type Language } from "./cli-input";
import { importSummary, problemReport, routeText } from "./cli-text";
import type { ImportResult } from "./import";
import type { ImportPayload } from "./operations";
import { validateCatalogue } from "./validate";

/**
 * `npm run catalogue:import -- <file> [--replace] [--lang nl|en]`.
 * Exit codes: 0 imported, 1 the file has problems (nothing changed), 2 usage.
 */
export const importUsage = {
  nl: "Gebruik: npm run catalogue:import -- <bestand.json> [--replace] [--lang nl|en]\n  --replace  verwijder alles wat niet in het bestand staat",
  en: "Usage: npm run catalogue:import -- <file.json> [--replace] [--lang nl|en]\n  --replace  delete everything that is not in the file",
};

export async function importCommand(argv: string[], deps: CommandDeps): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { replace: { type: "boolean" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch {
    deps.err(`${say(unknownOption, "both")}\n\n${say(importUsage, "both")}`);
    return 2;
  }
  const language: Language = languageFrom(args.values.lang, deps.env.LANG);
  if (args.values.help) {
    deps.out(say(importUsage, language));
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) {
    deps.err(say(importUsage, language));
    return 2;
  }

  const read = await readCatalogueFile(file);
  if (!read.ok) {
    deps.err(say(read.message, language));
    return 2;
  }
  const name = path.basename(file);
  // Checked here first as well: a faulty file needs no database, nor a trip to the portal.
  const validation = validateCatalogue(read.json);
  if (!validation.ok) {
    deps.err(problemReport(validation.problems, name, language));
    return 1;
  }
  const payload: ImportPayload = { document: read.json, replace: args.values.replace ?? false, sourceDir: read.dir };
  const result = (await deps.perform("catalogue.import", payload, (where) => deps.out(say(routeText(where), language)))) as ImportResult;
  if (!result.ok) {
    deps.err(problemReport(result.problems, name, language));
    return 1;
  }
  deps.out(importSummary(result, name, language));
  return 0;
}
