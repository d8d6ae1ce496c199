import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CompareTable } from "@/components/directory/CompareTable";
import { Link } from "@/i18n/navigation";
import { findServicesById } from "@/lib/catalogue/read";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ComparePage");
  return { title: t("title") };
}

const MAX = 3;

/** Two or three services side by side, chosen with checkboxes in the directory (a GET form, no JavaScript). */
export default async function ComparePage({ searchParams }: PageProps<"/[locale]/vergelijk">) {
  await connection();
  const [locale, t, { id }] = await Promise.all([getLocale(), getTranslations("ComparePage"), searchParams]);
  const ids = [id ?? []].flat().filter((value) => value.trim() !== "");
  const services = await findServicesById(ids, locale, MAX);
  const asked = new Set(ids.slice(0, MAX).map((value) => value.toLowerCase())).size;

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8">
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-3 max-w-prose">{t("intro")}</p>
      {ids.length > MAX ? <p className="mt-3 border-l-4 border-notice pl-3 font-bold">{t("tooMany")}</p> : null}
      {services.length < asked ? <p className="mt-3 border-l-4 border-notice pl-3 font-bold">{t("unknownIds")}</p> : null}
      {services.length < 2 ? <p className="mt-3 border-l-4 border-notice pl-3 font-bold">{t("tooFew")}</p> : null}
      {services.length > 0 ? <CompareTable services={services} /> : null}
      <p className="mt-6 print:hidden">
        <Link href="/aanbod">{t("chooseLink")}</Link>
      </p>
    </div>
  );
}
