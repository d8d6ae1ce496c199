import { createElement } from "react";
import { renderInLocale } from "@/tests/helpers/render";
import { describe, expect, it } from "vitest";
import { CrisisPanel } from "@/components/vraagwijzer/CrisisPanel";

function render(locale: "nl" | "en"): string {
  return renderInLocale(locale, createElement(CrisisPanel, { municipality: undefined }));
}

describe("the crisis panel", () => {
  it("keeps every number a tel: link", () => {
    const html = render("nl");
    for (const tel of ["tel:112", "tel:08000113", "tel:113", "tel:08002000"]) expect(html).toContain(`href="${tel}"`);
  });

  it("offers the 113 and Veilig Thuis chats as links, in both languages", () => {
    expect(render("nl")).toContain('<a href="https://www.113.nl" class="inline-block py-1 font-bold">Chat met 113 Zelfmoordpreventie</a>');
    expect(render("nl")).toContain('<a href="https://veiligthuis.nl" class="inline-block py-1 font-bold">Chat met Veilig Thuis</a>');
    expect(render("en")).toContain(">Chat with 113 Suicide Prevention</a>");
    expect(render("en")).toContain(">Chat with Veilig Thuis</a>");
  });
});
