import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { KindSection } from "@/components/catalogue/KindSection";
import { MunicipalityFilter } from "@/components/catalogue/MunicipalityFilter";
import { listActiveServices, listMunicipalities } from "@/lib/catalogue/queries";
import { groupByKind, parseMunicipalityCode } from "@/lib/catalogue/view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("HomePage");
  return { title: t("title") };
}

/** Home for residents: the active client support in the catalogue, by kind. */
export default async function HomePage({ searchParams }: PageProps<"/[locale]">) {
  await connection();
  const [locale, t, tFilter, { gemeente }] = await Promise.all([
    getLocale(),
    getTranslations("HomePage"),
    getTranslations("MunicipalityFilter"),
    searchParams,
  ]);

  const municipalities = await listMunicipalities();
  const selected = municipalities.find((municipality) => municipality.code === parseMunicipalityCode(gemeente));
  // A code we do not know is a mistake a resident can make (an old link): say so and show everything.
  const unknownRequested = !selected && [gemeente].flat().some((value) => value !== undefined && value.trim() !== "");

  const services = await listActiveServices({ locale, municipalityCode: selected?.code });
  const count = services.length;

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10">
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose text-lg">{t("intro")}</p>
      <p className="mt-4 max-w-prose">{t("independence")}</p>

      {municipalities.length > 1 ? (
        <MunicipalityFilter municipalities={municipalities} selected={selected?.code} />
      ) : null}
      {unknownRequested ? (
        <p className="mt-4 border-l-4 border-notice pl-3 font-bold">{tFilter("unknown")}</p>
      ) : null}

      <p className="mt-8 text-lg font-bold">
        {selected ? t("resultCountIn", { count, municipality: selected.name }) : t("resultCount", { count })}
      </p>
      {count === 0 ? <p className="mt-2 max-w-prose">{t("empty")}</p> : null}

      {groupByKind(services).map((group) => (
        <KindSection key={group.kind} group={group} />
      ))}
    </div>
  );
}
