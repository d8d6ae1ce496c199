import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessTeamBlock } from "@/components/catalogue/AccessTeamBlock";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { IndependenceNote } from "@/components/catalogue/IndependenceNote";
import { ChooseForm } from "@/components/contact/ChooseForm";
import { ClosedNotice } from "@/components/directory/ClosedNotice";
import { ErrorReportForm } from "@/components/directory/ErrorReportForm";
import { ServiceContact } from "@/components/directory/ServiceContact";
import { ServiceFacts } from "@/components/directory/ServiceFacts";
import { ServiceLocations } from "@/components/directory/ServiceLocations";
import { SupporterList } from "@/components/directory/SupporterList";
import { Link } from "@/i18n/navigation";
import { directoryQuery, emptyFilters } from "@/lib/catalogue/directory/filters";
import { formatDate } from "@/lib/catalogue/format";
import { findMunicipality, findService } from "@/lib/catalogue/read";
import { isClientSupport } from "@/lib/catalogue/visibility";
import { PageSection } from "@/components/layout/PageSection";

export async function generateMetadata({ params }: PageProps<"/[locale]/aanbod/[id]">): Promise<Metadata> {
  const { id } = await params;
  const service = await findService(id, await getLocale());
  return { title: service?.name.text };
}

/** Everything a resident needs to act on one service. */
export default async function ServicePage({ params }: PageProps<"/[locale]/aanbod/[id]">) {
  await connection();
  const [{ id }, locale, t, tr] = await Promise.all([
    params,
    getLocale(),
    getTranslations("ServicePage"),
    getTranslations("DirectoryResult"),
  ]);
  const service = await findService(id, locale);
  if (!service) {
    // notFound() gives a page that needs JavaScript in Next.js 16.4 (an empty error shell).
    // An address that matches no route gets the server-rendered 404 page with status 404.
    redirect(`/${locale}/aanbod/onbekend/${encodeURIComponent(id)}`);
  }
  const now = new Date();
  const firstMunicipality = service.municipalities[0]?.code;
  // The access team's own service page stays reachable, and says first that this team decides.
  const teamOf = isClientSupport(service) ? undefined : ((await findMunicipality(firstMunicipality, locale)) ?? service.municipalities[0]);

  return (
    <article className="mx-auto w-full max-w-page px-4 py-8">
      <p className="print:hidden">
        <Link href={`/aanbod${firstMunicipality ? `?gemeente=${firstMunicipality}` : ""}`}>{t("back")}</Link>
      </p>
      <h1 className="mt-4 text-h2 sm:text-h1">
        <CatalogueText value={service.name} />
      </h1>
      <p className="mt-2 text-ink-secondary">{service.organization.name}</p>
      {service.temporarilyClosed ? <ClosedNotice reason={service.closedReason} reopensOn={service.reopensOn} /> : null}
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
      {service.temporarilyClosed ? null : (
        <PageSection id="call-me" title={t("callMe")} intro={t("callMeIntro")}>
          <div className="mt-3">
            <ChooseForm serviceId={service.id}>{t("callMe")}</ChooseForm>
          </div>
        </PageSection>
      )}
      <ServiceLocations locations={service.locations} now={now} />
      <SupporterList serviceId={service.id} supporters={service.supporters} canChoose={!service.temporarilyClosed} />

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
      <p className="mt-2 print:hidden">
        <Link href={`/aanbod${directoryQuery({ ...emptyFilters, vergelijk: [service.id] })}#compare-tray`}>{t("compareLink")}</Link>
      </p>

      <ErrorReportForm serviceId={service.id} />
    </article>
  );
}
