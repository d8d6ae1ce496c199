import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { findMunicipalities } from "@/lib/catalogue/read";
import { ChosenMunicipalityName } from "./ChosenMunicipalityName";

/**
 * "Hulp in Houten" in the header while a page's address chooses a municipality
 * (`?gemeente=GM0321`: the directory, the leaflet, the vraagwijzer). The labels are made
 * here; the leaf only picks one by the address, so it follows client-side navigation
 * too and is in the server's HTML for visitors without JavaScript.
 */
export async function ChosenMunicipality() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Layout")]);
  const municipalities = await findMunicipalities(locale).catch((error: unknown) => {
    // The header never takes a page down: the page itself reports a failing database.
    console.error("[portal] header: the municipalities could not be read", error);
    return [];
  });
  if (municipalities.length === 0) return null;
  const choices = municipalities.map((m) => ({ code: m.code, label: t("helpIn", { municipality: m.name }) }));
  return (
    <Suspense fallback={null}>
      <ChosenMunicipalityName choices={choices} />
    </Suspense>
  );
}
