import type { Metadata } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessTeamBlock } from "@/components/catalogue/AccessTeamBlock";
import { MunicipalityFilter } from "@/components/catalogue/MunicipalityFilter";
import { LeafletAddress } from "@/components/directory/LeafletAddress";
import { LeafletEntry } from "@/components/directory/LeafletEntry";
import { dutchDay } from "@/lib/calendar/working-days";
import { formatDate } from "@/lib/catalogue/format";
import { leafletAddress } from "@/lib/catalogue/directory/leaflet-address";
import { findLeafletServices, findMunicipalities } from "@/lib/catalogue/read";
import { parseMunicipalityCode } from "@/lib/catalogue/url-params";
import { KIND_CODES as KINDS } from "@/lib/catalogue/vocabulary";
import { publicOrigin } from "@/lib/http/public-origin";

type Props = PageProps<"/[locale]/folder">;

/** The municipality the address asks for (if the catalogue has it), and the heading that names it. */
async function leafletFor(searchParams: Props["searchParams"]) {
  const [locale, t, { gemeente }] = await Promise.all([getLocale(), getTranslations("LeafletPage"), searchParams]);
  const municipalities = await findMunicipalities(locale);
  const municipality = municipalities.find((m) => m.code === parseMunicipalityCode(gemeente));
  return { locale, municipalities, municipality, heading: municipality ? t("title", { municipality: municipality.name }) : t("titleAll") };
}

/** On paper the title is the heading, without the site's name after it. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: { absolute: (await leafletFor(searchParams)).heading } };
}

/** The shared leaflet ("gezamenlijke folder"): every open service of a municipality, made to be printed on A4. */
export default async function LeafletPage({ searchParams }: Props) {
  await connection();
  const [{ locale, municipalities, municipality, heading }, t, tKinds, requestHeaders] = await Promise.all([
    leafletFor(searchParams),
    getTranslations("LeafletPage"),
    getTranslations("Kinds"),
    headers(),
  ]);
  const services = await findLeafletServices(municipality?.code, locale);
  const address = leafletAddress(publicOrigin(requestHeaders), locale, municipality?.code);

  return (
    <div className="leaflet mx-auto w-full max-w-page px-4 py-8 print:p-0">
      <h1 className="text-h2 sm:text-h1">{heading}</h1>
      <p className="mt-3 max-w-prose text-lg print:mt-1">{t("intro")}</p>
      {municipalities.length > 1 ? (
        <div className="print:hidden">
          <MunicipalityFilter municipalities={municipalities} selected={municipality?.code} />
        </div>
      ) : null}
      <p className="mt-4 print:hidden">{t("print")}</p>
      <LeafletAddress address={address} municipality={municipality?.name} />
      {/* On paper one flow in three columns: no half-empty page where a group ends. */}
      <div className="print:mt-3 print:columns-3 print:gap-3">
        {KINDS.map((kind) => {
          const group = services.filter((s) => s.kind === kind);
          if (group.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`leaflet-${kind}`} className="mt-8 print:mt-0 print:mb-3">
              <h2 id={`leaflet-${kind}`} className="text-h2 print:text-lg">
                {tKinds(`${kind}.title`)}
              </h2>
              <p className="mt-1 max-w-prose print:max-w-none print:break-after-avoid print:text-sm">{tKinds(`${kind}.explanation`)}</p>
              <ul className="mt-4 grid gap-4 sm:grid-cols-2 print:mt-2 print:block">
                {group.map((service) => (
                  <LeafletEntry key={service.id} service={service} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {municipality?.accessTeam ? <AccessTeamBlock municipality={municipality} className="mt-8 break-inside-avoid print:mt-3 print:p-2 print:text-sm" /> : null}
      <p className="mt-6 text-sm text-ink-secondary print:mt-2">{t("printed", { date: formatDate(dutchDay(), locale) })}</p>
    </div>
  );
}
