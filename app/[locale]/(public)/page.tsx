import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { MunicipalityFilter } from "@/components/catalogue/MunicipalityFilter";
import { AccessTeamNote } from "@/components/directory/AccessTeamNote";
import { KindComparison } from "@/components/directory/KindComparison";
import { Link } from "@/i18n/navigation";
import { findMunicipalities } from "@/lib/catalogue/read";
import { parseMunicipalityCode } from "@/lib/catalogue/url-params";
import { PageSection } from "@/components/layout/PageSection";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("HomePage");
  return { title: t("title") };
}

/** Home for residents: what client support is, the three kinds, the wijkteam, and two ways in. */
export default async function HomePage({ searchParams }: PageProps<"/[locale]">) {
  await connection();
  const [locale, t, tHome, tFilter, { gemeente }] = await Promise.all([
    getLocale(),
    getTranslations("HomeIntro"),
    getTranslations("HomePage"),
    getTranslations("MunicipalityFilter"),
    searchParams,
  ]);
  const municipalities = await findMunicipalities(locale);
  const only = municipalities.length === 1 ? municipalities[0] : undefined;
  const selected = only ?? municipalities.find((m) => m.code === parseMunicipalityCode(gemeente));
  const unknownRequested = !selected && [gemeente].flat().some((value) => value !== undefined && value.trim() !== "");
  const query = selected ? `?gemeente=${selected.code}` : "";

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10">
      <h1 className="text-h2 sm:text-h1">{tHome("title")}</h1>
      <p className="mt-4 max-w-prose text-lg">{tHome("intro")}</p>

      {municipalities.length > 1 ? <MunicipalityFilter municipalities={municipalities} selected={selected?.code} showAt="ways" /> : null}
      {unknownRequested ? <p className="mt-4 border-l-4 border-notice pl-3 font-bold">{tFilter("unknown")}</p> : null}

      {/* "Toon hulp" lands here: this municipality's help, both ways in filtered on it. */}
      <section id="ways" aria-labelledby="ways-title" className="mt-10 scroll-mt-4">
        <h2 id="ways-title" className="text-h2">
          {selected && !only ? t("waysTitleIn", { municipality: selected.name }) : t("waysTitle")}
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div className="rounded-portal border-2 border-line p-4 sm:p-5">
            <h3 className="text-h3">{t("vraagwijzerTitle")}</h3>
            <p className="mt-2">{t("vraagwijzerText")}</p>
            <p className="mt-3">
              <Link href={`/vraagwijzer${query}`} className="font-bold">
                {t("vraagwijzerLink")}
              </Link>
            </p>
          </div>
          <div className="rounded-portal border-2 border-line p-4 sm:p-5">
            <h3 className="text-h3">{t("directoryTitle")}</h3>
            <p className="mt-2">{t("directoryText")}</p>
            <p className="mt-3">
              <Link href={`/aanbod${query}`} className="font-bold">
                {selected ? t("directoryLinkIn", { municipality: selected.name }) : t("directoryLink")}
              </Link>
            </p>
          </div>
        </div>
      </section>

      <PageSection id="walk-in" title={t("walkInTitle")} intro={t("walkInText")}>
        <p className="mt-3">
          <Link href={`/spreekuren${query}`} className="font-bold">
            {selected ? t("walkInLinkIn", { municipality: selected.name }) : t("walkInLink")}
          </Link>
        </p>
      </PageSection>

      <PageSection id="what" title={t("whatTitle")}>
        <p className="mt-3 max-w-prose">{t("what1")}</p>
        <p className="mt-3 max-w-prose">{t("what2")}</p>
      </PageSection>

      <KindComparison />
      <AccessTeamNote municipality={selected} />

      <p className="mt-10">
        <Link href={`/folder${query}`}>{t("leafletLink")}</Link>
      </p>
    </div>
  );
}
