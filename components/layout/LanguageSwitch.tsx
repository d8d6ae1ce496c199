import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { routing } from "@/i18n/routing";
import { LocaleLink, LocaleLinkWithQuery } from "./LocaleLink";

/** Links to this page in the other languages, each named in its own language. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("LanguageSwitch");
  const others = await Promise.all(
    routing.locales
      .filter((other) => other !== locale)
      .map(async (other) => ({
        locale: other,
        endonym: (await getTranslations({ locale: other, namespace: "LanguageSwitch" }))("endonym"),
      })),
  );

  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-4">
        {others.map((other) => (
          <li key={other.locale}>
            {/* Reading search parameters suspends during prerendering; the fallback is the same link without them. */}
            <Suspense fallback={<LocaleLink locale={other.locale}>{other.endonym}</LocaleLink>}>
              <LocaleLinkWithQuery locale={other.locale}>{other.endonym}</LocaleLinkWithQuery>
            </Suspense>
          </li>
        ))}
      </ul>
    </nav>
  );
}
