import { getLocale, getTranslations } from "next-intl/server";
import { AccessTeamBlock } from "@/components/catalogue/AccessTeamBlock";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { IndependenceNote } from "@/components/catalogue/IndependenceNote";
import { ChooseForm } from "@/components/contact/ChooseForm";
import { PageSection } from "@/components/layout/PageSection";
import { Link } from "@/i18n/navigation";
import { directoryQuery, emptyFilters } from "@/lib/catalogue/directory/filters";
import { formatDate } from "@/lib/catalogue/format";
import type { MunicipalityDetail } from "@/lib/catalogue/shapes/municipality";
import type { ServiceDetail } from "@/lib/catalogue/shapes/service-detail";
import { ClosedNotice } from "./ClosedNotice";
import { StaleNotice } from "@/components/freshness/CheckedNotice";
import { pastCheckLimitNow } from "@/lib/catalogue/checked";
import { ErrorReportForm } from "./ErrorReportForm";
import { ServiceContact } from "./ServiceContact";
import { ServiceFacts } from "./ServiceFacts";
import { ServiceLocations } from "./ServiceLocations";
import { SupporterList } from "./SupporterList";

type Props = {
  service: ServiceDetail;
  /** The municipality whose access team decides, shown first on a service that is not client support. */
  teamOf: (Pick<MunicipalityDetail, "code" | "name"> & { accessTeam?: MunicipalityDetail["accessTeam"] }) | undefined;
  now: Date;
  /** The editor's preview of a draft: the same content, without the steps that act on it (contact, compare, report). */
  preview?: boolean;
};

/** Everything a resident needs to act on one service: the service page (/aanbod/[id]) and the editor's preview of a draft. */
export async function ServiceArticle({ service, teamOf, now, preview = false }: Props) {
  const [locale, t, tr] = await Promise.all([getLocale(), getTranslations("ServicePage"), getTranslations("DirectoryResult")]);
  const firstMunicipality = service.municipalities[0]?.code;
  return (
    <>
      {preview ? null : (
        <p className="print:hidden">
          <Link href={`/aanbod${firstMunicipality ? `?gemeente=${firstMunicipality}` : ""}`}>{t("back")}</Link>
        </p>
      )}
      <h1 className="mt-4 text-h2 sm:text-h1">
        <CatalogueText value={service.name} />
      </h1>
      <p className="mt-2 text-ink-secondary">{service.organization.name}</p>
      {service.temporarilyClosed ? <ClosedNotice reason={service.closedReason} reopensOn={service.reopensOn} /> : null}
      {pastCheckLimitNow(service.assuredDate, now) ? <StaleNotice assuredDate={service.assuredDate} /> : null}
      <div className="mt-4">
        <IndependenceNote value={service.independence} />
      </div>
      {teamOf ? <AccessTeamBlock municipality={{ accessTeam: undefined, ...teamOf }} className="mt-6" /> : null}
      {service.description ? <CatalogueText as="p" value={service.description} className="mt-4 max-w-prose text-lg" /> : null}
      {service.handlesComplex ? <p className="mt-3 max-w-prose">{t("complex")}</p> : null}

      <section aria-labelledby="facts-title" className="mt-8">
        <h2 id="facts-title" className="text-h2">
          {t("facts")}
        </h2>
        <ServiceFacts service={service} />
      </section>

      {service.applicationProcess || service.fees || service.eligibility ? (
        <section aria-labelledby="start-title" className="mt-10">
          <h2 id="start-title" className="text-h2">
            {t("start")}
          </h2>
          {service.applicationProcess ? <CatalogueText as="p" value={service.applicationProcess} className="mt-3 max-w-prose" /> : null}
          {service.fees ? (
            <>
              <h3 className="mt-4 text-h3">{t("cost")}</h3>
              <CatalogueText as="p" value={service.fees} className="mt-1 max-w-prose" />
            </>
          ) : null}
          {service.eligibility ? (
            <>
              <h3 className="mt-4 text-h3">{t("forWhom")}</h3>
              <CatalogueText as="p" value={service.eligibility} className="mt-1 max-w-prose" />
            </>
          ) : null}
        </section>
      ) : null}

      <ServiceContact service={service} />
      {service.temporarilyClosed || preview ? null : (
        <PageSection id="call-me" title={t("callMe")} intro={t("callMeIntro")}>
          <div className="mt-3">
            <ChooseForm serviceId={service.id}>{t("callMe")}</ChooseForm>
          </div>
        </PageSection>
      )}
      <ServiceLocations locations={service.locations} now={now} />
      <SupporterList serviceId={service.id} supporters={service.supporters} canChoose={!service.temporarilyClosed && !preview} />

      {service.backup && service.kind !== "formal" ? (
        <PageSection id="backup" title={t("backupTitle")} intro={t("backupText")}>
          <p className="mt-2">
            <Link href={`/aanbod/${service.backup.id}`}>
              <CatalogueText value={service.backup.name} />
            </Link>
          </p>
        </PageSection>
      ) : null}

      {service.assuredDate ? <p className="mt-10 text-ink-secondary">{tr("checked", { date: formatDate(service.assuredDate, locale) })}</p> : null}
      {preview ? null : (
        <>
          <p className="mt-2 print:hidden">
            <Link href={`/aanbod${directoryQuery({ ...emptyFilters, vergelijk: [service.id] })}#compare-tray`}>{t("compareLink")}</Link>
          </p>
          <ErrorReportForm serviceId={service.id} />
        </>
      )}
    </>
  );
}
