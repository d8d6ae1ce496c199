import { describe, expect, it } from "vitest";
import { figuresCsv } from "./csv";
import { parseInsightQuery, periodEnding } from "./params";

describe("the dashboard's address", () => {
  it("reads municipality, period and table, and drops odd values", () => {
    expect(parseInsightQuery({ gemeente: "gm0344", periode: "30", tabel: "demand-language" })).toEqual({ municipality: "GM0344", days: 30, table: "demand-language" });
    expect(parseInsightQuery({ gemeente: "'; drop", periode: "7", tabel: "users" })).toEqual({ municipality: undefined, days: 90, table: undefined });
  });

  it("counts a period back from today, both ends included", () => {
    expect(periodEnding(new Date("2026-11-30T15:00:00Z"), 30)).toEqual({ from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-11-30T00:00:00Z") });
  });
});

describe("CSV", () => {
  it("writes the table with labels, hides small counts and defuses formulas", () => {
    const csv = figuresCsv(
      [
        { value: "money-debt", count: 9 },
        { value: "=cmd", count: null },
      ],
      { code: "Code", label: "Antwoord", count: "Aantal" },
      (value) => (value === "money-debt" ? "Geld en schulden, rekeningen" : value),
      "minder dan 5",
    );
    expect(csv).toBe('\uFEFFCode,Antwoord,Aantal\r\nmoney-debt,"Geld en schulden, rekeningen",9\r\n\'=cmd,\'=cmd,minder dan 5\r\n');
  });
});
