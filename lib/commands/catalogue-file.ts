import fs from "node:fs/promises";
import path from "node:path";
import type { Bilingual } from "./cli-language";

/**
 * Reading a catalogue file for `catalogue:import`. Every way it can go wrong is a
 * sentence for the person at the keyboard, never a stack trace.
 */
export type ReadResult = { ok: true; json: unknown; dir: string } | { ok: false; message: Bilingual };

/** 1-based line and column of a character offset, as an editor shows them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

export async function readCatalogueFile(file: string): Promise<ReadResult> {
  const name = path.basename(file);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: { nl: `Het bestand ${file} bestaat niet.`, en: `The file ${file} does not exist.` } };
    if (code === "EISDIR") return { ok: false, message: { nl: `${file} is een map, geen bestand.`, en: `${file} is a folder, not a file.` } };
    return { ok: false, message: { nl: `Het bestand ${file} kan niet worden gelezen (${code}).`, en: `The file ${file} cannot be read (${code}).` } };
  }
  // Editors on Windows often save UTF-8 with a byte order mark; it is not part of the JSON.
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  try {
    return { ok: true, json: JSON.parse(text), dir: path.dirname(path.resolve(file)) };
  } catch (error) {
    const offset = Number(/position (\d+)/u.exec(error instanceof Error ? error.message : "")?.[1] ?? NaN);
    const where = Number.isNaN(offset) ? undefined : lineAndColumn(text, offset);
    const at = where ? { nl: ` Kijk bij regel ${where.line}, kolom ${where.column}.`, en: ` Look at line ${where.line}, column ${where.column}.` } : { nl: "", en: "" };
    return {
      ok: false,
      message: {
        nl: `${name} is geen geldig JSON-bestand, dus geen catalogus.${at.nl}`,
        en: `${name} is not a valid JSON file, so it is not a catalogue.${at.en}`,
      },
    };
  }
}
