import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClosureForm } from "@/components/availability/ClosureForm";
import { IntakeForm } from "@/components/availability/IntakeForm";
import { ProposalForm } from "@/components/availability/ProposalForm";
import { WalkInHours } from "@/components/availability/WalkInHours";
import { MissingRecord } from "@/components/staff/MissingRecord";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { isChangeKind } from "@/lib/catalogue/editing/availability-input";
import { ownService } from "@/lib/catalogue/editing/provider-pages";
import { localise } from "@/lib/catalogue/localise";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AvailabilityList"))("title") };
}

/**
 * One service of the provider's own organization: small forms for what changes weekly
 * (live at once), and the proposal of other changes (a draft for an editor). Another
 * organization's service gets the same words as an unknown one.
 */
export default async function ProviderServicePage({ params, searchParams }: PageProps<"/[locale]/werk/aanbod/[serviceId]">) {
  const actor = await requireRole(pageRoles("/werk/aanbod/[serviceId]"));
  const [{ serviceId }, { klaar }, t, locale] = await Promise.all([params, searchParams, getTranslations("Availability"), getLocale()]);
  const found = await ownService(actor, serviceId);
  const back = (
    <p className="mt-8">
      <Link href="/werk/aanbod">{t("back")}</Link>
    </p>
  );
  if (!found) return <MissingRecord title={t("missingTitle")} text={t("missing")}>{back}</MissingRecord>;
  const { service, proposal } = found;
  const name = localise(service.name, locale) ?? { text: service.id, lang: locale };
  return (
    <>
      <h1 className="text-h2 sm:text-h1" lang={name.lang === locale ? undefined : name.lang}>
        {name.text}
      </h1>
      {/* After a change whose form went with it (a removed hour, a restored date, opening again). */}
      {isChangeKind(klaar) ? (
        <p role="status" className="mt-4 max-w-prose border-l-4 border-primary pl-3 font-bold">
          {t(`saved.${klaar}`)}
        </p>
      ) : null}
      <p className="mt-4 max-w-prose">{t("live")}</p>
      <p className="mt-2">
        <Link href={`/aanbod/${service.id}`}>{t("seeAsResident")}</Link>
      </p>
      <IntakeForm service={service} />
      <WalkInHours service={service} />
      <ClosureForm service={service} />
      <ProposalForm serviceId={service.id} proposal={proposal} />
      {back}
    </>
  );
}
