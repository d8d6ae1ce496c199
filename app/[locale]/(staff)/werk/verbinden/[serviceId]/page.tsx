import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { HandoverForm, type CarriedOver } from "@/components/staff/HandoverForm";
import { ConsentLanguageForm } from "@/components/staff/ConsentLanguageForm";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import type { Actor } from "@/lib/auth/roles";
import { findHandoverTarget } from "@/lib/catalogue/read";
import { contactRequestFor } from "@/lib/contact-requests/inbox";
import { mayReconnect } from "@/lib/contact-requests/reconnect";
import { MissingRecord } from "@/components/staff/MissingRecord";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffHandover"))("title") };
}

const first = (value: string | string[] | undefined) => [value].flat()[0];

/** "Verbind opnieuw": the resident's details from the declined handover, when this staff member may connect it again. */
async function carriedOver(actor: Actor, id: string | undefined, locale: string): Promise<(CarriedOver & { locale: string; number: string }) | null | undefined> {
  if (!id) return undefined;
  const previous = await contactRequestFor(actor, id, locale);
  if (!previous || !mayReconnect(actor.id, { ...previous, reconnected: previous.nextRequestId !== null })) return null;
  return previous;
}

/**
 * The warm handover, with the resident present: consent (read out in the resident's
 * language, `?taal=`), contact details, what helps the provider, urgency. With
 * `?opnieuw=<id>` it connects a declined handover again, its details carried over.
 */
export default async function HandoverPage({ params, searchParams }: PageProps<"/[locale]/werk/verbinden/[serviceId]">) {
  const actor = await requireRole(pageRoles("/werk/verbinden/[serviceId]"));
  const [{ serviceId }, query, locale, t, tErrors] = await Promise.all([params, searchParams, getLocale(), getTranslations("StaffHandover"), getTranslations("StaffHandoverErrors")]);
  const [target, previous] = await Promise.all([findHandoverTarget(serviceId, locale), carriedOver(actor, first(query.opnieuw), locale)]);
  const wanted = first(query.taal) ?? previous?.locale;
  const consentLocale = routing.locales.find((l) => l === wanted) ?? locale;
  if (!target) {
    return (
      <MissingRecord title={t("missingTitle")} text={t("missing")}>
        <p className="mt-4">
          <Link href="/werk">{t("back")}</Link>
        </p>
      </MissingRecord>
    );
  }
  const tConsent = await getTranslations({ locale: consentLocale, namespace: "StaffHandover" });
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{previous ? t("reconnectTitle") : t("title")}</h1>
      <p className="mt-4 max-w-prose text-lg">
        {t("to")} <strong lang={target.name.lang}>{target.name.text}</strong> ({target.organizationName})
      </p>
      {previous === null ? <p className="mt-4 max-w-prose border-l-4 border-notice pl-3 font-bold">{tErrors("reconnect")}</p> : null}
      {previous ? <p className="mt-4 max-w-prose">{t("reconnectIntro", { number: previous.number })}</p> : null}
      {target.status !== "active" ? (
        <p className="mt-4 border-l-4 border-notice pl-3 font-bold">{tErrors(`unavailableBecause.${target.status as "inactive"}`)}</p>
      ) : (
        <>
          <ConsentLanguageForm chosen={consentLocale} reconnectFrom={previous?.id} />
          <HandoverForm
            serviceId={target.id}
            idempotencyKey={crypto.randomUUID()}
            supporters={target.supporters}
            consentText={tConsent("consentText", { service: target.name.text })}
            consentLocale={consentLocale}
            carriedOver={previous ?? undefined}
          />
        </>
      )}
    </>
  );
}
