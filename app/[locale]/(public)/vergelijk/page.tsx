import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CompareCards } from "@/components/directory/CompareCards";
import { Link } from "@/i18n/navigation";
import { directoryQuery, parseDirectoryFilters } from "@/lib/catalogue/directory/filters";
import { findServicesById } from "@/lib/catalogue/read";
import { MAX_COMPARE, valuesOf } from "@/lib/catalogue/url-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ComparePage");
  return { title: t("title") };
}

const notice = "mt-3 border-l-4 border-notice pl-3 font-bold";

/**
 * Two or three services side by side, chosen in the directory: the address carries the
 * directory's filters and `vergelijk` ids (no JavaScript), so "back" returns to the same list.
 */
export default async function ComparePage({ searchParams }: PageProps<"/[locale]/vergelijk">) {
  await connection();
  const [locale, t, raw] = await Promise.all([getLocale(), getTranslations("ComparePage"), searchParams]);
  const { filters, notes } = parseDirectoryFilters(raw);
  const services = await findServicesById(filters.vergelijk, locale, MAX_COMPARE);
  const tooMany = new Set(valuesOf(raw, "vergelijk").map((value) => value.toLowerCase())).size > MAX_COMPARE;
  const unknown = services.length < filters.vergelijk.length || (!tooMany && notes.some((note) => note.param === "vergelijk"));
  const back = `/aanbod${directoryQuery({ ...filters, vergelijk: services.map((service) => service.id) })}`;

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8">
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-3 max-w-prose">{t("intro")}</p>
      {tooMany ? <p className={notice}>{t("tooMany")}</p> : null}
      {unknown ? <p className={notice}>{t("unknownIds")}</p> : null}
      {services.length < 2 ? <p className={notice}>{t("tooFew")}</p> : <CompareCards services={services} />}
      <p className="mt-6 print:hidden">
        <Link href={back}>{t("chooseLink")}</Link>
      </p>
    </div>
  );
}
