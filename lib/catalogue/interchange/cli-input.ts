import fs from "node:fs/promises";
import path from "node:path";
import type { Message } from "./messages";
import type { CatalogueOperation, Route } from "./perform";

/**
 * Reading a catalogue file for the command line. Every way it can go wrong is
 * a sentence for the person at the keyboard, never a stack trace.
 */
/** What a command needs from the outside world; tests pass their own. */
export type CommandDeps = {
  perform: (name: CatalogueOperation, payload: unknown, onRoute?: (where: Route) => void) => Promise<unknown>;
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Where the portal keeps uploaded photos (DATA_DIR/uploads). */
  uploadsDir: string;
};

export type Language = "nl" | "en" | "both";
export type ReadResult = { ok: true; json: unknown; dir: string } | { ok: false; message: Message };

export const unknownOption = {
  nl: "Deze opdracht kent een van de opties niet, of een optie mist haar waarde.",
  en: "This command does not know one of the options, or an option lacks its value.",
};

export function languageFrom(flag: string | undefined, lang: string | undefined): Language {
  const choice = (flag ?? lang ?? "").toLowerCase();
  if (choice.startsWith("nl")) return "nl";
  if (choice.startsWith("en")) return "en";
  return "both";
}

export function say(message: Message, language: Language): string {
  if (language === "nl") return message.nl;
  if (language === "en") return message.en;
  return `${message.nl}\n${message.en}`;
}

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
