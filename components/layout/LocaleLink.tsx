"use client";

import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { locale: Locale; children: ReactNode; query?: Record<string, string | string[]> };

/**
 * The current page in another language. It is rendered on the server, so the link works
 * without JavaScript.
 */
export function LocaleLink({ locale, children, query }: Props) {
  const pathname = usePathname();
  return (
    <Link href={{ pathname, query }} locale={locale} lang={locale} hrefLang={locale} className="font-bold">
      {children}
    </Link>
  );
}

/** The same link keeping filters such as ?gemeente=, so a resident does not choose again. */
export function LocaleLinkWithQuery(props: Omit<Props, "query">) {
  const searchParams = useSearchParams();
  // Keep repeated parameters (soort=formal&soort=volunteer) as lists, not only the last one.
  const query = Object.fromEntries([...new Set(searchParams.keys())].map((key) => {
    const values = searchParams.getAll(key);
    return [key, values.length === 1 ? values[0]! : values];
  }));
  return <LocaleLink {...props} query={query} />;
}
