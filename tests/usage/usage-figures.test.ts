import { createElement } from "react";
import { renderInLocale } from "@/tests/helpers/render";
import { describe, expect, it } from "vitest";
import { UsageFigures } from "@/components/usage/UsageFigures";
import type { UsageReport } from "@/lib/usage/report";

const report: UsageReport = {
  from: new Date("2026-11-01T00:00:00Z"),
  to: new Date("2026-11-30T00:00:00Z"),
  municipalities: [
    {
      code: "GM0344",
      name: "Utrecht",
      reached: 5,
      metrics: {
        domain: [{ value: "housing", count: 3 }],
        signal: [{ value: "stuck", count: 2 }],
        suggestions: [{ value: "enough", count: 4 }, { value: "empty", count: 1 }],
        "chosen-kind": [{ value: "formal", count: 2 }],
      },
    },
  ],
};

function render(locale: "nl" | "en", value: UsageReport): string {
  return renderInLocale(locale, createElement(UsageFigures, { report: value }));
}

describe("UsageFigures", () => {
  it("shows counts per municipality in words, in Dutch", () => {
    const html = render("nl", report);
    expect(html).toContain("Utrecht");
    expect(html).toContain("5 keer suggesties getoond");
    expect(html).toMatch(/Wonen<\/td><td[^>]*>3</);
    expect(html).toContain("Geen passende hulp");
    expect(html).toContain("Professionele cliëntondersteuner");
    expect(html).toContain("1 november 2026");
  });

  it("speaks English too and says when there is nothing", () => {
    expect(render("en", report)).toContain("Enough suggestions");
    expect(render("en", { ...report, municipalities: [] })).toContain("The question guide was not used in this period.");
  });
});
