import { describe, expect, it } from "vitest";
import { packCards, unpackCard } from "@/components/directory/card-rows";
import type { ResultCardData } from "@/components/directory/ResultCard";

describe("result cards as rows", () => {
  const full: ResultCardData = {
    id: "a", name: "Naam", nameLang: "nl", organization: "Stichting", closed: "gesloten", dependence: "zorgaanbieder",
    description: "Tekst", descriptionLang: "en", kind: "Vrijwilliger", domains: "Geld", languages: "Nederlands", attending: "Thuis",
    nextWalkIn: "maandag", walkInPlace: "Waar: buurthuis", waiting: "2 dagen", newClients: "Ja", checked: "1 mei", stale: true, chosen: true, noCompare: true,
  };
  const short: ResultCardData = { id: "b", name: "Ander", organization: "Org", kind: "Formeel", languages: "Nederlands", checked: "2 mei" };

  it("come back as the same cards, absent fields absent", () => {
    const rows = packCards([full, short]);
    expect(rows.map(unpackCard)).toEqual([full, short]);
    expect(Object.keys(unpackCard(rows[1]!))).toEqual(Object.keys(short));
  });

  it("send no names and no trailing absent fields", () => {
    const [row] = packCards([{ id: "c", name: "N", organization: "O", kind: "K", languages: "L" }]);
    expect(row).toEqual(["c", "N", "O", null, "K", null, "L"]);
  });
});
