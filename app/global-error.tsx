"use client";

import { createTranslator } from "next-intl";
import { useEffect } from "react";
import { BilingualStatus, type StatusText } from "@/components/layout/BilingualStatus";
import { routing } from "@/i18n/routing";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import "./globals.css";

// Only reached when the root layout itself fails, so there is no locale and no message
// provider: the strings come straight from the catalogues, in every language.
const catalogues = { nl, en };

const texts: StatusText[] = routing.locales.map((locale) => {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "ErrorPage" });
  return {
    lang: locale,
    title: t("title"),
    description: t("description"),
    home: { href: `/${locale}`, label: t("homeLink") },
    retry: t("retry"),
  };
});

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang={routing.defaultLocale}>
      <body className="bg-canvas font-sans text-base text-ink">
        <title>{texts.map((text) => text.title).join(" / ")}</title>
        <BilingualStatus texts={texts} onRetry={retry} />
      </body>
    </html>
  );
}
