import { RECORD_TYPES, type ImportResult, type RecordCounts, type RecordType } from "@/lib/catalogue/interchange/import";
import type { Problem } from "@/lib/catalogue/interchange/problems";
import { languagesOf, type Bilingual, type Language } from "./cli-language";

/** What `catalogue:import` prints: Dutch first, English after it (or one of them). */
const names: Record<RecordType, Bilingual> = {
  municipalities: { nl: "gemeenten", en: "municipalities" },
  taxonomies: { nl: "lijsten (taxonomieën)", en: "lists (taxonomies)" },
  terms: { nl: "termen", en: "terms" },
  organizations: { nl: "organisaties", en: "organisations" },
  locations: { nl: "locaties", en: "locations" },
  services: { nl: "diensten", en: "services" },
  supporters: { nl: "ondersteuners", en: "supporters" },
};
const headings: Record<"nl" | "en", string[]> = {
  nl: ["nieuw", "gewijzigd", "ongewijzigd", "verwijderd"],
  en: ["new", "changed", "unchanged", "deleted"],
};

function table(counts: Record<RecordType, RecordCounts>, lang: "nl" | "en"): string[] {
  const width = Math.max(...RECORD_TYPES.map((t) => names[t][lang].length));
  const head = headings[lang];
  const line = (label: string, cells: (string | number)[]) =>
    `  ${label.padEnd(width)}  ${cells.map((c, i) => String(c).padStart((head[i] ?? "").length)).join("  ")}`;
  return [
    line("", head),
    ...RECORD_TYPES.map((t) => {
      const c = counts[t];
      return line(names[t][lang], [c.created, c.updated, c.unchanged, c.deleted]);
    }),
  ];
}

export function importSummary(result: Extract<ImportResult, { ok: true }>, file: string, language: Language): string {
  const changed = RECORD_TYPES.some((t) => result.counts[t].created + result.counts[t].updated + result.counts[t].deleted > 0);
  const text = {
    nl: [
      `Klaar: de catalogus uit ${file} is ingelezen.`,
      ...table(result.counts, "nl"),
      changed ? "" : "Er is niets veranderd: de database had deze catalogus al.",
      result.photosCopied > 0 ? `Foto's gekopieerd: ${result.photosCopied}.` : "",
    ],
    en: [
      `Done: the catalogue from ${file} has been imported.`,
      ...table(result.counts, "en"),
      changed ? "" : "Nothing changed: the database already held this catalogue.",
      result.photosCopied > 0 ? `Photos copied: ${result.photosCopied}.` : "",
    ],
  };
  return languagesOf(language)
    .map((lang) => text[lang].filter((l) => l !== "").join("\n"))
    .join("\n\n");
}

export function problemReport(problems: Problem[], file: string, language: Language): string {
  const n = problems.length;
  const intro = {
    nl: `${file} is niet ingelezen: ${n === 1 ? "er is 1 probleem" : `er zijn ${n} problemen`} gevonden. Er is niets veranderd in de database.`,
    en: `${file} was not imported: ${n === 1 ? "1 problem was" : `${n} problems were`} found. Nothing was changed in the database.`,
  };
  const langs = languagesOf(language);
  const lines = problems.map((p, i) => [`${i + 1}. ${p.path}`, ...langs.map((l) => `   ${p.message[l]}`)].join("\n"));
  return [...langs.map((l) => intro[l]), "", ...lines].join("\n");
}
