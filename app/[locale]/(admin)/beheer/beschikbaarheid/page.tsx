import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AvailabilityTable } from "@/components/freshness/AvailabilityTable";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { AVAILABILITY_LISTS, findAvailabilityList, FULL_LIST } from "@/lib/catalogue/editing/editor-pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("DashboardLists"))("title") };
}

/** The dashboard's full lists of what providers keep: not taking new clients, closed for a while, their changes this week. */
export default async function AvailabilityPage({ searchParams }: PageProps<"/[locale]/beheer/beschikbaarheid">) {
  await requireRole(pageRoles("/beheer/beschikbaarheid"));
  const [t, locale, params] = await Promise.all([getTranslations("DashboardLists"), getLocale(), searchParams]);
  const list = AVAILABILITY_LISTS.find((name) => name === params.lijst) ?? "nieuw";
  const section = await findAvailabilityList(list, locale);
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose">{t("intro")}</p>
      <nav aria-label={t("lists")} className="mt-6">
        <ul className="flex flex-wrap gap-6">
          {AVAILABILITY_LISTS.map((name) => (
            <li key={name}>
              <Link href={`/beheer/beschikbaarheid?lijst=${name}`} aria-current={name === list ? "page" : undefined} className={`inline-flex min-h-11 items-center ${name === list ? "font-bold" : ""}`}>
                {t(name)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mt-6 text-h3">{t(list)}</h2>
      <p className="mt-2" role="status">
        {t("count", { count: section.total })} {section.total > FULL_LIST ? t("capped", { count: FULL_LIST }) : null}
      </p>
      {section.items.length > 0 ? <AvailabilityTable list={list} section={section} /> : null}
    </>
  );
}
