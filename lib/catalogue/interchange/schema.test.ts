import { describe, expect, it } from "vitest";
import { schemaValidator } from "@/tests/catalogue/ajv";
import { allowed, faults } from "@/tests/catalogue/faults";
import { sample } from "@/tests/catalogue/fixtures";
import { catalogueDocument, localisedText, phone, schedule } from "./schema";

/**
 * The zod schema must agree with shared/catalogue/schema.json: what the JSON
 * Schema refuses, zod refuses, and the reverse, except for the few rules we add
 * on top (layer "stricter") and the references JSON Schema cannot express.
 */
const ajvAccepts = schemaValidator();

describe("the zod schema mirrors schema.json", () => {
  it("both accept the sample", () => {
    expect(ajvAccepts(sample())).toBe(true);
    expect(catalogueDocument.safeParse(sample()).success).toBe(true);
  });

  it.each(allowed)("both accept: $name", ({ mutate }) => {
    const document = sample();
    mutate(document);
    expect(ajvAccepts(document)).toBe(true);
    expect(catalogueDocument.safeParse(document).success).toBe(true);
  });

  it.each(faults.filter((f) => f.layer === "schema"))("both refuse: $name", ({ mutate }) => {
    const document = sample();
    mutate(document);
    expect(ajvAccepts(document)).toBe(false);
    expect(catalogueDocument.safeParse(document).success).toBe(false);
  });

  it.each(faults.filter((f) => f.layer !== "schema"))("only our checks refuse ($layer): $name", ({ mutate }) => {
    const document = sample();
    mutate(document);
    expect(ajvAccepts(document)).toBe(true);
  });
});

describe("sub-schemas for forms and actions", () => {
  it("localised text needs Dutch", () => {
    expect(localisedText.safeParse({ en: "Hello" }).success).toBe(false);
    expect(localisedText.safeParse({ nl: "Hallo", en: "Hello" }).success).toBe(true);
  });

  it("a phone carries its problem code as the message", () => {
    const result = phone.safeParse({ number: "bel maar" });
    expect(result.success || result.error.issues.map((i) => i.message)).toEqual(["format_phone"]);
  });

  it("a schedule reports every rule it breaks at once", () => {
    const result = schedule.safeParse({ byday: "2MO", opens_at: "18:00", closes_at: "9:00" });
    expect(result.success || result.error.issues.map((i) => i.message).sort()).toEqual(
      ["format_time", "schedule_byday_needs_freq", "schedule_freq_or_description"].sort(),
    );
  });
});
