import { describe, expect, it } from "vitest";
import { errorTitle } from "@/components/forms/error-title";
import { messagesByLocale } from "@/messages";

describe("the title of a page with errors", () => {
  it("starts with 'Fout:', once", () => {
    expect(errorTitle("Fout:", "Stap 5 van 6: Vraagwijzer")).toBe("Fout: Stap 5 van 6: Vraagwijzer");
    expect(errorTitle("Fout:", "Fout: Stap 5 van 6: Vraagwijzer")).toBe("Fout: Stap 5 van 6: Vraagwijzer");
  });

  it("and the error summary says what to do, in both languages", () => {
    expect(messagesByLocale.nl.Forms).toMatchObject({ titleError: "Fout:", summaryTitle: "U bent nog niet klaar. Vul de punten hieronder aan." });
    expect(messagesByLocale.en.Forms).toMatchObject({ titleError: "Error:", summaryTitle: "You are not done yet. Please complete the points below." });
  });
});
