import { describe, expect, it } from "vitest";
import { formValues, problemField, readInteger, readLocalised, readRows, readYesNo } from "./form-record";

describe("form fields and records", () => {
  const fields = {
    "name.nl": ["  Hulp bij post "],
    "name.en": [""],
    x_waiting_days: ["12"],
    minimum_age: ["twaalf"],
    x_is_access_team: ["nee"],
    "phones.0.number": ["030 123 4567"],
    "phones.0.type": ["voice"],
    "phones.1.number": [""],
    "phones.1.type": [""],
    "phones.10.number": ["06 1234 5678"],
  };

  it("reads localised text without empty languages, numbers, and yes/no", () => {
    expect(readLocalised(fields, "name", ["nl", "en"])).toEqual({ nl: "Hulp bij post" });
    expect(readLocalised(fields, "description", ["nl", "en"])).toBeUndefined();
    expect(readInteger(fields, "x_waiting_days")).toBe(12);
    expect(readInteger(fields, "minimum_age")).toBe("twaalf");
    expect(readYesNo(fields, "x_is_access_team")).toBe(false);
  });

  it("reads list rows in index order and leaves empty rows out", () => {
    expect(readRows(fields, "phones", (own) => ({ number: own.number?.[0], type: own.type?.[0] || undefined }))).toEqual([
      { number: "030 123 4567", type: "voice" },
      { number: "06 1234 5678", type: undefined },
    ]);
  });

  it("turns a record into form values and an importer problem into its field", () => {
    expect(formValues({ name: { nl: "A" }, phones: [{ number: "1" }], languages: ["nl", "tr"], x_handles_complex: true, minimum_age: 18 })).toEqual({
      "name.nl": "A",
      "phones.0.number": "1",
      languages: "nl,tr",
      x_handles_complex: "ja",
      minimum_age: "18",
    });
    expect(problemField({ path: "$.phones[0].number" })).toBe("phones.0.number");
    expect(problemField({ path: "$.name.nl" })).toBe("name.nl");
  });
});
