import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessTeamBlock } from "@/components/catalogue/AccessTeamBlock";
import { CallLink } from "@/components/catalogue/CallLink";
import { formatDay } from "@/lib/catalogue/format";
import { findContactDetails, findMunicipality } from "@/lib/catalogue/read";
import { parseMunicipalityCode } from "@/lib/catalogue/url-params";
import { ANSWER_WORKING_DAYS, answerBy } from "@/lib/contact-requests/answer-term";
import { parseRequestNumber } from "@/lib/contact-requests/request-number";
import { env } from "@/lib/env";

type Props = PageProps<"/[locale]/contact/[serviceId]/verstuurd">;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ContactSent"))("title") };
}

/**
 * Where a resident lands after sending a contact request: the short request number, what
 * happens next and by when, and whom to call if nothing happens. The address holds the
 * number and the municipality only, nothing about the person.
 */
export default async function ContactSentPage({ params, searchParams }: Props) {
  await connection();
  const [{ serviceId }, query, locale, t] = await Promise.all([params, searchParams, getLocale(), getTranslations("ContactSent")]);
  const [details, municipality] = await Promise.all([findContactDetails(serviceId, undefined, locale), findMunicipality(parseMunicipalityCode(query.gemeente), locale)]);
  if (!details) redirect(`/${locale}/contact/${encodeURIComponent(serviceId)}/onbekend`);
  const number = parseRequestNumber(query.nummer);
  const date = formatDay(answerBy(new Date()), locale);

  return (
    <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10">
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      {number ? <p className="mt-4 text-lg font-bold">{t("number", { number })}</p> : null}
      <h2 className="mt-8 text-h3 sm:text-h2">{t("nextTitle")}</h2>
      <p className="mt-2 max-w-prose">{t("next", { service: details.name.text, date, days: ANSWER_WORKING_DAYS })}</p>
      <h2 className="mt-8 text-h3 sm:text-h2">{t("nothingTitle")}</h2>
      {details.phones.length > 0 ? (
        <>
          <p className="mt-2 max-w-prose">{t("callService", { service: details.name.text, date })}</p>
          <ul className="mt-2 flex flex-col gap-2">
            {details.phones.map((phone) => (
              <li key={phone.number}>
                <CallLink number={phone.number} className="text-lg font-bold" />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 max-w-prose">{t("noPhone", { date })}</p>
      )}
      {municipality ? (
        <>
          <p className="mt-4 max-w-prose">{t("callTeam")}</p>
          <AccessTeamBlock municipality={municipality} level={3} className="mt-2" />
        </>
      ) : null}
      <p className="mt-8 max-w-prose">{t("erased", { days: env().retentionDays })}</p>
      <p className="mt-6">
        <a href={`/${locale}`}>{t("home")}</a>
      </p>
    </div>
  );
}
