import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { exportCatalogue } from "@/lib/catalogue/interchange/export";
import type { CatalogueDocument } from "@/lib/catalogue/interchange/schema";
import { validateCatalogue } from "@/lib/catalogue/interchange/validate";
import { parseCommandArgs, wrongCall } from "./cli-args";
import { routeText, say } from "./cli-language";
import { defineCommand } from "./command";

/**
 * `npm run catalogue:export -- <file> [--lang nl|en]`: writes the catalogue,
 * with supporter photos copied beside the file so that importing it elsewhere
 * brings them along. Exit codes: 0 written, 2 usage or the file cannot be written.
 */
export const exportUsage = {
  nl: "Gebruik: npm run catalogue:export -- <bestand.json> [--lang nl|en]",
  en: "Usage: npm run catalogue:export -- <file.json> [--lang nl|en]",
};

export const catalogueExport = defineCommand({
  payload: z.null(),

  run: (db) => exportCatalogue(db.prisma),

  async cli(argv, context) {
    const args = parseCommandArgs(argv, {}, exportUsage, context);
    if (args.exit !== undefined) return args.exit;
    const { language } = args;
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) return wrongCall(exportUsage, language, context);
    const target = path.resolve(file);
    const dir = path.dirname(target);
    const folder = await fs.stat(dir).catch(() => undefined);
    if (!folder?.isDirectory()) {
      context.err(say({ nl: `De map ${dir} bestaat niet.`, en: `The folder ${dir} does not exist.` }, language));
      return 2;
    }

    const document = await context.perform(null, (where) => context.out(say(routeText(where), language)));
    try {
      const missing = await copyPhotos(document, path.join(context.settings().dataDir, "uploads"), dir);
      for (const photo of missing) {
        context.err(say({ nl: `Foto ${photo} ontbreekt in de uploads en is weggelaten.`, en: `Photo ${photo} is missing from the uploads and was left out.` }, language));
      }
      // Written beside the target and renamed: a reader never sees half a file.
      const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
      await fs.writeFile(temp, `${JSON.stringify(document, null, 2)}\n`, "utf8");
      await fs.rename(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      context.err(say({ nl: `${target} kan niet worden geschreven (${code}).`, en: `${target} cannot be written (${code}).` }, language));
      return 2;
    }
    const check = validateCatalogue(document);
    if (!check.ok) {
      const first = check.problems[0];
      const warning = {
        nl: `Let op: de catalogus in de database is nog niet compleet (${check.problems.length} problemen, bijvoorbeeld ${first?.path}: ${first?.message.nl}). Dit bestand kan pas worden ingelezen als dat is opgelost.`,
        en: `Note: the catalogue in the database is not complete yet (${check.problems.length} problems, for example ${first?.path}: ${first?.message.en}). This file can only be imported once that is fixed.`,
      };
      context.err(say(warning, language));
    }
    const counts = { services: document.services.length, organizations: document.organizations.length, locations: document.locations.length };
    const text = {
      nl: `Klaar: de catalogus staat in ${target} (${counts.services} diensten, ${counts.organizations} organisaties, ${counts.locations} locaties).`,
      en: `Done: the catalogue is in ${target} (${counts.services} services, ${counts.organizations} organisations, ${counts.locations} locations).`,
    };
    context.out(say(text, language));
    return 0;
  },
});

/** Copies each supporter's photo beside the file; a photo that is gone is dropped from the document. */
async function copyPhotos(document: CatalogueDocument, uploadsDir: string, dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (const supporter of document.services.flatMap((s) => s.x_supporters ?? [])) {
    if (supporter.photo === undefined) continue;
    const source = path.join(uploadsDir, supporter.photo);
    const destination = path.join(dir, supporter.photo);
    if (path.resolve(source) === path.resolve(destination)) continue;
    try {
      await fs.mkdir(path.dirname(destination), { recursive: true });
      await fs.copyFile(source, destination);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      missing.push(supporter.photo);
      delete supporter.photo;
    }
  }
  return missing;
}
