import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessTeamBlock } from "@/components/catalogue/AccessTeamBlock";
import { MunicipalityFilter } from "@/components/catalogue/MunicipalityFilter";
import { WalkInDays } from "@/components/directory/WalkInDays";
import { Link } from "@/i18n/navigation";
import { findMunicipalities, findWalkInDays } from "@/lib/catalogue/read";
import { WALK_IN_DAYS } from "@/lib/catalogue/shapes/walk-in-hours";
import { parseMunicipalityCode } from "@/lib/catalogue/url-params";

type Props = PageProps<"/[locale]/spreekuren">;

/** The municipality the address asks for (the only one when there is one), and whether an unknown one was asked. */
async function chosen(searchParams: Props["searchParams"], locale: string) {
  const { gemeente } = await searchParams;
  const municipalities = await findMunicipalities(locale);
  const municipality = municipalities.length === 1 ? municipalities[0] : municipalities.find((m) => m.code === parseMunicipalityCode(gemeente));
  const unknown = !municipality && [gemeente].flat().some((value) => value !== undefined && value.trim() !== "");
  return { municipalities, municipality, unknown };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("WalkInPage")]);
  const { municipality } = await chosen(searchParams, locale);
  return { title: municipality ? t("titleIn", { municipality: municipality.name }) : t("title") };
}

/** Every walk-in hour of a municipality's client support in the coming two weeks, by day: a resident can just walk in. */
export default async function WalkInPage({ searchParams }: Props) {
  await connection();
  const [locale, t, tFilter] = await Promise.all([getLocale(), getTranslations("WalkInPage"), getTranslations("MunicipalityFilter")]);
  const { municipalities, municipality, unknown } = await chosen(searchParams, locale);
  const days = municipality ? await findWalkInDays(municipality.code, locale, new Date()) : [];

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8">
      <h1 className="text-h2 sm:text-h1">{municipality ? t("titleIn", { municipality: municipality.name }) : t("title")}</h1>
      <p className="mt-3 max-w-prose text-lg">{t("intro")}</p>
      {municipalities.length > 1 ? <MunicipalityFilter municipalities={municipalities} selected={municipality?.code} /> : null}
      {unknown ? <p className="mt-4 border-l-4 border-notice pl-3 font-bold">{tFilter("unknown")}</p> : null}
      {municipality ? (
        <>
          <p className="mt-6 max-w-prose">{t("period", { days: WALK_IN_DAYS })}</p>
          {days.length > 0 ? (
            <WalkInDays days={days} />
          ) : (
            <p className="mt-4 max-w-prose font-bold">{t("none", { days: WALK_IN_DAYS, municipality: municipality.name })}</p>
          )}
          <p className="mt-8 max-w-prose">{t("appointments")}</p>
          <p className="mt-2">
            <Link href={`/aanbod?gemeente=${municipality.code}`}>{t("directoryLink", { municipality: municipality.name })}</Link>
          </p>
          {municipality.accessTeam ? <AccessTeamBlock municipality={municipality} className="mt-10" /> : null}
        </>
      ) : (
        <p className="mt-6 max-w-prose font-bold">{t("choose")}</p>
      )}
    </div>
  );
}
