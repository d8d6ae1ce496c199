import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/directory/FilterForm";
import { Pagination } from "@/components/directory/Pagination";
import { ResultCard } from "@/components/directory/ResultCard";
import { ZeroResults } from "@/components/directory/ZeroResults";
import { Link } from "@/i18n/navigation";
import { parseDirectoryFilters } from "@/lib/catalogue/directory/filters";
import { findMunicipalities, findServices } from "@/lib/catalogue/read";
import { SubmitButton } from "@/components/forms/SubmitButton";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DirectoryPage");
  return { title: t("title") };
}

/** All client support serving the chosen municipality, with filters and free-text search. */
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
  const filters = { ...parsed.filters, gemeente: municipality?.code };
  const search = await findServices(filters, locale);
  const now = new Date();
  const compareFormId = "compare-form";

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
        <FilterForm filters={filters} search={search} municipalities={municipalities} locale={locale} />
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="text-h3">
            {t("resultsTitle")}
          </h2>
          <p role="status" className="mt-1 text-lg font-bold">
            {t("count", { count: search.total })}
          </p>
          {search.total === 0 ? <ZeroResults filters={filters} advice={search.advice} /> : null}
          <form id={compareFormId} method="get" action={`/${locale}/vergelijk`} className="mt-4 print:hidden">
            <p id="compare-help">{t("compareHelp")}</p>
          </form>
          <ul className="mt-4 flex flex-col gap-4">
            {search.results.map((entry) => (
              <ResultCard key={entry.id} entry={entry} now={now} compareFormId={compareFormId} />
            ))}
          </ul>
          {search.total > 0 ? (
            <div className="mt-4 print:hidden">
              <SubmitButton variant="secondary" form={compareFormId} aria-describedby="compare-help">
                {t("compareSubmit")}
              </SubmitButton>
            </div>
          ) : null}
          <Pagination filters={filters} page={search.page} pageCount={search.pageCount} />
          <p className="mt-6 print:hidden">
            <Link href={`/folder${municipality ? `?gemeente=${municipality.code}` : ""}`}>{t("leaflet")}</Link>
          </p>
        </section>
      </div>
    </div>
  );
}
