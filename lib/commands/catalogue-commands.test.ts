import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sample } from "@/tests/catalogue/fixtures";
import type { ImportResult } from "@/lib/catalogue/interchange/import";
import type { CatalogueDocument } from "@/lib/catalogue/interchange/schema";
import { parseEnv } from "@/lib/env";
import type { CliContext } from "./command";
import { catalogueExport } from "./catalogue-export";
import { catalogueImport } from "./catalogue-import";
import type { PayloadOf } from "./registry";

const counts = { created: 0, updated: 0, unchanged: 1, deleted: 0 };
const unchanged: ImportResult = {
  ok: true,
  photosCopied: 0,
  counts: { municipalities: counts, taxonomies: counts, terms: counts, organizations: counts, locations: counts, services: counts, supporters: counts },
};

/** A command's context whose database answers `result`; it records what was sent. */
function harness<Input, Result>(result: Result, lang?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const calls: Input[] = [];
  const context: CliContext<Input, Result> = {
    perform: async (payload, onRoute) => {
      calls.push(payload);
      onRoute?.("here");
      return result;
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    lang,
    settings: () => parseEnv({ DATA_DIR: path.join(os.tmpdir(), "no-data-dir") }),
    ask: undefined,
  };
  return { context, out, err, calls, text: () => [...out, ...err].join("\n") };
}
const importing = (lang?: string) => harness<PayloadOf<"catalogue.import">, ImportResult>(unchanged, lang);
const importCommand = (argv: string[], context: CliContext<PayloadOf<"catalogue.import">, ImportResult>) => catalogueImport.cli(argv, context);
const exportCommand = (argv: string[], context: CliContext<null, CatalogueDocument>) => catalogueExport.cli(argv, context);

const dir = mkdtempSync(path.join(os.tmpdir(), "catalogue-cli-"));
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe("catalogue:import", () => {
  it("imports a valid file and reports the counts, Dutch first", async () => {
    const h = importing();
    const file = write("ok.json", JSON.stringify(sample()));
    expect(await importCommand([file, "--replace"], h.context)).toBe(0);
    expect(h.calls).toEqual([expect.objectContaining({ replace: true, sourceDir: dir })]);
    const text = h.text();
    expect(text.indexOf("Klaar")).toBeLessThan(text.indexOf("Done"));
    expect(text).toContain("Er is niets veranderd");
  });

  it("lists the problems of an invalid file and does not touch the database", async () => {
    const document = sample();
    document.services[0].status = "open";
    const h = importing();
    expect(await importCommand([write("bad.json", JSON.stringify(document))], h.context)).toBe(1);
    expect(h.calls).toEqual([]);
    expect(h.err.join("\n")).toMatch(/\$\.services\[0\]\.status\n {3}Deze waarde is niet toegestaan.*\n {3}This value is not allowed/u);
  });

  it.each([
    ["--lang en", ["--lang", "en"], undefined, "Done", "Klaar"],
    ["LANG=nl_NL.UTF-8", [], "nl_NL.UTF-8", "Klaar", "Done"],
  ])("speaks one language with %s", async (_, flags, lang, shown, hidden) => {
    const h = importing(lang);
    expect(await importCommand([write("ok.json", JSON.stringify(sample())), ...flags], h.context)).toBe(0);
    expect(h.text()).toContain(shown);
    expect(h.text()).not.toContain(hidden);
  });

  it.each([
    ["no file", [], /Gebruik: npm run catalogue:import/u],
    ["two files", ["a.json", "b.json"], /Gebruik/u],
    ["an unknown option", ["x.json", "--force"], /kent een van de opties niet/u],
    ["a missing file", [path.join(dir, "nope.json")], /bestaat niet\.\nThe file .* does not exist\./u],
    ["a folder", [dir], /is een map, geen bestand/u],
    ["text that is not JSON", ["NOT_JSON"], /geen geldig JSON-bestand.*regel 2, kolom 1/u],
  ])("gives exit code 2 and a clear sentence for %s", async (_, argv, message) => {
    const args = argv.map((a) => (a === "NOT_JSON" ? write("broken.json", '{"profile": 1,\n}') : a));
    const h = importing();
    expect(await importCommand(args, h.context)).toBe(2);
    expect(h.err.join("\n")).toMatch(message);
    expect(h.err.join("\n")).not.toMatch(/at .*\.ts:\d+/u);
    expect(h.calls).toEqual([]);
  });

  it("reads a file saved with a byte order mark", async () => {
    const h = importing();
    expect(await importCommand([write("bom.json", `\uFEFF${JSON.stringify(sample())}`)], h.context)).toBe(0);
  });
});

describe("catalogue:export", () => {
  it("writes the document the operation returns", async () => {
    const document = { ...sample(), generated_at: "2026-11-25T10:00:00.000Z" };
    const h = harness<null, CatalogueDocument>(document);
    const file = path.join(dir, "export.json");
    expect(await exportCommand([file], h.context)).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(document);
    expect(h.out.join("\n")).toContain("24 diensten");
  });

  it("leaves out a photo that is missing from the uploads, and says so", async () => {
    const document = sample();
    document.services[0].x_supporters[0].photo = "supporters/gone.jpg";
    const h = harness<null, CatalogueDocument>(document);
    const file = path.join(dir, "export-photo.json");
    expect(await exportCommand([file], h.context)).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8")).services[0].x_supporters[0].photo).toBeUndefined();
    expect(h.err.join("\n")).toContain("supporters/gone.jpg");
  });

  it("refuses a folder that does not exist", async () => {
    const h = harness<null, CatalogueDocument>(sample());
    expect(await exportCommand([path.join(dir, "nope", "x.json")], h.context)).toBe(2);
    expect(h.calls).toEqual([]);
  });
});
