import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { HandoverForm } from "@/components/staff/HandoverForm";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { findHandoverTarget } from "@/lib/catalogue/read";
import { MissingRecord } from "@/components/staff/MissingRecord";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffHandover"))("title") };
}

/** The warm handover, with the resident present: consent, contact details and their question. */
export default async function HandoverPage({ params }: PageProps<"/[locale]/werk/verbinden/[serviceId]">) {
  await requireRole(pageRoles("/werk/verbinden/[serviceId]"));
  const [{ serviceId }, locale, t, tErrors] = await Promise.all([params, getLocale(), getTranslations("StaffHandover"), getTranslations("StaffHandoverErrors")]);
  const target = await findHandoverTarget(serviceId, locale);
  if (!target) {
    return (
      <MissingRecord title={t("missingTitle")} text={t("missing")}>
        <p className="mt-4">
          <Link href="/werk">{t("back")}</Link>
        </p>
      </MissingRecord>
    );
  }
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 max-w-prose text-lg">
        {t("to")} <strong lang={target.name.lang}>{target.name.text}</strong> ({target.organizationName})
      </p>
      {target.status !== "active" ? (
        <p className="mt-4 border-l-4 border-notice pl-3 font-bold">{tErrors(`unavailableBecause.${target.status as "inactive"}`)}</p>
      ) : (
        <HandoverForm
          serviceId={target.id}
          idempotencyKey={crypto.randomUUID()}
          supporters={target.supporters}
          consentText={t("consentText", { service: target.name.text })}
        />
      )}
    </>
  );
}
