import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { brandStylesheet } from "@/lib/brand";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { SkipLink } from "./SkipLink";

/**
 * The document every page shares: skip link first, header with the language switch, the
 * page (its `main` comes from the route group's layout: components/layout/Main.tsx, after
 * the staff menu on staff pages), footer. Used by the root layout and the global 404 page.
 */
export async function PageShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const messages = await getMessages();
  const theme = brandStylesheet();
  return (
    <html lang={locale}>

      <body className="flex min-h-dvh flex-col bg-canvas font-sans text-base text-ink">
        {/* The municipality's token overrides (public/brand/theme.css); React moves it into <head>. */}
        {theme ? <link rel="stylesheet" href={theme} precedence="brand" /> : null}
        {/* Client components only get the strings they use; the rest stays on the server. */}
        <NextIntlClientProvider locale={locale} messages={{ ErrorPage: messages.ErrorPage }}>
          <SkipLink />
          <SiteHeader />
          {children}
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
