import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";
import { contactRequestFor } from "@/lib/contact-requests/inbox";
import { MissingRecord } from "@/components/staff/MissingRecord";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("StaffHandoverDone"))("title") };
}

/**
 * One handover, written for the resident in plain language: what was agreed, with whom,
 * and what happens next. It prints cleanly (the browser's print) to take home.
 */
export default async function HandoverDetailPage({ params }: PageProps<"/[locale]/werk/overdrachten/[id]">) {
  const actor = await requireRole(pageRoles("/werk/overdrachten/[id]"));
  const [{ id }, t, tStatus, tHandover, format, locale] = await Promise.all([
    params,
    getTranslations("StaffHandoverDone"),
    getTranslations("StaffStatus"),
    getTranslations("StaffHandover"),
    getFormatter(),
    getLocale(),
  ]);
  const handover = await contactRequestFor(actor, id, locale);
  if (!handover) {
    return <MissingRecord title={t("missingTitle")} text={t("missing")} />;
  }
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("status", { status: tStatus(handover.status) })}</p>
      <section aria-labelledby="agreed" className="mt-6 max-w-prose rounded border-2 border-primary p-4">
        <h2 id="agreed" className="text-h3">
          {t("agreedTitle")}
        </h2>
        <p className="mt-2 text-lg">{handover.consentText}</p>
        <p className="mt-2 text-sm">{t("agreedAt", { when: format.dateTime(handover.consentAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
        <h2 className="mt-4 text-h3">{t("nextTitle")}</h2>
        <p className="mt-2">
          {t("next", { service: handover.serviceName.text, organization: handover.organizationName, way: handover.preferredContact ? tHandover(`contact.${handover.preferredContact}`) : "-" })}
        </p>
        {handover.supporterName ? <p className="mt-2">{t("supporter", { name: handover.supporterName })}</p> : null}
        {handover.question ? (
          <>
            <h2 className="mt-4 text-h3">{t("questionTitle")}</h2>
            <p className="mt-2 whitespace-pre-line">{handover.question}</p>
          </>
        ) : null}
        {handover.erased ? <p className="mt-2">{t("erased")}</p> : null}
      </section>
      <p className="mt-4 text-sm print:hidden">{t("print")}</p>
      <p className="mt-6 print:hidden">
        <Link href="/werk/overdrachten">{t("back")}</Link>
      </p>
    </>
  );
}
