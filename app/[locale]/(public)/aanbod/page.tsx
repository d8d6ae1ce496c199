import type { Metadata } from "next";
import { AccessTeamBlock } from "@/components/catalogue/AccessTeamBlock";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { CompareTray } from "@/components/directory/CompareTray";
import { FilterChips } from "@/components/directory/FilterChips";
import { FilterFold } from "@/components/directory/FilterFold";
import { FilterForm } from "@/components/directory/FilterForm";
import { Pagination } from "@/components/directory/Pagination";
import { ResultList } from "@/components/directory/ResultList";
import { SortLinks } from "@/components/directory/SortLinks";
import { ZeroResults } from "@/components/directory/ZeroResults";
import { Link } from "@/i18n/navigation";
import { filterChips } from "@/lib/catalogue/directory/chips";
import { parseDirectoryFilters } from "@/lib/catalogue/directory/filters";
import { findMunicipalities, findServices } from "@/lib/catalogue/read";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DirectoryPage");
  return { title: t("title") };
}

/**
 * All client support serving the chosen municipality, with filters and free-text search.
 * On a phone the filters fold behind one button; the chosen ones show as chips above the
 * results, with the order and the services chosen to compare.
 */
export default async function DirectoryPage({ searchParams }: PageProps<"/[locale]/aanbod">) {
  await connection();
  const [locale, t, tNames, raw] = await Promise.all([
    getLocale(),
    getTranslations("DirectoryPage"),
    getTranslations("DirectoryFilters.filterNames"),
    searchParams,
  ]);
  const parsed = parseDirectoryFilters(raw);
  const municipalities = await findMunicipalities(locale);
  const municipality = municipalities.find((m) => m.code === parsed.filters.gemeente);
  const notes = [...parsed.notes];
  // A well-formed code of a municipality this portal does not serve is ignored too.
  if (parsed.filters.gemeente && !municipality) notes.push({ param: "gemeente", value: parsed.filters.gemeente });
  const now = new Date();
  const asked = { ...parsed.filters, gemeente: municipality?.code };
  const search = await findServices(asked, locale, now);
  // A chosen service that is gone (or was never listed) is dropped from every link.
  const compared = new Set(search.compared.map((entry) => entry.id));
  for (const id of asked.vergelijk) if (!compared.has(id)) notes.push({ param: "vergelijk", value: id });
  const filters = { ...asked, vergelijk: asked.vergelijk.filter((id) => compared.has(id)) };

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8">
      <h1 className="text-h2 sm:text-h1">{municipality ? t("titleIn", { municipality: municipality.name }) : t("title")}</h1>
      <p className="mt-3 max-w-prose">{t("intro")}</p>
      {notes.length > 0 ? (
        <p role="status" className="mt-4 border-l-4 border-notice pl-3 font-bold">
          {t("notes", { values: notes.map((note) => `${tNames(note.param as "q")} “${note.value}”`).join(", ") })}
        </p>
      ) : null}

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(16rem,20rem)_1fr]">
        <FilterFold summary={t("filtersToggle", { count: filterChips(filters).length })}>
          <FilterForm filters={filters} search={search} municipalities={municipalities} locale={locale} />
        </FilterFold>
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="text-h3">
            {t("resultsTitle")}
          </h2>
          <p role="status" className="mt-1 text-lg font-bold">
            {t("count", { count: search.total })}
          </p>
          <FilterChips filters={filters} />
          {search.total === 0 ? <ZeroResults filters={filters} advice={search.advice} /> : <SortLinks filters={filters} />}
          <CompareTray filters={filters} compared={search.compared} />
          <ResultList entries={search.results} now={now} filters={filters} />
          <Pagination filters={filters} page={search.page} pageCount={search.pageCount} />
          <p className="mt-6 print:hidden">
            <Link href={`/folder${municipality ? `?gemeente=${municipality.code}` : ""}`}>{t("leaflet")}</Link>
          </p>
        </section>
      </div>
      {municipality?.accessTeam ? <AccessTeamBlock municipality={municipality} className="mt-10" /> : null}
    </div>
  );
}
