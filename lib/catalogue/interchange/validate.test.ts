import { describe, expect, it } from "vitest";
import { allowed, faults } from "@/tests/catalogue/faults";
import { sample, type Json } from "@/tests/catalogue/fixtures";
import { validateCatalogue, type Problem } from "./validate";

function problemsOf(document: unknown): Problem[] {
  const result = validateCatalogue(document);
  return result.ok ? [] : result.problems;
}

// Words of zod's own messages: a policy officer must never see them.
const technical = /invalid input|expected|received|regex|zod|undefined/iu;

describe("validateCatalogue", () => {
  it("accepts the shared sample", () => {
    const result = validateCatalogue(sample());
    expect(result.ok).toBe(true);
  });

  it.each(allowed)("accepts: $name", ({ mutate }) => {
    const document = sample();
    mutate(document);
    expect(problemsOf(document)).toEqual([]);
  });

  it.each(faults)("reports $name at $path ($code)", ({ mutate, path, code, only }) => {
    const document = sample();
    mutate(document);
    const problems = problemsOf(document);
    expect(problems).toContainEqual(expect.objectContaining({ path, code }));
    if (only !== false) expect(problems).toHaveLength(1);
    for (const problem of problems) {
      expect(problem.message.nl.length).toBeGreaterThan(10);
      expect(problem.message.en.length).toBeGreaterThan(10);
      expect(problem.message.nl).not.toEqual(problem.message.en);
      expect(`${problem.message.nl} ${problem.message.en}`).not.toMatch(technical);
    }
  });

  it("reports five different faults as five problems, in file order", () => {
    const document = sample();
    document.services[3].id = document.services[1].id;
    document.services[23].attributes.push("co-domain:space-travel");
    document.locations[0].address.postal_code = "abc";
    document.services[0].service_at_locations[0].schedules[0].byday = "2TH";
    delete document.organizations[0].name;
    const problems = problemsOf(document);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["$.organizations[0].name", "required"],
      ["$.services[0].service_at_locations[0].schedules[0].byday", "format_byday_weekly"],
      ["$.services[3].id", "duplicate_id"],
      ["$.services[23].attributes[10]", "unknown_term"],
      ["$.locations[0].address.postal_code", "format_postal_code"],
    ]);
  });

  it("names the first use of a duplicate id in both languages", () => {
    const document = sample();
    document.services[5].id = document.services[3].id;
    expect(problemsOf(document)).toEqual([
      {
        path: "$.services[5].id",
        code: "duplicate_id",
        message: {
          nl: "Dit id komt al eerder voor in het bestand (bij $.services[3]).",
          en: "This id is used before in the file (at $.services[3]).",
        },
      },
    ]);
  });

  it("does not report a malformed reference a second time as unknown", () => {
    const document = sample();
    document.services[1].organization_id = "niet-een-id";
    expect(problemsOf(document).map((p) => p.code)).toEqual(["format_uuid"]);
  });

  it("treats ids that differ only in case as the same id", () => {
    const document = sample();
    document.services[5].id = document.services[3].id.toUpperCase();
    expect(problemsOf(document).map((p) => p.code)).toEqual(["duplicate_id"]);
  });

  it.each([null, [], "catalogus", 42])("says %j is not a catalogue", (input) => {
    expect(problemsOf(input)).toEqual([expect.objectContaining({ path: "$", code: "not_a_catalogue" })]);
  });

  it("drops unknown keys from the validated document", () => {
    const document = sample();
    document.x_future = true;
    document.services[0].x_new = 1;
    const result = validateCatalogue(document);
    expect(result.ok && "x_future" in result.document).toBe(false);
    expect(result.ok && "x_new" in result.document.services[0]!).toBe(false);
  });

  it("stores ids in lower case, as the database does", () => {
    const document = sample();
    document.services[0].id = document.services[0].id.toUpperCase();
    const result = validateCatalogue(document);
    expect(result.ok && result.document.services[0]!.id).toBe(sample().services[0].id);
  });
});

describe("validateCatalogue on arbitrary damage", () => {
  // A small deterministic generator: the same damage on every run.
  let seed = 20261125;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const junk = [null, 0, -1, 1.5, "", " ", "x", true, [], {}, [null], { nl: 1 }, "__proto__", 1e308];

  function damage(value: Json): void {
    const containers: Json[] = [];
    const walk = (v: Json) => {
      if (v && typeof v === "object") {
        containers.push(v);
        Object.values(v).forEach(walk);
      }
    };
    walk(value);
    for (let i = 0; i < 3; i++) {
      const target = containers[Math.floor(random() * containers.length)];
      const keys = Object.keys(target);
      const key = keys[Math.floor(random() * keys.length)];
      if (key === undefined) continue;
      if (random() < 0.3 && !Array.isArray(target)) delete target[key];
      else target[key] = structuredClone(junk[Math.floor(random() * junk.length)]);
    }
  }

  it("never throws and always answers with paths into the document", () => {
    for (let round = 0; round < 300; round++) {
      const document = sample();
      damage(document);
      if (random() < 0.1) document.services[0] = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}');
      const result = validateCatalogue(document);
      if (!result.ok) for (const p of result.problems) expect(p.path).toMatch(/^\$/u);
    }
    expect(({} as Json).polluted).toBeUndefined();
  });
});
