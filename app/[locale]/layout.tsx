import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/PageShell";
import { routing } from "@/i18n/routing";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return {
    title: { default: t("title"), template: `%s | ${t("title")}` },
    description: t("description"),
  };
}

/**
 * The root layout of every page. Rendering waits for a request: pages read the catalogue
 * at request time, the CSP nonce is per request, and nothing may open the database
 * during `next build`.
 */
export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) {
    // Only addresses proxy.ts lets through (those with a dot, e.g. /onbekend.txt) get here.
    // notFound() would give a page that needs JavaScript (vercel/next.js#62228); inside the
    // default language the global 404 page is rendered on the server.
    redirect(`/${routing.defaultLocale}/${encodeURIComponent(locale)}`);
  }
  return (
    <PageShell locale={locale}>{children}</PageShell>
  );
}
