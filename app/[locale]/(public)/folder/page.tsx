import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { MunicipalityFilter } from "@/components/catalogue/MunicipalityFilter";
import { LeafletEntry } from "@/components/directory/LeafletEntry";
import { formatDate, todayInAmsterdam } from "@/lib/catalogue/format";
import { findLeafletServices, findMunicipalities } from "@/lib/catalogue/read";
import { parseMunicipalityCode } from "@/lib/catalogue/url-params";
import { KIND_CODES as KINDS } from "@/lib/catalogue/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("LeafletPage");
  return { title: t("titleAll") };
}

/** The shared leaflet ("gezamenlijke folder"): every open service of a municipality, made to be printed. */
export default async function LeafletPage({ searchParams }: PageProps<"/[locale]/folder">) {
  await connection();
  const [locale, t, tKinds, { gemeente }] = await Promise.all([
    getLocale(),
    getTranslations("LeafletPage"),
    getTranslations("Kinds"),
    searchParams,
  ]);
  const municipalities = await findMunicipalities(locale);
  const municipality = municipalities.find((m) => m.code === parseMunicipalityCode(gemeente));
  const services = await findLeafletServices(municipality?.code, locale);

  return (
    <div className="leaflet mx-auto w-full max-w-page px-4 py-8">
      <h1 className="text-h2 sm:text-h1">{municipality ? t("title", { municipality: municipality.name }) : t("titleAll")}</h1>
      <p className="mt-3 max-w-prose text-lg">{t("intro")}</p>
      {municipalities.length > 1 ? (
        <div className="print:hidden">
          <MunicipalityFilter municipalities={municipalities} selected={municipality?.code} />
        </div>
      ) : null}
      <p className="mt-4 print:hidden">{t("print")}</p>
      {KINDS.map((kind) => {
        const group = services.filter((s) => s.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`leaflet-${kind}`} className="mt-8 break-inside-avoid-page">
            <h2 id={`leaflet-${kind}`} className="text-h2">
              {tKinds(`${kind}.title`)}
            </h2>
            <p className="mt-1 max-w-prose">{tKinds(`${kind}.explanation`)}</p>
            <ul className="mt-4 grid gap-4 sm:grid-cols-2 print:grid-cols-2">
              {group.map((service) => (
                <LeafletEntry key={service.id} service={service} />
              ))}
            </ul>
          </section>
        );
      })}
      {municipality?.accessTeam?.phone ? <p className="mt-8 max-w-prose">{t("team", { phone: municipality.accessTeam.phone })}</p> : null}
      <p className="mt-6 text-sm text-ink-secondary">{t("printed", { date: formatDate(todayInAmsterdam(), locale) })}</p>
    </div>
  );
}
