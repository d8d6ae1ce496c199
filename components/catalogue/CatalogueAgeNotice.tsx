import { getLocale, getTranslations } from "next-intl/server";
import { formatMoment } from "@/lib/catalogue/format";
import { catalogueUnconfirmedSince } from "@/lib/catalogue/read";

/**
 * Shown on every page while the database cannot be reached: pages then come from the
 * catalogue in memory, and this says from when it is. Nothing while all is well.
 */
export async function CatalogueAgeNotice() {
  const since = await catalogueUnconfirmedSince();
  if (!since) return null;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Outage")]);
  return (
    <p className="mx-auto mt-4 w-full max-w-page border-l-4 border-notice px-4 py-2 font-bold">{t("notice", formatMoment(since, locale))}</p>
  );
}
